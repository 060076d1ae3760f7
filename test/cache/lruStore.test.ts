import { describe, expect, it } from 'vitest';
import { LruKeyvStore, LruMap } from '../../src/cache/lruStore.ts';

describe('LruMap', () => {
  it('never holds more than its bound, however many distinct keys arrive', () => {
    const map = new LruMap(100);
    for (let i = 0; i < 20_000; i++) map.set(`query ${i}`, { answer: i });
    expect(map.size).toBe(100);
    expect(map.evictions).toBe(19_900);
    expect(map.get('query 19999')).toEqual({ answer: 19999 });
    expect(map.get('query 0')).toBeUndefined();
  });

  it('evicts the least recently used entry, counting reads as use', () => {
    const map = new LruMap(3);
    map.set('a', 1);
    map.set('b', 2);
    map.set('c', 3);
    expect(map.get('a')).toBe(1); // a is now the most recently used
    map.set('d', 4);
    expect(map.has('b')).toBe(false);
    expect(map.keys()).toEqual(['c', 'a', 'd']);
  });

  it('overwriting a key does not grow the map', () => {
    const map = new LruMap(2);
    map.set('a', 1);
    map.set('a', 2);
    map.set('b', 3);
    expect(map.size).toBe(2);
    expect(map.get('a')).toBe(2);
  });

  it('forgets entries once their TTL has passed', () => {
    let now = 1_000_000;
    const map = new LruMap(10, () => now);
    map.set('short', 'x', 500);
    map.set('forever', 'y');
    now += 500;
    expect(map.get('short')).toBe('x');
    now += 1;
    expect(map.get('short')).toBeUndefined();
    expect(map.has('short')).toBe(false);
    expect(map.size).toBe(1);
    now += 10 ** 9;
    expect(map.get('forever')).toBe('y');
  });

  it('clears only the keys with a prefix when given one', () => {
    const map = new LruMap(10);
    map.set('one:a', 1);
    map.set('two:a', 2);
    map.clear('one:');
    expect(map.keys()).toEqual(['two:a']);
    map.clear();
    expect(map.size).toBe(0);
  });

  it('rejects a bound that is not a positive whole number', () => {
    expect(() => new LruMap(0)).toThrow(RangeError);
    expect(() => new LruMap(1.5)).toThrow(RangeError);
  });
});

describe('LruKeyvStore', () => {
  it('clear() leaves other namespaces of a shared map alone', async () => {
    const map = new LruMap(10);
    const first = new LruKeyvStore({ map });
    const second = new LruKeyvStore({ map });
    first.namespace = 'first';
    second.namespace = 'second';
    await first.set('first:k', 'v1');
    await second.set('second:k', 'v2');
    await first.clear();
    expect(await first.get('first:k')).toBeUndefined();
    expect(await second.get('second:k')).toBe('v2');
  });

  it('reports whether delete removed something', async () => {
    const store = new LruKeyvStore({ maxEntries: 5 });
    await store.set('k', 'v');
    expect(await store.delete('k')).toBe(true);
    expect(await store.delete('k')).toBe(false);
    expect(await store.deleteMany(['x', 'y'])).toBe(false);
  });
});
