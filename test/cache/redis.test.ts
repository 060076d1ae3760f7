import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAnswerCache, type KeyvAnswerCache } from '../../src/cache/answerCache.ts';
import { loadStory } from '../../src/story/loadStory.ts';
import type { Story } from '../../src/story/story.ts';
import { redisAvailability, redisCommands, startRedis, type TestRedis } from '../helpers/redis.ts';
import { countingCommand, FIXTURE_STORY, recordingLogger } from './helpers.ts';

const availability = redisAvailability();
// In CI (CI=true) these tests must run: a missing redis-server fails the run instead of skipping it.
if (!availability.available && availability.mustRun) {
  describe('answer cache on a real redis-server', () => {
    it('needs redis-server installed in CI', () => {
      throw new Error(availability.reason);
    });
  });
} else if (!availability.available) {
  console.warn(availability.reason);
}

async function waitUntil(check: () => Promise<boolean>, what: string, timeoutMs = 15_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`gave up waiting for ${what}`);
}

describe.runIf(availability.available)('answer cache on a real redis-server', () => {
  let redis: TestRedis;
  let story: Story;
  const caches: KeyvAnswerCache[] = [];
  const open = async (url: string, logger = recordingLogger()) => {
    const cache = await createAnswerCache({ url, ttlSeconds: 600, maxEntries: 10, logger, timeoutMs: 200, retryAfterMs: 300, namespace: `test-${process.pid}` });
    caches.push(cache);
    return { cache, logger };
  };

  beforeAll(async () => {
    redis = await startRedis(availability.available ? availability.binary : undefined);
    story = await loadStory(FIXTURE_STORY);
  });
  afterAll(async () => {
    for (const cache of caches) await cache.close();
    await redis?.dispose();
  });

  it('is shared: an answer cached by one process is served to another', async () => {
    // REDIS_URL: an already running Redis to test sharing against; else the test's own server.
    const url = process.env.REDIS_URL?.trim() || redis.url;
    const { cache: first } = await open(url);
    const { cache: second } = await open(url);
    const findA = countingCommand();
    const findB = countingCommand();
    const a = await first.run(findA, story, { word: 'Marguerite' });
    const b = await second.run(findB, story, { word: 'marguerite!' });
    expect(a.cached).toBe(false);
    expect(b.cached).toBe(true);
    expect(findB.calls).toBe(0);
    expect(b.answer).toEqual(a.answer);
    expect(await second.get(a.key)).toMatchObject({ command: 'find', options: { word: 'Marguerite' }, storyVersion: story.version });
  });

  it('keeps answering while Redis is stopped, logs it once, and caches again once Redis is back', async () => {
    const { cache, logger } = await open(redis.url);
    const find = countingCommand();
    expect((await cache.run(find, story, { word: 'dock' })).cached).toBe(false);
    expect((await cache.run(find, story, { word: 'dock' })).cached).toBe(true);

    await redis.stop();
    for (let i = 0; i < 15; i++) {
      const run = await cache.run(find, story, { word: 'dock' });
      expect(run.cached).toBe(false);
      expect(run.answer.sentences.length).toBeGreaterThan(0);
      await new Promise((r) => setTimeout(r, 50));
    }
    const warnings = logger.lines.filter((l) => l.includes('answer cache unavailable'));
    expect(warnings).toHaveLength(1);
    expect(logger.lines.length).toBeLessThanOrEqual(2);

    await redis.start(); // empty: nothing was persisted
    await waitUntil(async () => {
      await cache.run(find, story, { word: 'taxi' });
      return (await cache.run(find, story, { word: 'taxi' })).cached;
    }, 'the cache to be used again after Redis restarted');
    expect(logger.lines.some((l) => l.includes('answer cache is back'))).toBe(true);
  });

  it('answers without waiting on a Redis that has stopped responding', async () => {
    const { cache, logger } = await open(redis.url);
    const find = countingCommand();
    await waitUntil(async () => (await cache.run(find, story, { word: 'crack' })).cached || (await cache.run(find, story, { word: 'crack' })).cached, 'a first cached answer');
    redis.pause();
    try {
      const run = await cache.run(find, story, { word: 'crack' });
      expect(run.cached).toBe(false);
      expect(run.answer.sentences.length).toBeGreaterThan(0);
      expect(logger.lines.some((l) => l.includes('CacheTimeoutError'))).toBe(true);
    } finally {
      redis.resume();
    }
    await waitUntil(async () => (await cache.run(find, story, { word: 'crack' })).cached, 'the cache after Redis resumed');
  });

  it('answers uncached when Redis refuses the commands (authentication required)', async () => {
    expect(await redisCommands(redis.port, ['CONFIG', 'SET', 'requirepass', 'a-long-test-password'])).toEqual(['+OK']);
    try {
      const { cache, logger } = await open(redis.url);
      const find = countingCommand();
      for (let i = 0; i < 3; i++) {
        const run = await cache.run(find, story, { word: 'ferry' });
        expect(run.cached).toBe(false);
        expect(run.answer.sentences.length).toBeGreaterThan(0);
      }
      const warnings = logger.lines.filter((l) => l.includes('answer cache unavailable'));
      expect(warnings).toHaveLength(1);
      expect(warnings[0]).toContain('NOAUTH');
    } finally {
      expect(await redisCommands(redis.port, ['AUTH', 'a-long-test-password'], ['CONFIG', 'SET', 'requirepass', ''])).toEqual(['+OK', '+OK']);
    }
  });

  it('starts with Redis down and picks it up when it comes up', async () => {
    await redis.stop();
    const { cache, logger } = await open(redis.url);
    const find = countingCommand();
    const run = await cache.run(find, story, { word: 'hull' });
    expect(run.cached).toBe(false);
    expect(run.answer.sentences.length).toBeGreaterThan(0);
    await redis.start();
    await waitUntil(async () => {
      await cache.run(find, story, { word: 'hull' });
      return (await cache.run(find, story, { word: 'hull' })).cached;
    }, 'the cache once Redis came up');
    expect(logger.lines.filter((l) => l.includes('answer cache unavailable')).length).toBeLessThanOrEqual(1);
  });
});
