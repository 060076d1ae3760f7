/**
 * How long a story takes to be ready for every command the way the bot prepares it: loaded on the main
 * thread (src/story/loadStory.ts), then prepared by the worker threads in parallel (src/workers/), each
 * role timed in its own thread. Wall-clock times: on a machine shared with other work they grow with its load.
 */
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { createLogger } from '../../src/log.ts';
import { loadStory } from '../../src/story/loadStory.ts';
import { AnalysisPool } from '../../src/workers/analysisPool.ts';

export interface ReadyTimes {
  /** From the first file read to the story loaded on the main thread (the workers index it). */
  loadMs: number;
  /** From the start to every worker ready. */
  readyMs: number;
  /** Each role's own steps, as its worker logged them (ms). */
  roles: Record<string, Record<string, number>>;
  /** CPU (ms) of every thread of the process over the whole run, and the load average when it ended. */
  processCpuMs: number;
  loadAverage: number;
}

export async function readyWithWorkers(texts: readonly string[], workers = 3): Promise<ReadyTimes> {
  const dir = await mkdtemp(join(tmpdir(), 'storyline-ready-'));
  const roles: Record<string, Record<string, number>> = {};
  const logger = createLogger('info', (line) => {
    const m = line.match(/analysed \(([^)]+)\) (\{.*\})$/);
    if (m) roles[m[1]] = (JSON.parse(m[2]) as { ms: Record<string, number> }).ms;
  });
  const pool = new AnalysisPool({ logger, workers });
  try {
    await Promise.all(texts.map((text, i) => writeFile(join(dir, `${String(i).padStart(5, '0')}.txt`), text)));
    const cpu = process.cpuUsage();
    const start = performance.now();
    // As the bot loads it with worker threads: not indexed on the main thread (the workers index it).
    const story = await loadStory(dir, { index: false });
    const loadMs = performance.now() - start;
    await pool.prepare(story);
    const readyMs = performance.now() - start;
    const used = process.cpuUsage(cpu);
    return { loadMs: Math.round(loadMs), readyMs: Math.round(readyMs), roles, processCpuMs: Math.round((used.user + used.system) / 1000), loadAverage: Number(loadavg()[0].toFixed(1)) };
  } finally {
    await pool.close();
    await rm(dir, { recursive: true, force: true });
  }
}
