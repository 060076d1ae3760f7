import { randomUUID } from 'node:crypto';
import { CacheConfigError, redactUrl } from '../cache/cacheBackend.ts';
import { registerSecret, silentLogger, type Logger } from '../log.ts';

/**
 * State that every storyline process must agree on: per-user cooldowns, locks (one process rebuilds
 * a saved index at a time) and plain values (e.g. a per-channel choice). With CACHE_URL=redis:// it
 * lives in Redis and holds across processes; otherwise in this process's memory.
 *
 * A failing Redis never fails an answer: each call falls back to this process's memory (so a
 * cooldown still holds within the process, a lock is still taken locally) and the failure is logged
 * at most once a minute.
 */
export interface SharedState {
  /**
   * Starts a cooldown of `seconds` on `key` unless one is running: returns 0 when it started, or the
   * whole seconds left of the running one. Atomic across processes.
   */
  takeCooldown(key: string, seconds: number): Promise<number>;
  /** Takes the lock `name` for at most `ttlMs` when it is free; undefined when another holder has it. */
  tryLock(name: string, ttlMs: number): Promise<HeldLock | undefined>;
  get(key: string): Promise<string | undefined>;
  /** Stores a value, for `ttlSeconds` when given (else until overwritten). */
  set(key: string, value: string, ttlSeconds?: number): Promise<void>;
  /** Whether other processes see the same state. */
  readonly shared: boolean;
  /** For log lines: the URL without credentials, or "memory". */
  readonly description: string;
  close(): Promise<void>;
}

export interface HeldLock {
  /** Frees the lock if this holder still has it (never another holder's). */
  release(): Promise<void>;
}

/** A map whose entries expire; expired entries are swept as the map grows, so memory stays bounded. */
class ExpiringMap {
  private readonly entries = new Map<string, { value: string; until: number }>();

  constructor(
    private readonly now: () => number,
    private readonly sweepAbove = 10_000,
  ) {}

  /** The value and ms left (Infinity when it never expires), or undefined. */
  read(key: string): { value: string; msLeft: number } | undefined {
    const entry = this.entries.get(key);
    if (!entry) return undefined;
    const msLeft = entry.until - this.now();
    if (msLeft <= 0) {
      this.entries.delete(key);
      return undefined;
    }
    return { value: entry.value, msLeft };
  }

  write(key: string, value: string, ttlMs = Infinity): void {
    if (this.entries.size >= this.sweepAbove) this.sweep();
    this.entries.set(key, { value, until: this.now() + ttlMs });
  }

  /** Writes only when the key is absent (or expired); true when written. */
  writeIfAbsent(key: string, value: string, ttlMs: number): boolean {
    if (this.read(key)) return false;
    this.write(key, value, ttlMs);
    return true;
  }

  delete(key: string): void {
    this.entries.delete(key);
  }

  get size(): number {
    return this.entries.size;
  }

  private sweep(): void {
    const now = this.now();
    for (const [key, entry] of this.entries) if (entry.until <= now) this.entries.delete(key);
  }
}

/** State in this process's memory: right for one process, and the fallback when Redis fails. */
export class MemoryState implements SharedState {
  readonly shared = false;
  readonly description = 'memory';
  private readonly map: ExpiringMap;

  constructor(now: () => number = Date.now, sweepAbove?: number) {
    this.map = new ExpiringMap(now, sweepAbove);
  }

  /** Entries held (expired ones included until swept). */
  get size(): number {
    return this.map.size;
  }

  async takeCooldown(key: string, seconds: number): Promise<number> {
    if (seconds <= 0) return 0;
    const running = this.map.read(`cooldown:${key}`);
    if (running) return Math.ceil(running.msLeft / 1000);
    this.map.write(`cooldown:${key}`, '1', seconds * 1000);
    return 0;
  }

  async tryLock(name: string, ttlMs: number): Promise<HeldLock | undefined> {
    const token = randomUUID();
    if (!this.map.writeIfAbsent(`lock:${name}`, token, ttlMs)) return undefined;
    return {
      release: async () => {
        if (this.map.read(`lock:${name}`)?.value === token) this.map.delete(`lock:${name}`);
      },
    };
  }

