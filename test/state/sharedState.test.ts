import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createLogger } from '../../src/log.ts';
import { createSharedState, MemoryState, RedisState, storyBuildLock, type SharedState } from '../../src/state/sharedState.ts';
import { loadStory } from '../../src/story/loadStory.ts';
import { redisAvailability, startRedis, type TestRedis } from '../helpers/redis.ts';

const availability = redisAvailability();
if (!availability.available && availability.mustRun) {
  describe('shared state on a real redis-server', () => {
    it('needs redis-server installed in CI', () => {
      throw new Error(availability.reason);
    });
  });
} else if (!availability.available) {
  console.warn(availability.reason);
}

/** What every implementation must do; `a` and `b` are two views of the same state (two processes, for Redis). */
function behaves(name: string, open: () => Promise<[SharedState, SharedState]>) {
  describe(name, () => {
    let a: SharedState;
    let b: SharedState;
    beforeAll(async () => {
      [a, b] = await open();
    });
    afterAll(async () => {
      await a?.close();
      if (b !== a) await b?.close();
    });

    it('lets exactly one of many simultaneous takers start a cooldown; the others hear the seconds left', async () => {
      const key = `user-${Math.random()}\u0000ask`;
      const waits = await Promise.all(Array.from({ length: 20 }, (_, i) => (i % 2 ? a : b).takeCooldown(key, 30)));
      expect(waits.filter((w) => w === 0)).toHaveLength(1);
      for (const wait of waits.filter((w) => w !== 0)) expect(wait).toBe(30);
      expect(await a.takeCooldown(`other-${Math.random()}`, 30)).toBe(0);
    });

    it('ends a cooldown when it expires', async () => {
      const key = `short-${Math.random()}`;
      expect(await a.takeCooldown(key, 1)).toBe(0);
      expect(await b.takeCooldown(key, 1)).toBe(1);
      await new Promise((r) => setTimeout(r, 1100));
      expect(await b.takeCooldown(key, 1)).toBe(0);
    });

    it('gives a lock to one holder at a time, and only the holder frees it', async () => {
      const name = `lock-${Math.random()}`;
      const held = await a.tryLock(name, 10_000);
      expect(held).toBeDefined();
      expect(await b.tryLock(name, 10_000)).toBeUndefined();
      await held!.release();
      const next = await b.tryLock(name, 10_000);
      expect(next).toBeDefined();
      await held!.release(); // an old holder's release must not free the new holder's lock
      expect(await a.tryLock(name, 10_000)).toBeUndefined();
      await next!.release();
    });

    it('frees a lock whose holder never released it once its time is up', async () => {
      const name = `ttl-${Math.random()}`;
      expect(await a.tryLock(name, 200)).toBeDefined();
      await new Promise((r) => setTimeout(r, 300));
      expect(await b.tryLock(name, 200)).toBeDefined();
    });

    it('stores plain values, with or without an expiry', async () => {
      const key = `channel-${Math.random()}`;
      expect(await b.get(key)).toBeUndefined();
      await a.set(key, 'harbour');
      expect(await b.get(key)).toBe('harbour');
      await a.set(`${key}-short`, 'x', 1);
      expect(await b.get(`${key}-short`)).toBe('x');
      await new Promise((r) => setTimeout(r, 1100));
      expect(await b.get(`${key}-short`)).toBeUndefined();
    });
  });
}

behaves('shared state in memory (one process)', async () => {
  const state = new MemoryState();
  return [state, state];
});

describe.runIf(availability.available)('shared state on a real redis-server', () => {
  let redis: TestRedis;
  beforeAll(async () => {
    redis = await startRedis(availability.available ? availability.binary : undefined);
  });
  afterAll(async () => {
    await redis?.dispose();
  });

  behaves('two connections, as two processes have', async () => {
    const namespace = `t${process.pid}`;
    return [await createSharedState(redis.url, { namespace }), await createSharedState(redis.url, { namespace })];
  });

  it('picks Redis for redis:// and memory otherwise', async () => {
    const state = await createSharedState(redis.url);
    expect(state).toBeInstanceOf(RedisState);
    expect(state.shared).toBe(true);
    await state.close();
    expect((await createSharedState(undefined)).shared).toBe(false);
    expect((await createSharedState('memory://')).shared).toBe(false);
  });

  it('answers from memory when Redis is frozen (connected, never replying) instead of holding the answer', async () => {
    const state = await createSharedState(redis.url, { namespace: `frozen${process.pid}`, timeoutMs: 200 });
    expect(await state.takeCooldown('warm', 30)).toBe(0);
    redis.pause();
    try {
      expect(await state.takeCooldown('frozen-user', 30)).toBe(0);
      expect(await state.takeCooldown('frozen-user', 30)).toBe(30);
      expect(await state.get('anything')).toBeUndefined();
    } finally {
      redis.resume();
      await state.close();
    }
  });

  it('keeps answering from memory while Redis is down, logs it once, and uses Redis again when it is back', async () => {
    const lines: string[] = [];
    const state = await createSharedState(redis.url, { namespace: `down${process.pid}`, logger: createLogger('warn', (l) => lines.push(l)), timeoutMs: 200 });
    await redis.stop();
    try {
      expect(await state.takeCooldown('u', 30)).toBe(0);
      expect(await state.takeCooldown('u', 30)).toBe(30);
      expect(await state.tryLock('l', 1000)).toBeDefined();
      expect(lines.filter((l) => l.includes('shared state (Redis) failed'))).toHaveLength(1);
    } finally {
      await redis.start();
    }
    const deadline = Date.now() + 10_000;
    while (Date.now() < deadline && (await state.takeCooldown(`back-${Date.now()}`, 30)) !== 0) await new Promise((r) => setTimeout(r, 100));
    const other = await createSharedState(redis.url, { namespace: `down${process.pid}` });
    let held = 0;
    while (Date.now() < deadline && held === 0) {
      // Once reconnected, the cooldown is in Redis again: another process sees it.
      held = (await state.takeCooldown('after', 30)) === 0 ? await other.takeCooldown('after', 30) : 30;
      if (held === 0) await new Promise((r) => setTimeout(r, 200));
    }
    expect(held).toBe(30);
    await state.close();
    await other.close();
  });
});

describe('one process at a time builds a large story’s saved index', () => {
  it('makes the second loader wait for the first and load the index it saved', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'storyline-lock-'));
    try {
      cpSync(join(import.meta.dirname, '..', 'adapters', 'discord', 'fixtures', 'harbour'), dir, { recursive: true });
      const state = new MemoryState();
      const notes: string[][] = [[], []];
      const load = (i: number) => loadStory(dir, { persistIndexFrom: 0, buildLock: storyBuildLock(state, { ttlMs: 60_000, waitMs: 60_000, pollMs: 20 }), onInfo: (m) => notes[i].push(m) });
      const [first, second] = await Promise.all([load(0), load(1)]);
      const built = notes.flat().filter((n) => n.startsWith('building the search index'));
      const loaded = notes.flat().filter((n) => n.startsWith('loaded the saved search index'));
      expect(built).toHaveLength(1);
      expect(loaded).toHaveLength(1);
      expect(second.version).toBe(first.version);
      expect(second.sentences.length).toBe(first.sentences.length);
      expect(await state.tryLock(`index:${dir}:${first.version}`, 1000)).toBeDefined();
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
