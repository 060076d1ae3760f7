import { appendFileSync, rmSync } from 'node:fs';
import Keyv from 'keyv';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import ask from '../../commands/ask.ts';
import { answerCacheOptions, CacheConfigError, createAnswerCache, KeyvAnswerCache } from '../../src/cache/answerCache.ts';
import { codeVersion } from '../../src/cache/codeVersion.ts';
import { readSettings } from '../../src/config.ts';
import { CacheHealth } from '../../src/cache/cacheHealth.ts';
import { LruKeyvStore } from '../../src/cache/lruStore.ts';
import { UserInputError } from '../../src/commands/command.ts';
import { loadStory } from '../../src/story/loadStory.ts';
import type { Story } from '../../src/story/story.ts';
import { copyFixtureStory, countingCommand, FIXTURE_STORY, recordingLogger } from './helpers.ts';

let story: Story;
beforeAll(async () => {
  story = await loadStory(FIXTURE_STORY);
});

const caches: { close(): Promise<void> }[] = [];
async function memoryCache(options: Partial<Parameters<typeof createAnswerCache>[0]> = {}) {
  const cache = await createAnswerCache({ ttlSeconds: 3600, maxEntries: 100, ...options });
  caches.push(cache);
  return cache;
}
afterEach(async () => {
  vi.useRealTimers();
  while (caches.length) await caches.pop()!.close();
});