  async get(key: string): Promise<string | undefined> {
    return this.map.read(`value:${key}`)?.value;
  }

  async set(key: string, value: string, ttlSeconds?: number): Promise<void> {
    this.map.write(`value:${key}`, value, ttlSeconds ? ttlSeconds * 1000 : Infinity);
  }

  async close(): Promise<void> {}
}

/**
 * Starts the cooldown (0) or returns the ms left of the running one, in one atomic step. PTTL cannot be
 * below 1 here (the key exists and was set with PX); the max() guards against it anyway.
 */
const COOLDOWN_SCRIPT = "if redis.call('set', KEYS[1], '1', 'PX', ARGV[1], 'NX') then return 0 end return math.max(1, redis.call('pttl', KEYS[1]))";

/** Deletes the lock only when it still holds this holder's token (compare-and-delete, atomic in Redis). */
const RELEASE_SCRIPT = "if redis.call('get', KEYS[1]) == ARGV[1] then return redis.call('del', KEYS[1]) else return 0 end";

type RedisClient = {
  sendCommand<T = unknown>(args: string[]): Promise<T>;
  connect(): Promise<unknown>;
  close(): Promise<void>;
  destroy(): void;
  isReady: boolean;
  on(event: string, listener: (...args: any[]) => void): unknown;
  once(event: string, listener: (...args: any[]) => void): unknown;
};

export interface RedisStateOptions {
  /** Prefix of every key, so several apps can share one Redis. */
  namespace?: string;
  logger?: Logger;
  connectTimeoutMs?: number;
  /** Longest a Redis call may take before the memory fallback answers. */
  timeoutMs?: number;
  now?: () => number;
}

/** State in Redis: SET NX PX for cooldowns (one script with PTTL) and locks, a compare-and-delete script to release a lock. */
export class RedisState implements SharedState {
  readonly shared = true;
  private readonly fallback: MemoryState;
  private readonly prefix: string;
  private readonly logger: Logger;
  private readonly timeoutMs: number;
  private readonly now: () => number;
  private lastFailureLog = -Infinity;
  private closed = false;

  private constructor(
    private readonly client: RedisClient,
    readonly description: string,
    options: RedisStateOptions,
  ) {
    this.now = options.now ?? Date.now;
    this.fallback = new MemoryState(this.now);
    this.prefix = `${options.namespace ?? 'storyline'}:state:`;
    this.logger = options.logger ?? silentLogger;
    this.timeoutMs = options.timeoutMs ?? 500;
  }

  static async connect(url: string, options: RedisStateOptions = {}): Promise<RedisState> {
    const { createClient } = await import('@keyv/redis');
    const connectTimeout = options.connectTimeoutMs ?? 1000;
    const client = createClient({
      url,
      disableOfflineQueue: true,
      commandsQueueMaxLength: 1000,
      socket: { connectTimeout, reconnectStrategy: (retries: number) => Math.min(100 * 2 ** Math.min(retries, 10), 5000) },
    }) as unknown as RedisClient;
    const state = new RedisState(client, redactUrl(url), options);
    client.on('error', (error: unknown) => state.failed('connection', error));
    const ready = new Promise<void>((resolve) => client.once('ready', () => resolve()));
    client.connect().catch((error: unknown) => state.failed('connect', error));
    let timer: NodeJS.Timeout | undefined;
    await Promise.race([ready, new Promise<void>((resolve) => (timer = setTimeout(resolve, connectTimeout)))]);
    clearTimeout(timer);
    return state;
  }

  private failed(what: string, error: unknown): void {
    if (this.closed) return;
    const now = this.now();
    if (now - this.lastFailureLog < 60_000) return;
    this.lastFailureLog = now;
    this.logger.warn('shared state (Redis) failed; this process uses its own memory until it is back', { what, error: error as Error });
  }

