import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startBot, type BotHandle } from '../../src/adapters/discord/bot.ts';
import { deployCommands } from '../../src/adapters/discord/deployCommands.ts';
import { loadCommands } from '../../src/commands/registry.ts';
import { readSettings, type Settings } from '../../src/config.ts';
import { createLogger } from '../../src/log.ts';
import { validateMessageBody } from '../../src/render/discord/validate.ts';
import { openStories, type OpenStories } from '../../src/stories/openStories.ts';
import { FakeDiscord, MANAGE_GUILD } from '../fakeDiscord/fakeDiscord.ts';
import { mapCache } from '../adapters/discord/mapCache.ts';
import { FAKE_TOKEN, FIXTURE_STORY } from '../adapters/discord/harness.ts';
import { INSURANCE, newsPage, startPageServer, type PageServer } from './newsPages.ts';

const ROLE = { id: '555000000000000001', name: 'Story editors' };
const ADMIN = { id: '300000000000000009', username: 'editor', permissions: MANAGE_GUILD };
const ROLE_HOLDER = { id: '300000000000000010', username: 'helper', roles: [ROLE.id] };
const READER = { id: '300000000000000011', username: 'reader' };
const OTHER_CHANNEL = '400000000000000077';

/** The text of a reply: content, embed titles, descriptions and fields. */
function textOf(body: any): string {
  return [body.content ?? '', ...(body.embeds ?? []).flatMap((e: any) => [e.title, e.description, ...(e.fields ?? []).flatMap((f: any) => [f.name, f.value]), e.footer?.text])].filter(Boolean).join('\n');
}

