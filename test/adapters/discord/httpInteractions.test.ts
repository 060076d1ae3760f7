import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { defineCommand, UserInputError } from '../../../src/commands/command.ts';
import { loadCommands } from '../../../src/commands/registry.ts';
import { createLogger } from '../../../src/log.ts';
import { validateMessageBody } from '../../../src/render/discord/validate.ts';
import { loadStory } from '../../../src/story/loadStory.ts';
import type { Story } from '../../../src/story/story.ts';
import { MESSAGES } from '../../../src/adapters/discord/answers.ts';
import { startInteractionsServer, type InteractionsServer } from '../../../src/adapters/discord/httpInteractions.ts';
import { FakeDiscord } from '../../fakeDiscord/fakeDiscord.ts';
import { createApplicationKeys } from '../../fakeDiscord/signing.ts';
import { FAKE_TOKEN, FIXTURE_STORY } from './harness.ts';
import { mapCache } from './mapCache.ts';

describe('the HTTP interactions endpoint (signed requests, answers through the webhook routes of a fake Discord)', () => {
  const keys = createApplicationKeys();
  const logs: string[] = [];
  let fake: FakeDiscord;
  let server: InteractionsServer;
  let story: Story | undefined;
  let endpoint: string;
  const deliver = (payload: any, options?: { forge?: boolean }) => fake.deliverOverHttp(endpoint, payload, keys.sign, options);

  beforeAll(async () => {
    fake = await FakeDiscord.start({ token: FAKE_TOKEN });
    story = await loadStory(FIXTURE_STORY);
    const commands = await loadCommands();
    // As the bot warms up before it answers: the search code (loaded on first use) and the story's index.
    await commands.get('ask')!.handler(story, { question: 'warm up' });
    commands.set('slow', defineCommand({ name: 'slow', description: 'slow', options: [], handler: async () => { await new Promise((r) => setTimeout(r, 300)); return { answers: [] }; } }));
    commands.set('slowfail', defineCommand({ name: 'slowfail', description: 'slow, then rejects', options: [], handler: async () => { await new Promise((r) => setTimeout(r, 300)); throw new UserInputError('nothing about that'); } }));
    server = await startInteractionsServer({
      port: 0,
      host: '127.0.0.1',
      publicKey: keys.publicKeyHex,
      commands,
      getStory: () => story,
      cache: mapCache(),
      logger: createLogger('info', (l) => logs.push(l)),
      cooldownSeconds: 60,
      apiBase: fake.apiBase,
      deferAfterMs: 100,
    });
    endpoint = `http://127.0.0.1:${server.port}/`;
  });
  afterAll(async () => {
    await server?.stop();
    await fake?.close();
  });

  it('answers PING with PONG', async () => {
    const { status, response } = await deliver({ id: '1', type: 1, application_id: fake.applicationId, token: 'ping', version: 1 });
    expect(status).toBe(200);
    expect(response).toEqual({ type: 1 });
  });

  it('refuses a forged or missing signature with 401, logging it at most once a minute', async () => {
    const before = logs.filter((l) => l.includes('bad or missing signature')).length;
    const forged = await deliver(fake.slashCommandPayload('ask', { question: 'who blamed the steering failure?' }), { forge: true });
    expect(forged.status).toBe(401);
    expect(forged.record.answers).toHaveLength(0);
    const unsigned = await fetch(endpoint, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ type: 1 }) });
    expect(unsigned.status).toBe(401);
    // Signed for another body: the signature covers the whole body.
    const body = JSON.stringify({ type: 1 });
    const swapped = await fetch(endpoint, { method: 'POST', headers: { 'x-signature-ed25519': keys.sign('1', '{"type":2}'), 'x-signature-timestamp': '1' }, body });
    expect(swapped.status).toBe(401);
    expect(logs.filter((l) => l.includes('bad or missing signature')).length - before).toBe(1);
  });

  it('answers a slash command in the HTTP response, with the same message as the gateway bot', async () => {
    const { status, record } = await deliver(fake.slashCommandPayload('ask', { question: 'who blamed the steering failure?' }));
    expect(status).toBe(200);
    const answer = await fake.answerOf(record);
    expect(answer.kind).toBe('reply');
    expect(answer.ephemeral).toBe(false);
    expect(answer.body.embeds[0].description).toContain("Odile Fenwick, blamed a failure of the barge's steering gear");
    expect(answer.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
    expect(validateMessageBody(answer.body)).toEqual([]);
  });

  it('defers a slow answer in the HTTP response and completes it through the webhook', async () => {
    const { record } = await deliver(fake.slashCommandPayload('slow'));
    const answer = await fake.answerOf(record);
    expect(record.callbacks[0].type).toBe(5);
    expect(answer.kind).toBe('edit');
    expect(record.answers).toHaveLength(1);
  });

  it('after deferring, sends an error as an ephemeral followup and removes the placeholder', async () => {
    const { record } = await deliver(fake.slashCommandPayload('slowfail'));
    const answer = await fake.answerOf(record);
    expect(record.callbacks[0].type).toBe(5);
    expect(answer).toMatchObject({ kind: 'followup', ephemeral: true, body: { content: 'nothing about that' } });
    expect(record.deletes).toBe(1);
  });

  it('sends /timeline (expensive: always deferred) with its picture through the webhook, then holds the cooldown', async () => {
    const user = { id: '300000000000000077' };
    const { record } = await deliver(fake.slashCommandPayload('timeline', {}, user));
    const answer = await fake.answerOf(record);
    expect(record.callbacks[0].type).toBe(5);
    expect(answer.kind).toBe('edit');
    expect(answer.files.map((f) => f.name)).toEqual([expect.stringMatching(/\.png$/)]);
    expect(answer.body.attachments[0]).toMatchObject({ id: 0, filename: answer.files[0].name });
    const again = await deliver(fake.slashCommandPayload('timeline', {}, user));
    const refused = await fake.answerOf(again.record);
    expect(refused.ephemeral).toBe(true);
    expect(refused.body.content).toBe(MESSAGES.cooldown('timeline', 60));
  });

  it('turns pages (UPDATE_MESSAGE in the HTTP response) and suggests names for autocomplete', async () => {
    const first = await fake.answerOf((await deliver(fake.slashCommandPayload('sources'))).record);
    const next = first.body.components[0].components[2].custom_id as string;
    const page2 = await fake.answerOf((await deliver(fake.buttonPayload(next, first.body))).record);
    expect(page2.kind).toBe('update');
    expect(page2.body.embeds[0].description).toContain('Footbridge plan approved');
    const suggestions = await fake.answerOf((await deliver(fake.autocompletePayload('who-said', 'speaker', { speaker: 'Gar' }))).record);
    expect(suggestions.kind).toBe('autocomplete');
    expect(suggestions.body.choices.map((c: any) => c.value)).toContain('Gareth Imrie');
  });

  it('answers other routes 404 and refuses a body over 1 MB without reading it as an interaction', async () => {
    expect((await fetch(`http://127.0.0.1:${server.port}/nope`)).status).toBe(404);
    const huge = await fetch(endpoint, { method: 'POST', headers: { 'x-signature-ed25519': '0'.repeat(128), 'x-signature-timestamp': '1' }, body: 'x'.repeat(1024 * 1024 + 1) });
    expect(huge.status).toBe(413);
  });

  it('reports health for a load balancer: 503 while the story loads, 200 once it is ready', async () => {
    const saved = story;
    story = undefined;
    try {
      const loading = await fetch(`http://127.0.0.1:${server.port}/health`);
      expect(loading.status).toBe(503);
      const { record } = await deliver(fake.slashCommandPayload('ask', { question: 'who?' }));
      expect((await fake.answerOf(record)).body.content).toBe(MESSAGES.loading);
    } finally {
      story = saved;
    }
    const ready = await fetch(`http://127.0.0.1:${server.port}/health`);
    expect(ready.status).toBe(200);
    expect(await ready.json()).toMatchObject({ status: 'ok', story: story!.name });
  });
});