  /** Runs a Redis command, bounded by timeoutMs; on failure logs and answers from `fallback()`. */
  private async command<T>(what: string, args: string[], fallback: () => Promise<T>, read: (reply: unknown) => T | Promise<T>): Promise<T> {
    let timer: NodeJS.Timeout | undefined;
    try {
      const timeout = new Promise<never>((_resolve, reject) => {
        timer = setTimeout(() => reject(new Error(`no reply within ${this.timeoutMs} ms`)), this.timeoutMs);
        timer.unref?.();
      });
      return await read(await Promise.race([this.client.sendCommand(args), timeout]));
    } catch (error) {
      this.failed(what, error);
      return fallback();
    } finally {
      clearTimeout(timer);
    }
  }

  async takeCooldown(key: string, seconds: number): Promise<number> {
    if (seconds <= 0) return 0;
    const args = ['EVAL', COOLDOWN_SCRIPT, '1', `${this.prefix}cooldown:${key}`, String(seconds * 1000)];
    return this.command('cooldown', args, () => this.fallback.takeCooldown(key, seconds), (reply) => {
      const msLeft = Number(reply);
      return msLeft === 0 ? 0 : Math.max(1, Math.ceil(msLeft / 1000));
    });
  }

  async tryLock(name: string, ttlMs: number): Promise<HeldLock | undefined> {
    const k = `${this.prefix}lock:${name}`;
    const token = randomUUID();
    return this.command('lock', ['SET', k, token, 'PX', String(Math.max(1, Math.round(ttlMs))), 'NX'], () => this.fallback.tryLock(name, ttlMs), (reply) =>
      reply === 'OK'
        ? {
            release: async () => {
              await this.command('unlock', ['EVAL', RELEASE_SCRIPT, '1', k, token], async () => undefined, () => undefined);
            },
          }
        : undefined,
    );
  }

  async get(key: string): Promise<string | undefined> {
    return this.command('get', ['GET', `${this.prefix}value:${key}`], () => this.fallback.get(key), (reply) => (reply === null || reply === undefined ? undefined : String(reply)));
  }

  async set(key: string, value: string, ttlSeconds?: number): Promise<void> {
    const args = ['SET', `${this.prefix}value:${key}`, value, ...(ttlSeconds ? ['EX', String(ttlSeconds)] : [])];
    // Written to memory too, so a read during an outage still finds what this process set.
    await this.fallback.set(key, value, ttlSeconds);
    await this.command('set', args, async () => undefined, () => undefined);
  }

  async close(): Promise<void> {
    this.closed = true;
    try {
      if (this.client.isReady) await this.client.close();
      else this.client.destroy();
    } catch {
      this.client.destroy();
    }
  }
}

/**
 * The shared state for CACHE_URL: Redis for redis:// and rediss://, else this process's memory.
 * A URL storyline cannot use is a CacheConfigError (the answer cache reports the same URL first).
 */
export async function createSharedState(url: string | undefined, options: RedisStateOptions = {}): Promise<SharedState> {
  if (!url) return new MemoryState(options.now);
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new CacheConfigError('CACHE_URL is not a URL (expected e.g. redis://127.0.0.1:6379)');
  }
  if (parsed.protocol !== 'redis:' && parsed.protocol !== 'rediss:') return new MemoryState(options.now);
  registerSecret(decodeURIComponent(parsed.password));
  return RedisState.connect(url, options);
}

/**
 * Waits (polling) until the lock is free and takes it. After `waitMs` without getting it, returns
 * undefined: the caller goes ahead without it rather than never starting.
 */
export async function waitForLock(state: SharedState, name: string, options: { ttlMs: number; waitMs: number; pollMs?: number }): Promise<HeldLock | undefined> {
  const deadline = Date.now() + options.waitMs;
  for (;;) {
    const lock = await state.tryLock(name, options.ttlMs);
    if (lock || Date.now() >= deadline) return lock;
    await new Promise((resolve) => setTimeout(resolve, options.pollMs ?? 250));
  }
}

/** loadStory's buildLock over the shared state: one process at a time builds a story's saved index. */
export function storyBuildLock(state: SharedState, options: { ttlMs: number; waitMs: number; pollMs?: number } = { ttlMs: 15 * 60_000, waitMs: 15 * 60_000 }) {
  return async (name: string): Promise<(() => Promise<void>) | undefined> => {
    const lock = await waitForLock(state, name, options);
    return lock && (() => lock.release());
  };
}