describe('stories managed from Discord (real discord.js client, fake Discord, real files and a local web server)', () => {
  let fake: FakeDiscord;
  let web: PageServer;
  let dir: string;
  let settings: Settings;
  let bot: BotHandle;
  let stories: OpenStories;
  let root: string;
  const logs: string[] = [];

  async function start() {
    const logger = createLogger('info', (line) => logs.push(line));
    stories = await openStories(settings, logger);
    const commands = await loadCommands();
    bot = await startBot({ settings, commands, getStory: (r) => stories.service.getStory(r), stories: stories.service, cache: mapCache(), logger, deferAfterMs: 1000 });
    await stories.loaded;
  }
  async function stop() {
    await bot.stop();
    await stories.close();
  }
  const ask = async (name: string, options: Parameters<FakeDiscord['slashCommand']>[1], user: Parameters<FakeDiscord['slashCommand']>[2] = READER) => {
    const answer = await fake.answerOf(fake.slashCommand(name, options, user), 20_000);
    expect(validateMessageBody(answer.body), `/${name}`).toEqual([]);
    return { ...answer, text: textOf(answer.body) };
  };

  beforeAll(async () => {
    fake = await FakeDiscord.start({ token: FAKE_TOKEN, roles: [ROLE] });
    web = await startPageServer();
    dir = mkdtempSync(join(tmpdir(), 'storyline-stories-'));
    root = join(dir, 'stories');
    cpSync(FIXTURE_STORY, join(dir, 'harbour'), { recursive: true });
    settings = readSettings({
      DISCORD_TOKEN: FAKE_TOKEN,
      DISCORD_GUILD_ID: fake.guildId,
      DISCORD_API_BASE: fake.apiBase,
      STORY_DIR: join(dir, 'harbour'),
      STORIES_DIR: root,
      DATA_DIR: join(dir, 'data'),
      STORY_ADMIN_ROLE: ROLE.name,
      ALLOW_PRIVATE_URLS: 'true',
      COOLDOWN_SECONDS: '0',
      STORY_POLL_SECONDS: '0',
    });
    await deployCommands({ token: FAKE_TOKEN, guildId: fake.guildId, apiBase: fake.apiBase, commands: (await loadCommands()).values() });
    await start();
  }, 60_000);
  afterAll(async () => {
    await stop();
    await fake.close();
    await web.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('deploys /story with subcommands and an attachment option, and story: on every other command', () => {
    const registered = fake.commands.get(fake.guildId)!;
    const story = registered.find((c) => c.name === 'story');
    expect(story.options.map((o: any) => o.name)).toEqual(['list', 'use', 'add', 'remove']);
    const add = story.options.find((o: any) => o.name === 'add');
    expect(add.options.find((o: any) => o.name === 'file').type).toBe(11);
    for (const c of registered.filter((c) => c.name !== 'story')) expect(c.options.find((o: any) => o.name === 'story')?.autocomplete, c.name).toBe(true);
  });

  it('lists the stories to anyone, and refuses changes to members without Manage Server or the role (writing nothing)', async () => {
    const list = await ask('story', { subcommand: 'list' });
    expect(list.ephemeral).toBe(true); // changes nothing: for the asker only
    expect(list.text).toContain('Millbrook harbour bridge closed after barge strike (the default story)');
    expect(list.text).toMatch(/6 articles from 5 sources · 387 words · 2024-03-04 to 2024-03-07/);
    const refused = await ask('story', { subcommand: 'add', url: `${web.base}/courier/fire`, story: 'Kestrel Park library fire' });
    expect(refused.ephemeral).toBe(true);
    expect(refused.text).toMatch(/Only members with the Manage Server permission or the “Story editors” role/);
    const changes: Record<string, string>[] = [{ subcommand: 'use', name: 'harbour' }, { subcommand: 'remove', article: '01-gazette.md' }];
    for (const options of changes) {
      const answer = await ask('story', options);
      expect(answer.ephemeral).toBe(true);
      expect(answer.text).toMatch(/Only members with the Manage Server permission/);
    }
    expect(existsSync(root)).toBe(false);
    expect(existsSync(join(dir, 'harbour', '01-gazette.md'))).toBe(true);
    expect(existsSync(join(dir, 'data', 'story-choices.json'))).toBe(false);
    expect(web.hits.get('/courier/fire')).toBeUndefined();
  });

  it('creates a second story from Discord: three articles by link and one by file, with title, outlet, date and words', async () => {
    const first = await ask('story', { subcommand: 'add', url: `${web.base}/courier/fire`, story: 'Kestrel Park library fire' }, ADMIN);
    expect(first.ephemeral).toBe(false);
    expect(first.text).toContain('Added to “Kestrel Park library fire” (new story)');
    expect(first.text).toContain('Fire closes Kestrel Park library');
    expect(first.text).toMatch(/Dunmore Courier · by Hana Whitlock · 2025-10-14 · \d+ words/);
    const second = await ask('story', { subcommand: 'add', url: `${web.base}/radio/temporary`, story: 'kestrel-park-library-fire' }, ROLE_HOLDER);
    expect(second.text).toContain('Valley Radio');
    const third = await ask('story', { subcommand: 'add', url: `${web.base}/ledger/volunteers`, story: 'Kestrel Park library fire' }, ADMIN);
    expect(third.text).toContain('Northern Ledger');
    const file = fake.attach('insurance.html', newsPage(INSURANCE));
    const fourth = await ask('story', { subcommand: 'add', file, story: 'Kestrel Park library fire' }, ADMIN);
    expect(fourth.text).toContain('Insurers agree to pay for Kestrel Park library rebuild');
    expect(fourth.text).toContain('4 articles from 3 sources');
    const files = readdirSync(join(root, 'kestrel-park-library-fire')).filter((f) => f.endsWith('.md'));
    expect(files).toHaveLength(4);
    const saved = readFileSync(join(root, 'kestrel-park-library-fire', files.find((f) => f.includes('volunteers'))!), 'utf8');
    expect(saved).toContain('outlet: "Northern Ledger"');
    expect(saved).toContain('Dunmore’s memory'); // windows-1252 curly quotes survive
    expect(saved).not.toMatch(/cookie|Advertisement|Related stories|readerbob|Bin collections/i);
  });

  it('takes a Markdown attachment as it is, front matter included', async () => {
    const file = fake.attach('council-notes.md', '---\ntitle: Council notes on the library\noutlet: Dunmore Council\npublished: 2025-10-16\n---\n\nThe council met on Thursday to discuss the library. Members agreed to fund the temporary site in the community hall.\n', 'text/markdown; charset=utf-8');
    const added = await ask('story', { subcommand: 'add', file, story: 'Council papers' }, ADMIN);
    expect(added.text).toContain('Added to “Council papers” (new story)');
    expect(added.text).toMatch(/Dunmore Council · 2025-10-16 · \d+ words/);
    expect(readFileSync(join(root, 'council-papers', 'council-notes.md'), 'utf8')).toContain('title: Council notes on the library');
  });

  it('refuses bad input with an ephemeral answer and writes nothing', async () => {
    const folder = join(root, 'kestrel-park-library-fire');
    const before = readdirSync(folder).sort();
    const cases: [Parameters<FakeDiscord['slashCommand']>[1], RegExp][] = [
      [{ url: `${web.base}/paywall` }, /paywall teaser/],
      [{ url: `${web.base}/home` }, /does not look like a news article/],
      [{ url: `${web.base}/empty` }, /No article text could be read/],
      [{ url: `${web.base}/nothing-here` }, /not found \(HTTP 404\)/],
      [{ url: `${web.base}/loop/a` }, /redirects in a loop/],
      [{ url: `${web.base}/huge` }, /larger than 5 MB/],
      [{ url: `${web.base}/courier/fire-shared` }, /already has this article: .*same address/],
      [{ url: `${web.base}/copy/fire` }, /already has this article: .*same text/],
      [{ url: 'ftp://example.org/a.html' }, /Only http:\/\/ and https:\/\//],
      [{ file: fake.attach('photo.png', Buffer.alloc(10), 'image/png') }, /not a file type stories take/],
      [{ url: `${web.base}/radio/temporary`, file: fake.attach('x.md', 'text') }, /either `url:`.*or `file:`/],
    ];
    for (const [options, expected] of cases) {
      const answer = await ask('story', { subcommand: 'add', story: 'Kestrel Park library fire', ...options }, ADMIN);
      expect(answer.ephemeral, JSON.stringify(options)).toBe(true);
      expect(answer.text, JSON.stringify(options)).toMatch(expected);
    }
    expect(readdirSync(folder).sort()).toEqual(before);
  });

  it('switches a channel to the new story; every command answers from it there, the other channel keeps the first story', async () => {
    const choices = await fake.answerOf(fake.autocomplete('ask', 'story', { question: 'x', story: 'kes' }), 5000);
    expect(choices.body.choices[0]).toEqual({ name: 'Kestrel Park library fire — 4 articles, updated ' + choices.body.choices[0].name.slice(-10), value: 'kestrel-park-library-fire' });
    const use = await ask('story', { subcommand: 'use', name: 'kestrel-park-library-fire' }, { ...ADMIN, channelId: OTHER_CHANNEL });
    expect(use.text).toContain('This channel now follows “Kestrel Park library fire”');
    const inKestrel = { ...READER, channelId: OTHER_CHANNEL };
    const why = await ask('ask', { question: 'what caused the fire?' }, inKestrel);
    expect(why.text).toContain('faulty distribution board');
    expect(why.text).toContain('Kestrel Park library fire');
    const quotes = await ask('who-said', { speaker: 'Priya Anand' }, inKestrel);
    expect(quotes.text).toContain('Nobody in this town should go without a library');
    const timeline = await ask('timeline', {}, inKestrel);
    expect(timeline.text).toMatch(/2025-10-13|13 Oct/); // "Monday night" in the Courier of Tuesday 14 October
    const sources = await ask('sources', {}, inKestrel);
    expect(sources.text).toContain('4 sources');
    // The first channel still answers from the harbour story, and story: overrides the channel's choice.
    const harbour = await ask('sources', {});
    expect(harbour.text).not.toContain('Kestrel');
    const named = await ask('ask', { question: 'who was the head librarian?', story: 'Kestrel Park library fire' });
    expect(named.text).toContain('Maren Oduya');
    const unknown = await ask('ask', { question: 'x', story: 'no such story' });
    expect(unknown.ephemeral).toBe(true);
    expect(unknown.text).toContain('There is no story “no such story”');
  });

  it('removes an article chosen by autocomplete: the file moves to .removed/ and answers no longer cite it', async () => {
    const inKestrel = { ...ADMIN, channelId: OTHER_CHANNEL };
    const choices = await fake.answerOf(fake.autocomplete('story', 'article', { subcommand: 'remove', article: 'temporary' }, inKestrel), 5000);
    expect(choices.body.choices).toHaveLength(1);
    const file = choices.body.choices[0].value;
    const removed = await ask('story', { subcommand: 'remove', article: file }, inKestrel);
    expect(removed.text).toContain('Removed from “Kestrel Park library fire”');
    expect(removed.text).toContain('3 articles');
    const folder = join(root, 'kestrel-park-library-fire');
    expect(existsSync(join(folder, file))).toBe(false);
    expect(readdirSync(join(folder, '.removed')).some((f) => f.startsWith(file.replace(/\.md$/, '')))).toBe(true);
    const sources = await ask('sources', {}, inKestrel);
    expect(sources.text).toContain('3 sources');
    expect(sources.text).not.toContain('Valley Radio');
  });

  it('keeps the channel’s story across a restart (data/story-choices.json)', async () => {
    await stop();
    await start();
    const answer = await ask('sources', {}, { ...READER, channelId: OTHER_CHANNEL });
    expect(answer.text).toContain('Kestrel');
    expect(JSON.parse(readFileSync(join(dir, 'data', 'story-choices.json'), 'utf8'))[`channel:${OTHER_CHANNEL}`]).toBe('kestrel-park-library-fire');
  }, 30_000);
});
