import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MESSAGES } from '../../../src/adapters/discord/answers.ts';
import { FakeDiscord } from '../../fakeDiscord/fakeDiscord.ts';
import { createApplicationKeys } from '../../fakeDiscord/signing.ts';
import { redisAvailability, startRedis, type TestRedis } from '../../helpers/redis.ts';
import { startStoryline, type StorylineProcess } from '../../helpers/storylineProcess.ts';
import { FAKE_TOKEN, FIXTURE_STORY } from './harness.ts';

const availability = redisAvailability();
if (!availability.available && availability.mustRun) {
  describe('two HTTP interaction processes sharing a real redis-server', () => {
    it('needs redis-server installed in CI', () => {
      throw new Error(availability.reason);
    });
  });
}

describe.runIf(availability.available)('two HTTP interaction processes sharing a real redis-server', () => {
  const keys = createApplicationKeys();
  let fake: FakeDiscord;
  let redis: TestRedis;
  const processes: StorylineProcess[] = [];
  const endpoints: string[] = [];

  beforeAll(async () => {
    fake = await FakeDiscord.start({ token: FAKE_TOKEN });
    redis = await startRedis(availability.available ? availability.binary : undefined);
    for (let i = 0; i < 2; i++) {
      processes.push(
        startStoryline({
          INTERACTIONS_PORT: '0',
          INTERACTIONS_HOST: '127.0.0.1',
          DISCORD_PUBLIC_KEY: keys.publicKeyHex,
          DISCORD_API_BASE: fake.apiBase,
          STORY_DIR: FIXTURE_STORY,
          CACHE_URL: redis.url,
          COOLDOWN_SECONDS: '60',
          LOG_LEVEL: 'info',
        }),
      );
    }
    for (const p of processes) {
      const [, port] = await p.waitFor(/interactions endpoint listening \{"port":(\d+)/);
      endpoints.push(`http://127.0.0.1:${port}/interactions`);
      await p.waitFor(/story “.*” loaded/);
    }
  }, 60_000);
  afterAll(async () => {
    await Promise.all(processes.map((p) => p.stop('SIGKILL')));
    await redis?.dispose();
    await fake?.close();
  });

  it('answers interactions sent to either port, each exactly once', async () => {
    const questions = ['who blamed the steering failure?', 'how much will the footbridge cost?', 'when did the bridge reopen?', 'who owns the barge?'];
    const sent = await Promise.all(Array.from({ length: 12 }, (_, i) => fake.deliverOverHttp(endpoints[i % 2], fake.slashCommandPayload('ask', { question: questions[i % 4] }), keys.sign)));
    for (const { status, record } of sent) {
      expect(status).toBe(200);
      const answer = await fake.answerOf(record);
      expect(answer.ephemeral).toBe(false);
      expect(record.answers).toHaveLength(1);
    }
    expect((await fake.answerOf(sent[0].record)).body.embeds[0].description).toContain('Odile Fenwick');
  });

  it('holds a user’s cooldown across the two processes, and not for another user', async () => {
    const user = { id: '300000000000000123' };
    const first = await fake.deliverOverHttp(endpoints[0], fake.slashCommandPayload('timeline', {}, user), keys.sign);
    expect((await fake.answerOf(first.record)).kind).toBe('edit');
    const second = await fake.deliverOverHttp(endpoints[1], fake.slashCommandPayload('timeline', {}, user), keys.sign);
    const refused = await fake.answerOf(second.record);
    expect(refused.ephemeral).toBe(true);
    expect(refused.body.content).toMatch(/^Easy there: \/timeline is a heavy command\. You can use it again in (59|60) seconds\.$/);
    const other = await fake.deliverOverHttp(endpoints[1], fake.slashCommandPayload('timeline', {}, { id: '300000000000000124' }), keys.sign);
    expect((await fake.answerOf(other.record)).kind).toBe('edit');
  });

  it('turns the page on one process of an answer the other gave (the answer cache is in Redis too)', async () => {
    const first = await fake.answerOf((await fake.deliverOverHttp(endpoints[0], fake.slashCommandPayload('sources'), keys.sign)).record);
    const next = first.body.components[0].components[2].custom_id as string;
    const page2 = await fake.answerOf((await fake.deliverOverHttp(endpoints[1], fake.buttonPayload(next, first.body), keys.sign)).record);
    expect(page2.kind).toBe('update');
    expect(page2.body.embeds[0].description).toContain('Footbridge plan approved');
    expect(page2.body.content ?? '').not.toBe(MESSAGES.expired);
  });

  it('refuses a forged signature on either process and answers the next good request', async () => {
    for (const endpoint of endpoints) {
      const forged = await fake.deliverOverHttp(endpoint, fake.slashCommandPayload('ask', { question: 'who blamed the steering failure?' }), keys.sign, { forge: true });
      expect(forged.status).toBe(401);
      expect(forged.record.answers).toHaveLength(0);
      const good = await fake.deliverOverHttp(endpoint, fake.slashCommandPayload('ask', { question: 'who blamed the steering failure?' }), keys.sign);
      expect((await fake.answerOf(good.record)).ephemeral).toBe(false);
    }
    for (const p of processes) expect(p.output()).toMatch(/refused a request with a bad or missing signature/);
  });

  it('stops cleanly on SIGTERM', async () => {
    for (const p of processes) expect(await p.stop('SIGTERM')).toBe(0);
    for (const p of processes) expect(p.output()).toContain('interactions endpoint stopped');
  });
});
