import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startInteractionsServer, type InteractionsServer } from '../../src/adapters/discord/httpInteractions.ts';
import { loadCommands } from '../../src/commands/registry.ts';
import { readSettings } from '../../src/config.ts';
import { createLogger } from '../../src/log.ts';
import { validateMessageBody } from '../../src/render/discord/validate.ts';
import { openStories, type OpenStories } from '../../src/stories/openStories.ts';
import { FakeDiscord, MANAGE_GUILD } from '../fakeDiscord/fakeDiscord.ts';
import { createApplicationKeys } from '../fakeDiscord/signing.ts';
import { mapCache } from '../adapters/discord/mapCache.ts';
import { FAKE_TOKEN, FIXTURE_STORY } from '../adapters/discord/harness.ts';
import { INSURANCE, newsPage } from './newsPages.ts';

const ROLE = { id: '555000000000000002', name: 'Story editors' };
const ADMIN = { id: '300000000000000019', username: 'editor', permissions: MANAGE_GUILD };
const ROLE_HOLDER = { id: '300000000000000020', username: 'helper', roles: [ROLE.id] };
const READER = { id: '300000000000000021', username: 'reader' };

/** The text of an answer: content, embed titles, descriptions and fields. */
function textOf(body: any): string {
  return [body.content ?? '', ...(body.embeds ?? []).flatMap((e: any) => [e.title, e.description, ...(e.fields ?? []).flatMap((f: any) => [f.name, f.value])])].filter(Boolean).join('\n');
}

describe('/story over the HTTP interactions endpoint (signed payloads: attachments and member permissions from the payload)', () => {
  const keys = createApplicationKeys();
  let fake: FakeDiscord;
  let server: InteractionsServer;
  let stories: OpenStories;
  let dir: string;
  let root: string;

  const ask = async (name: string, options: Parameters<FakeDiscord['slashCommandPayload']>[1], user: Parameters<FakeDiscord['slashCommandPayload']>[2] = READER) => {
    const { record } = await fake.deliverOverHttp(`http://127.0.0.1:${server.port}/interactions`, fake.slashCommandPayload(name, options, user), keys.sign);
    const answer = await fake.answerOf(record, 20_000);
    expect(validateMessageBody(answer.body), `/${name}`).toEqual([]);
    return { ...answer, record, text: textOf(answer.body) };
  };

  beforeAll(async () => {
    fake = await FakeDiscord.start({ token: FAKE_TOKEN, roles: [ROLE] });
    dir = mkdtempSync(join(tmpdir(), 'storyline-stories-http-'));
    root = join(dir, 'stories');
    cpSync(FIXTURE_STORY, join(dir, 'harbour'), { recursive: true });
    // Over HTTP only role ids arrive, so the admin role is given by id.
    const settings = readSettings({ STORY_DIR: join(dir, 'harbour'), STORIES_DIR: root, DATA_DIR: join(dir, 'data'), STORY_ADMIN_ROLE: ROLE.id, ALLOW_PRIVATE_URLS: 'true', STORY_POLL_SECONDS: '0' });
    const logger = createLogger('silent');
    stories = await openStories(settings, logger);
    server = await startInteractionsServer({
      port: 0,
      host: '127.0.0.1',
      publicKey: keys.publicKeyHex,
      commands: await loadCommands(),
      getStory: (request) => stories.service.getStory(request),
      stories: stories.service,
      storyAdminRole: settings.storyAdminRole,
      cache: mapCache(),
      logger,
      cooldownSeconds: 0,
      apiBase: fake.apiBase,
      deferAfterMs: 1000,
    });
    await stories.loaded;
  }, 60_000);
  afterAll(async () => {
    await server?.stop();
    await stories?.close();
    await fake?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('refuses a member without Manage Server or the role, writing nothing, and lists the stories to the asker only', async () => {
    const refused = await ask('story', { subcommand: 'add', file: fake.attach('insurance.html', newsPage(INSURANCE)), story: 'Kestrel' });
    expect(refused.ephemeral).toBe(true);
    expect(refused.text).toMatch(/Only members with the Manage Server permission or the “555000000000000002” role/);
    expect(existsSync(root)).toBe(false);
    const list = await ask('story', { subcommand: 'list' });
    expect(list.kind).toBe('reply');
    expect(list.ephemeral).toBe(true);
    expect(list.text).toContain('Millbrook harbour bridge closed after barge strike (the default story)');
  });

  it('answers a bad option in the HTTP response itself, ephemerally, before anything public', async () => {
    const both = await ask('story', { subcommand: 'add', url: 'https://example.org/a', file: fake.attach('x.md', 'text'), story: 'Kestrel' }, ADMIN);
    expect(both.record.callbacks.map((c: any) => c.type)).toEqual([4]);
    expect(both.ephemeral).toBe(true);
    expect(both.text).toMatch(/either `url:`.*or `file:`/);
  });

  it('adds an attached file for a member with Manage Server (from the payload), publicly', async () => {
    const added = await ask('story', { subcommand: 'add', file: fake.attach('insurance.html', newsPage(INSURANCE)), story: 'Kestrel Park library fire' }, ADMIN);
    expect(added.ephemeral).toBe(false);
    expect(added.text).toContain('Added to “Kestrel Park library fire” (new story)');
    expect(added.text).toContain('Insurers agree to pay for Kestrel Park library rebuild');
    const files = readdirSync(join(root, 'kestrel-park-library-fire')).filter((f) => f.endsWith('.md'));
    expect(files).toHaveLength(1);
    expect(readFileSync(join(root, 'kestrel-park-library-fire', files[0]), 'utf8')).toContain('title:');
  });

  it('lets a holder of the admin role (by id) choose the channel’s story, then answers from it', async () => {
    const use = await ask('story', { subcommand: 'use', name: 'Kestrel Park library fire' }, ROLE_HOLDER);
    expect(use.ephemeral).toBe(false);
    expect(use.text).toContain('This channel now follows “Kestrel Park library fire”');
    const sources = await ask('sources', {});
    expect(sources.text).toContain('Kestrel Park');
  });

  it('suggests articles for /story remove article: (the focused option inside the subcommand)', async () => {
    const payload = fake.autocompletePayload('story', 'article', { subcommand: 'remove', article: 'insur' }, ADMIN);
    const { record } = await fake.deliverOverHttp(`http://127.0.0.1:${server.port}/interactions`, payload, keys.sign);
    const choices = await fake.answerOf(record);
    expect(choices.kind).toBe('autocomplete');
    expect(choices.body.choices).toHaveLength(1);
    expect(choices.body.choices[0].value).toMatch(/insurers.*\.md$/);
  });
});
