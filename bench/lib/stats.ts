import { cpus, totalmem } from 'node:os';

/** Milliseconds, rounded for a table. */
export function ms(value: number, digits = 3): number {
  return Number(value.toFixed(digits));
}

/** The p-th percentile (0–100) of ascending values, nearest rank. */
export function percentile(sorted: readonly number[], p: number): number {
  if (!sorted.length) return NaN;
  const rank = Math.ceil((p / 100) * sorted.length) - 1;
  return sorted[Math.min(sorted.length - 1, Math.max(0, rank))];
}

export interface Timing {
  runs: number;
  p50: number;
  p99: number;
  max: number;
  mean: number;
}

/** Summary of durations in ms. */
export function summarise(durations: readonly number[]): Timing {
  const sorted = [...durations].sort((a, b) => a - b);
  const total = sorted.reduce((a, b) => a + b, 0);
  return {
    runs: sorted.length,
    p50: ms(percentile(sorted, 50)),
    p99: ms(percentile(sorted, 99)),
    max: ms(sorted[sorted.length - 1] ?? NaN),
    mean: ms(total / (sorted.length || 1)),
  };
}

/** Times one call in ms. */
export async function time<T>(fn: () => T | Promise<T>): Promise<{ ms: number; value: T }> {
  const start = performance.now();
  const value = await fn();
  return { ms: performance.now() - start, value };
}

const gc = (globalThis as { gc?: () => void }).gc;

/** Whether memory figures are exact (node --expose-gc) or rough. */
export const exactMemory = typeof gc === 'function';

/** Live heap + array buffers in bytes, after a full collection when gc is exposed. */
export function liveBytes(): number {
  if (gc) {
    gc();
    gc();
  }
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}

export function megabytes(bytes: number): number {
  return Number((bytes / 1024 / 1024).toFixed(1));
}

/** The machine the figures were taken on. */
export function machine(): Record<string, unknown> {
  const cpu = cpus();
  return {
    cpu: cpu[0]?.model ?? 'unknown',
    cores: cpu.length,
    memoryGB: Number((totalmem() / 1024 ** 3).toFixed(1)),
    node: process.version,
    platform: `${process.platform}-${process.arch}`,
    gcExposed: exactMemory,
  };
}