describe('answer cache in memory', () => {
  it('answers a repeated question from the cache without calling the handler again', async () => {
    const cache = await memoryCache();
    const find = countingCommand();
    const first = await cache.run(find, story, { word: 'crack' });
    const second = await cache.run(find, story, { word: 'crack' });
    expect(first.cached).toBe(false);
    expect(second.cached).toBe(true);
    expect(find.calls).toBe(1);
    expect(second.answer).toEqual(first.answer);
    expect(second.key).toBe(first.key);
    expect(first.answer.sentences.length).toBeGreaterThan(0);
  });

  it('serves the same answer for the same question typed differently', async () => {
    const cache = await memoryCache();
    const find = countingCommand();
    await cache.run(find, story, { word: 'Valdez' });
    const again = await cache.run(find, story, { word: '  VALDEZ?! ' });
    expect(again.cached).toBe(true);
    expect(find.calls).toBe(1);
  });

  it('caches the real /ask answer exactly as the handler built it', async () => {
    const cache = await memoryCache();
    const fresh = await cache.run(ask, story, { question: 'How long will the repairs take?' });
    const cached = await cache.run(ask, story, { question: 'how long will the repairs take' });
    expect(cached.cached).toBe(true);
    expect(cached.answer).toEqual(fresh.answer);
    expect(JSON.stringify(cached.answer)).toContain('three weeks');
  });

  it('never serves an answer built from an older version of the story', async () => {
    const dir = copyFixtureStory();
    try {
      const cache = await memoryCache();
      const find = countingCommand();
      const before = await loadStory(dir);
      const old = await cache.run(find, before, { word: 'ferry' });
      appendFileSync(`${dir}/county-bulletin.txt`, '\nThe ferry will return with a second hull inspection every month.\n');
      const after = await loadStory(dir);
      expect(after.version).not.toBe(before.version);
      const fresh = await cache.run(find, after, { word: 'ferry' });
      expect(fresh.cached).toBe(false);
      expect(fresh.key).not.toBe(old.key);
      expect(fresh.answer.sentences).toContain('The ferry will return with a second hull inspection every month.');
      expect(old.answer.sentences).not.toContain('The ferry will return with a second hull inspection every month.');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('forgets answers after the TTL', async () => {
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2024-01-01T00:00:00Z'));
    const cache = await memoryCache({ ttlSeconds: 60 });
    const find = countingCommand();
    await cache.run(find, story, { word: 'dock' });
    vi.setSystemTime(new Date('2024-01-01T00:00:59Z'));
    expect((await cache.run(find, story, { word: 'dock' })).cached).toBe(true);
    vi.setSystemTime(new Date('2024-01-01T00:01:01Z'));
    expect((await cache.run(find, story, { word: 'dock' })).cached).toBe(false);
    expect(find.calls).toBe(2);
  });

  it('keeps at most maxEntries answers, dropping the least recently used', async () => {
    const cache = await memoryCache({ maxEntries: 3 });
    const find = countingCommand();
    for (const word of ['ferry', 'hull', 'crack']) await cache.run(find, story, { word });
    await cache.run(find, story, { word: 'ferry' }); // used again: now the most recent
    await cache.run(find, story, { word: 'dock' }); // evicts "hull"
    expect(find.calls).toBe(4);
    expect((await cache.run(find, story, { word: 'ferry' })).cached).toBe(true);
    expect((await cache.run(find, story, { word: 'hull' })).cached).toBe(false);
  });

  it('finds an answer again by key, with its command and options, for page buttons', async () => {
    const cache = await memoryCache();
    const find = countingCommand();
    const run = await cache.run(find, story, { word: 'Rhee' });
    const entry = await cache.get(run.key);
    expect(entry).toEqual({ command: 'find', options: { word: 'Rhee' }, answer: run.answer, storyVersion: story.version });
    expect(await cache.get('not a key')).toBeUndefined();
    expect(await cache.get('A'.repeat(22))).toBeUndefined();
  });

  it('does not cache a question the handler rejects', async () => {
    const cache = await memoryCache();
    const find = countingCommand();
    await expect(cache.run(find, story, { word: '?!' })).rejects.toBeInstanceOf(UserInputError);
    const after = await cache.run(find, story, { word: 'crack' });
    expect(after.cached).toBe(false);
  });

  it('runs the handler once for identical questions asked at the same moment', async () => {
    const cache = await memoryCache();
    const find = countingCommand();
    const runs = await Promise.all(Array.from({ length: 5 }, () => cache.run(find, story, { word: 'taxi' })));
    expect(find.calls).toBe(1);
    // One answer shared by all, not a copy each (answers are never changed after the handler: see
    // test/render/answersUnchanged.test.ts).
    for (const run of runs) expect(run.answer).toBe(runs[0].answer);
  });

  it('takes its TTL and bound from the settings (CACHE_TTL_SECONDS, CACHE_MAX_ENTRIES)', async () => {
    const options = answerCacheOptions(readSettings({ CACHE_TTL_SECONDS: '90', CACHE_MAX_ENTRIES: '2' }));
    expect(options).toMatchObject({ url: undefined, ttlSeconds: 90, maxEntries: 2 });
    const cache = await memoryCache(options);
    const find = countingCommand();
    for (const word of ['ferry', 'hull', 'crack']) await cache.run(find, story, { word });
    expect((await cache.run(find, story, { word: 'ferry' })).cached).toBe(false);
  });

  it('keys on the code version, so a deploy does not serve answers from older code', async () => {
    expect(codeVersion({ STORYLINE_CODE_VERSION: 'abc123' })).toBe('abc123');
    const find = countingCommand();
    const old = await memoryCache({ codeVersion: '1.0.0' });
    const next = await memoryCache({ codeVersion: '1.1.0' });
    expect((await old.run(find, story, { word: 'ferry' })).key).not.toBe((await next.run(find, story, { word: 'ferry' })).key);
  });

  it('memory://?max=N sets the bound', async () => {
    const cache = await memoryCache({ url: 'memory://?max=1' });
    const find = countingCommand();
    await cache.run(find, story, { word: 'ferry' });
    await cache.run(find, story, { word: 'hull' });
    expect((await cache.run(find, story, { word: 'ferry' })).cached).toBe(false);
    expect(cache.description).toBe('memory (LRU, 1 entries)');
  });

  it('refuses a CACHE_URL scheme it cannot serve, naming the ones it can', async () => {
    await expect(createAnswerCache({ url: 'postgres://db/cache', ttlSeconds: 60, maxEntries: 10 })).rejects.toThrow(CacheConfigError);
    await expect(createAnswerCache({ url: 'mongodb://db/cache', ttlSeconds: 60, maxEntries: 10 })).rejects.toThrow(/redis:\/\//);
    await expect(createAnswerCache({ url: 'memory://?max=0', ttlSeconds: 60, maxEntries: 10 })).rejects.toThrow(CacheConfigError);
  });
});

/** A keyv store whose backend can be switched to failing or hanging. */
class FlakyStore extends LruKeyvStore {
  mode: 'ok' | 'fail' | 'hang' = 'ok';
  private act<T>(work: () => Promise<T>): Promise<T> {
    if (this.mode === 'fail') return Promise.reject(new Error('ECONNREFUSED 127.0.0.1:6379'));
    if (this.mode === 'hang') return new Promise<T>(() => {});
    return work();
  }
  override get<Value>(key: string) {
    return this.act(() => super.get<Value>(key));
  }
  override set(key: string, value: unknown, ttl?: number) {
    return this.act(() => super.set(key, value, ttl));
  }
}

function flakyCache(clock: { now: number }) {
  const store = new FlakyStore({ maxEntries: 100 });
  const logger = recordingLogger();
  const keyv = new Keyv({ store, namespace: 'test', throwOnErrors: true });
  keyv.on('error', () => {});
  const health = new CacheHealth({ logger, backend: 'flaky', retryAfterMs: 2000, logIntervalMs: 60_000, now: () => clock.now });
  const cache = new KeyvAnswerCache({ keyv, description: 'flaky', shared: false, close: async () => {} }, health, { ttlSeconds: 3600, timeoutMs: 50 });
  return { store, logger, cache, health };
}

describe('answer cache with a failing backend', () => {
  it('answers uncached while the backend refuses, logs once a minute, and uses it again when back', async () => {
    const clock = { now: 1_000_000 };
    const { store, logger, cache, health } = flakyCache(clock);
    const find = countingCommand();
    store.mode = 'fail';
    for (let i = 0; i < 20; i++) {
      const run = await cache.run(find, story, { word: 'ferry' });
      expect(run.cached).toBe(false);
      expect(run.answer.sentences.length).toBeGreaterThan(0);
      clock.now += 500; // retries every 2 s: several failures within the minute
    }
    expect(find.calls).toBe(20);
    expect(health.failures).toBeGreaterThan(3);
    const warnings = () => logger.lines.filter((l) => l.includes('answer cache unavailable'));
    expect(warnings()).toHaveLength(1);
    expect(warnings()[0]).toContain('ECONNREFUSED');

    clock.now += 60_000;
    await cache.run(find, story, { word: 'ferry' });
    expect(warnings()).toHaveLength(2);
    expect(warnings()[1]).toMatch(/"notLogged":\d+/);

    store.mode = 'ok';
    clock.now += 2000;
    expect((await cache.run(find, story, { word: 'hull' })).cached).toBe(false);
    expect((await cache.run(find, story, { word: 'hull' })).cached).toBe(true);
    expect(logger.lines.filter((l) => l.includes('answer cache is back'))).toHaveLength(1);
  });

  it('does not wait on a backend that never answers', async () => {
    const clock = { now: 1_000_000 };
    const { store, cache, logger } = flakyCache(clock);
    const find = countingCommand();
    await cache.run(find, story, { word: 'crack' });
    store.mode = 'hang';
    const run = await cache.run(find, story, { word: 'crack' });
    expect(run.cached).toBe(false);
    expect(run.answer.sentences.length).toBeGreaterThan(0);
    expect(logger.lines.some((l) => l.includes('CacheTimeoutError'))).toBe(true);
    // While the breaker is open the backend is not even asked: no second timeout to wait out.
    expect(await cache.get(run.key)).toBeUndefined();
    expect(cache.stats.bypassed).toBe(0);
    await cache.run(find, story, { word: 'crack' });
    expect(cache.stats.bypassed).toBe(1);
  });
});
