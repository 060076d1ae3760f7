import Keyv from 'keyv';
import { registerSecret } from '../log.ts';
import { LruKeyvStore } from './lruStore.ts';

/** CACHE_URL names a backend storyline cannot use: a startup error, with what would work instead. */
export class CacheConfigError extends Error {
  override name = 'CacheConfigError';
}

export interface BackendEvents {
  /** The backend reported a failure on its own (e.g. a lost connection). */
  onError(error: unknown): void;
  /** The backend (re)connected and can be used. */
  onReady(): void;
}

export interface CacheBackend {
  keyv: Keyv;
  /** For log lines: the URL without credentials, or "memory (LRU, N entries)". */
  description: string;
  /** Whether several bot processes share it. */
  shared: boolean;
  close(): Promise<void>;
}

export interface BackendOptions {
  /** Bound on entries for the in-memory store. */
  maxEntries: number;
  /** Prefix of every key, so several apps can share one Redis. */
  namespace: string;
  /** How long a (re)connection attempt may take before it counts as failed. */
  connectTimeoutMs?: number;
  events: BackendEvents;
}

export const SUPPORTED_SCHEMES = ['redis:', 'rediss:', 'memory:'] as const;

/** A URL for log lines: user and password removed. */
export function redactUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.username || parsed.password) {
      parsed.username = parsed.username ? '***' : '';
      parsed.password = parsed.password ? '***' : '';
    }
    return parsed.toString();
  } catch {
    return '[unparsable URL]';
  }
}

/**
 * The keyv store behind the answer cache. Unset: a bounded in-memory LRU. `memory://` the same
 * (`memory://?max=N` sets its bound). `redis://` and `rediss://`: @keyv/redis, shared by every process.
 * Anything else is a CacheConfigError naming the schemes that work.
 */
export async function createBackend(url: string | undefined, options: BackendOptions): Promise<CacheBackend> {
  if (!url) return memoryBackend(options.maxEntries, options.namespace);
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    throw new CacheConfigError(`CACHE_URL is not a URL (expected e.g. redis://127.0.0.1:6379)`);
  }
  switch (parsed.protocol) {
    case 'memory:': {
      const max = parsed.searchParams.get('max');
      const bound = max === null ? options.maxEntries : Number(max);
      if (!Number.isInteger(bound) || bound < 1) throw new CacheConfigError(`CACHE_URL memory://?max= must be a whole number ≥ 1 (got "${max}")`);
      return memoryBackend(bound, options.namespace);
    }
    case 'redis:':
    case 'rediss:':
      registerSecret(decodeURIComponent(parsed.password));
      return redisBackend(url, options);
    default:
      throw new CacheConfigError(
        `CACHE_URL scheme "${parsed.protocol}" is not supported; use redis://host:port (or rediss:// for TLS), memory://, or leave CACHE_URL unset for the in-memory cache`,
      );
  }
}

function memoryBackend(maxEntries: number, namespace: string): CacheBackend {
  const store = new LruKeyvStore({ maxEntries });
  const keyv = new Keyv({ store, namespace, throwOnErrors: true });
  return {
    keyv,
    description: `memory (LRU, ${maxEntries} entries)`,
    shared: false,
    async close() {
      await store.clear();
    },
  };
}

async function redisBackend(url: string, options: BackendOptions): Promise<CacheBackend> {
  const { default: KeyvRedis, createClient } = await import('@keyv/redis');
  const connectTimeout = options.connectTimeoutMs ?? 1000;
  // No offline queue: while disconnected, commands fail at once instead of piling up. The client keeps
  // reconnecting with a capped backoff, so the cache comes back by itself when Redis does.
  const client = createClient({
    url,
    disableOfflineQueue: true,
    // A Redis that accepts connections but never answers must not collect commands without bound.
    commandsQueueMaxLength: 1000,
    socket: {
      connectTimeout,
      reconnectStrategy: (retries: number) => Math.min(100 * 2 ** Math.min(retries, 10), 5000) + Math.floor(Math.random() * 100),
    },
  });
  client.on('error', (error: unknown) => options.events.onError(error));
  client.on('ready', () => options.events.onReady());
  let closed = false;
  const ready = new Promise<void>((resolve) => client.once('ready', () => resolve()));
  client.connect().catch((error: unknown) => {
    if (!closed) options.events.onError(error);
  });
  // Give the first connection a moment, so the first answers can use the cache; a Redis that is down
  // does not hold up startup longer than that (answers go uncached until it is up).
  let timer: NodeJS.Timeout | undefined;
  await Promise.race([ready, new Promise<void>((resolve) => (timer = setTimeout(resolve, connectTimeout)))]);
  clearTimeout(timer);
  const store = new KeyvRedis(client as never, { namespace: options.namespace, throwOnConnectError: true, throwOnErrors: true });
  // Errors reach us through the client's listener above; keyv re-emits the store's, which must not be unhandled.
  store.on('error', () => {});
  const keyv = new Keyv({ store, namespace: options.namespace, useKeyPrefix: false, throwOnErrors: true });
  keyv.on('error', () => {});
  return {
    keyv,
    description: redactUrl(url),
    shared: true,
    async close() {
      closed = true;
      try {
        if (client.isReady) await client.close();
        else client.destroy();
      } catch {
        client.destroy();
      }
    },
  };
}
