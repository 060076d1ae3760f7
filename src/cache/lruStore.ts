import { EventEmitter } from 'node:events';

interface Slot {
  value: unknown;
  /** Epoch milliseconds after which the slot is gone; undefined = no expiry. */
  expires?: number;
}

/**
 * A bounded map that forgets the least recently used entry first, with an optional TTL per entry.
 * A JavaScript Map keeps insertion order, so "move to the end" on read makes the first key the
 * least recently used one: every operation is O(1).
 */
export class LruMap {
  private readonly slots = new Map<string, Slot>();
  /** Entries evicted to stay within the bound, since creation. */
  evictions = 0;

  constructor(readonly maxEntries: number, private readonly now: () => number = Date.now) {
    if (!Number.isInteger(maxEntries) || maxEntries < 1) throw new RangeError(`maxEntries must be a whole number ≥ 1 (got ${maxEntries})`);
  }

  get size(): number {
    return this.slots.size;
  }

  /** The live slot for a key (expired ones are dropped); refreshes its recency when `touch`. */
  private live(key: string, touch: boolean): Slot | undefined {
    const slot = this.slots.get(key);
    if (!slot) return undefined;
    if (slot.expires !== undefined && this.now() > slot.expires) {
      this.slots.delete(key);
      return undefined;
    }
    if (touch) {
      this.slots.delete(key);
      this.slots.set(key, slot);
    }
    return slot;
  }

  get(key: string): unknown {
    return this.live(key, true)?.value;
  }

  has(key: string): boolean {
    return this.live(key, false) !== undefined;
  }

  /** Stores a value; `ttlMs` > 0 makes it expire. Evicts the least recently used entries beyond the bound. */
  set(key: string, value: unknown, ttlMs?: number): void {
    const expires = typeof ttlMs === 'number' && ttlMs > 0 && Number.isFinite(ttlMs) ? this.now() + ttlMs : undefined;
    this.slots.delete(key);
    this.slots.set(key, { value, expires });
    while (this.slots.size > this.maxEntries) {
      const oldest = this.slots.keys().next().value as string;
      this.slots.delete(oldest);
      this.evictions++;
    }
  }

  delete(key: string): boolean {
    const existed = this.live(key, false) !== undefined;
    this.slots.delete(key);
    return existed;
  }

  /** Removes every key, or only those starting with `prefix`. */
  clear(prefix?: string): void {
    if (prefix === undefined) {
      this.slots.clear();
      return;
    }
    for (const key of [...this.slots.keys()]) if (key.startsWith(prefix)) this.slots.delete(key);
  }

  /** Live keys, least recently used first. */
  keys(): string[] {
    return [...this.slots.keys()].filter((key) => this.live(key, false) !== undefined);
  }
}

export interface LruStoreOptions {
  /** Bound on the number of entries (least recently used out first). */
  maxEntries?: number;
  /** Share one map between several stores (e.g. one per keyv namespace); overrides maxEntries. */
  map?: LruMap;
  now?: () => number;
}

/**
 * A keyv storage adapter over an LruMap: the default answer cache when CACHE_URL is unset. Keyv
 * prefixes keys with `namespace:`; `clear()` only removes the current namespace's keys.
 */
export class LruKeyvStore extends EventEmitter {
  readonly map: LruMap;
  namespace?: string;
  opts: { dialect: 'lru'; maxEntries: number; deserialize?: unknown; serialize?: unknown };

  constructor(options: LruStoreOptions = {}) {
    super();
    this.map = options.map ?? new LruMap(options.maxEntries ?? 5000, options.now);
    this.opts = { dialect: 'lru', maxEntries: this.map.maxEntries };
  }

  async get<Value>(key: string): Promise<Value | undefined> {
    return this.map.get(key) as Value | undefined;
  }

  async getMany<Value>(keys: string[]): Promise<Array<Value | undefined>> {
    return keys.map((key) => this.map.get(key) as Value | undefined);
  }

  async set(key: string, value: unknown, ttl?: number): Promise<boolean> {
    this.map.set(key, value, ttl);
    return true;
  }

  async setMany(entries: Array<{ key: string; value: unknown; ttl?: number }>): Promise<void> {
    for (const { key, value, ttl } of entries) this.map.set(key, value, ttl);
  }

  async delete(key: string): Promise<boolean> {
    return this.map.delete(key);
  }

  async deleteMany(keys: string[]): Promise<boolean> {
    let any = false;
    for (const key of keys) if (this.map.delete(key)) any = true;
    return any;
  }

  async has(key: string): Promise<boolean> {
    return this.map.has(key);
  }

  async hasMany(keys: string[]): Promise<boolean[]> {
    return keys.map((key) => this.map.has(key));
  }

  async clear(): Promise<void> {
    this.map.clear(this.namespace ? `${this.namespace}:` : undefined);
  }

  async disconnect(): Promise<void> {}
}
