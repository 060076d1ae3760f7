import type Keyv from 'keyv';
import type { Command, CommandContext, CommandOptions } from '../commands/command.ts';
import { silentLogger, type Logger } from '../log.ts';
import type { Story } from '../story/story.ts';
import type { AnswerCache, CachedEntry, CachedRun } from './answerCache.ts';
import { createBackend, redactUrl, type CacheBackend } from './cacheBackend.ts';
import { CacheHealth } from './cacheHealth.ts';
import { CACHE_FORMAT, cacheKey, isCacheKey } from './cacheKey.ts';
import { codeVersion as defaultCodeVersion } from './codeVersion.ts';

export interface AnswerCacheOptions {
  /** keyv URL (CACHE_URL); unset = bounded in-memory LRU. */
  url?: string;
  ttlSeconds: number;
  /** Bound of the in-memory store. */
  maxEntries: number;
  logger?: Logger;
  /** Longest a cache read or write may delay an answer. */
  timeoutMs?: number;
  /** After a failure, how long answers skip the cache before it is tried again. */
  retryAfterMs?: number;
  /** At most one failure log line per this interval. */
  logIntervalMs?: number;
  /** Part of every key, so a deploy never serves answers built by older code. Defaults to the package version. */
  codeVersion?: string;
  /** Key prefix in a shared backend. */
  namespace?: string;
  now?: () => number;
}

interface StoredEntry {
  format: number;
  command: string;
  storyVersion: string;
  options: CommandOptions;
  answer: unknown;
}

export interface CacheStats {
  hits: number;
  misses: number;
  /** Runs that skipped the cache because it was failing. */
  bypassed: number;
}

function isStoredEntry(value: unknown): value is StoredEntry {
  if (!value || typeof value !== 'object') return false;
  const entry = value as Partial<StoredEntry>;
  return entry.format === CACHE_FORMAT && typeof entry.command === 'string' && typeof entry.storyVersion === 'string' && !!entry.options && typeof entry.options === 'object' && 'answer' in entry;
}

/** Options as stored: only string values (what a later page request needs to know). */
function plainOptions(options: CommandOptions): CommandOptions {
  const out: CommandOptions = {};
  for (const [name, value] of Object.entries(options)) if (typeof value === 'string') out[name] = value;
  return out;
}

/**
 * The answer cache over any keyv store. Reads and writes are bounded by `timeoutMs`; a failing backend
 * trips a breaker (see CacheHealth) so answers go uncached, without waiting, until it is back.
 * Identical runs in flight at the same time share one handler call.
 */
export class KeyvAnswerCache implements AnswerCache {
  readonly stats: CacheStats = { hits: 0, misses: 0, bypassed: 0 };
  private readonly keyv: Keyv;
  private readonly ttlMs: number;
  private readonly timeoutMs: number;
  private readonly codeVersion: string;
  private readonly inflight = new Map<string, Promise<CachedRun<unknown>>>();

  constructor(
    private readonly backend: CacheBackend,
    readonly health: CacheHealth,
    options: { ttlSeconds: number; timeoutMs?: number; codeVersion?: string },
  ) {
    this.keyv = backend.keyv;
    this.ttlMs = options.ttlSeconds * 1000;
    this.timeoutMs = options.timeoutMs ?? 150;
    this.codeVersion = options.codeVersion ?? '';
  }

  get description(): string {
    return this.backend.description;
  }

  keyFor(command: Pick<Command, 'name'>, story: Pick<Story, 'version'>, options: CommandOptions): string {
    return cacheKey({ storyVersion: story.version, command: command.name, options, codeVersion: this.codeVersion });
  }

  async run<Answer>(command: Command<Answer>, story: Story, options: CommandOptions, context?: CommandContext): Promise<CachedRun<Answer>> {
    const key = this.keyFor(command, story, options);
    const running = this.inflight.get(key) as Promise<CachedRun<Answer>> | undefined;
    // The same answer for everyone who asked the same at once, not a copy each (a /timeline of a large story
    // is megabytes): presenting and rendering never change an answer (test/render/answersUnchanged.test.ts).
    if (running) return running;
    const work = this.runUncoalesced(command, story, options, key, context);
    this.inflight.set(key, work);
    try {
      return await work;
    } finally {
      this.inflight.delete(key);
    }
  }

  private async runUncoalesced<Answer>(command: Command<Answer>, story: Story, options: CommandOptions, key: string, context?: CommandContext): Promise<CachedRun<Answer>> {
    if (!this.health.usable) this.stats.bypassed++;
    const stored = await this.health.guard(() => this.keyv.get(key), this.timeoutMs, undefined);
    if (isStoredEntry(stored) && stored.command === command.name && stored.storyVersion === story.version) {
      this.stats.hits++;
      return { answer: stored.answer as Answer, key, cached: true };
    }
    this.stats.misses++;
    const answer = await command.handler(story, options, context);
    const entry: StoredEntry = { format: CACHE_FORMAT, command: command.name, storyVersion: story.version, options: plainOptions(options), answer };
    await this.health.guard(() => this.keyv.set(key, entry, this.ttlMs), this.timeoutMs, false);
    return { answer, key, cached: false };
  }

  async get(key: string): Promise<CachedEntry | undefined> {
    if (!isCacheKey(key)) return undefined;
    const stored = await this.health.guard(() => this.keyv.get(key), this.timeoutMs, undefined);
    if (!isStoredEntry(stored)) return undefined;
    return { command: stored.command, options: stored.options, answer: stored.answer, storyVersion: stored.storyVersion };
  }

  async close(): Promise<void> {
    await this.backend.close();
  }
}

/**
 * The answer cache for a process: CACHE_URL unset = bounded in-memory LRU; redis:// = shared Redis.
 * Throws CacheConfigError for a URL it cannot use (a startup error). A backend that is down at startup
 * is not an error: answers go uncached until it comes up.
 */
export async function createAnswerCache(options: AnswerCacheOptions): Promise<KeyvAnswerCache> {
  const logger = options.logger ?? silentLogger;
  // The breaker exists before the backend, so failures while it first connects are counted and logged.
  const health = new CacheHealth({
    logger,
    backend: options.url ? redactUrl(options.url) : 'memory',
    retryAfterMs: options.retryAfterMs,
    logIntervalMs: options.logIntervalMs,
    now: options.now,
  });
  const events = { onError: (error: unknown) => health.failure(error), onReady: () => health.success() };
  const namespace = options.namespace ?? 'storyline';
  const backend = await createBackend(options.url, { maxEntries: options.maxEntries, namespace, events });
  logger.debug('answer cache configured', { backend: backend.description, ttlSeconds: options.ttlSeconds });
  return new KeyvAnswerCache(backend, health, {
    ttlSeconds: options.ttlSeconds,
    timeoutMs: options.timeoutMs,
    codeVersion: options.codeVersion ?? defaultCodeVersion(),
  });
}

/** Cache options from the process settings (src/config.ts). */
export function answerCacheOptions(settings: { cacheUrl?: string; cacheTtlSeconds: number; cacheMaxEntries: number }, logger?: Logger): AnswerCacheOptions {
  return { url: settings.cacheUrl, ttlSeconds: settings.cacheTtlSeconds, maxEntries: settings.cacheMaxEntries, logger };
}
