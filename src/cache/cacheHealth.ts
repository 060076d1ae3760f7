import type { Logger } from '../log.ts';

export class CacheTimeoutError extends Error {
  override name = 'CacheTimeoutError';
}

export interface CacheHealthOptions {
  logger: Logger;
  /** Names the backend in log lines (the URL without credentials). */
  backend: string;
  /** After a failure, the cache is bypassed this long before it is tried again. */
  retryAfterMs?: number;
  /** At most one "cache failing" log line per this interval. */
  logIntervalMs?: number;
  now?: () => number;
}

/**
 * A circuit breaker for the cache backend. A failure (error or timeout) opens it: answers skip the
 * cache (no waiting on a dead backend) until `retryAfterMs` has passed, when one operation probes the
 * backend again; a success closes it. Failures are logged at most once per `logIntervalMs`, with a
 * count of the ones not logged; recovery is logged once after a logged failure.
 */
export class CacheHealth {
  private readonly logger: Logger;
  private readonly backend: string;
  private readonly retryAfterMs: number;
  private readonly logIntervalMs: number;
  private readonly now: () => number;
  private openUntil = 0;
  private lastLogAt = -Infinity;
  private unlogged = 0;
  private failingLogged = false;
  /** Failures and recoveries since creation (for tests and the bench). */
  failures = 0;
  recoveries = 0;

  constructor(options: CacheHealthOptions) {
    this.logger = options.logger;
    this.backend = options.backend;
    this.retryAfterMs = options.retryAfterMs ?? 2000;
    this.logIntervalMs = options.logIntervalMs ?? 60_000;
    this.now = options.now ?? Date.now;
  }

  /** Whether the cache should be used now (closed, or open long enough to probe again). */
  get usable(): boolean {
    return this.now() >= this.openUntil;
  }

  failure(error: unknown): void {
    this.failures++;
    this.openUntil = this.now() + this.retryAfterMs;
    const now = this.now();
    if (now - this.lastLogAt < this.logIntervalMs) {
      this.unlogged++;
      return;
    }
    const context: Record<string, unknown> = { backend: this.backend, error: describeError(error) };
    if (this.unlogged) context.notLogged = this.unlogged;
    this.logger.warn('answer cache unavailable; answering without it', context);
    this.lastLogAt = now;
    this.unlogged = 0;
    this.failingLogged = true;
  }

  success(): void {
    if (this.openUntil === 0) return;
    this.openUntil = 0;
    this.recoveries++;
    if (this.failingLogged) {
      this.logger.info('answer cache is back', { backend: this.backend });
      this.failingLogged = false;
    }
  }

  /**
   * Runs a cache operation within `timeoutMs`. Resolves to the result, or to `fallback` when the
   * cache is bypassed, fails or is too slow (the late operation's outcome is ignored, never unhandled).
   */
  async guard<T>(operation: () => Promise<T>, timeoutMs: number, fallback: T): Promise<T> {
    if (!this.usable) return fallback;
    let timer: NodeJS.Timeout | undefined;
    const pending = Promise.resolve().then(operation);
    pending.catch(() => {});
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new CacheTimeoutError(`no answer from the cache within ${timeoutMs} ms`)), timeoutMs);
    });
    try {
      const result = await Promise.race([pending, timeout]);
      this.success();
      return result;
    } catch (error) {
      this.failure(error);
      return fallback;
    } finally {
      clearTimeout(timer);
    }
  }
}

function describeError(error: unknown): string {
  if (error instanceof Error) return `${error.name === 'Error' ? '' : error.name + ': '}${error.message}`.trim() || error.name;
  return String(error);
}
