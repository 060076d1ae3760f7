import { REST } from '@discordjs/rest';
import { Routes, ShardingManager, type RESTGetAPIGatewayBotResult, type Shard } from 'discord.js';
import type { ChildProcess } from 'node:child_process';
import type { Settings } from '../../config.ts';
import type { Logger } from '../../log.ts';

/**
 * SHARD_COUNT: one gateway connection per process, started and watched by discord.js's
 * ShardingManager. The manager process only spawns shards (each runs the usual entry point, which
 * sees SHARDING_MANAGER in its environment and logs in as its own shard), restarts a shard whose
 * process dies (backing off when it keeps dying), and on SIGINT/SIGTERM stops them all and waits.
 */

/** The shard id this process runs as, when the ShardingManager started it. */
export function shardOfThisProcess(env: NodeJS.ProcessEnv = process.env): number | undefined {
  if (!env.SHARDING_MANAGER) return undefined;
  const id = Number(env.SHARDS);
  return Number.isInteger(id) ? id : undefined;
}

/** In a shard process: shut down (as on SIGTERM) when the manager goes away, instead of running orphaned. */
export function stopWithManager(): void {
  if (process.send) process.once('disconnect', () => process.kill(process.pid, 'SIGTERM'));
}

/** Discord's recommended shard count and how many shards may identify at once, from GET /gateway/bot. */
export async function gatewayInfo(token: string, apiBase?: string): Promise<{ shards: number; maxConcurrency: number }> {
  const rest = new REST({ version: '10', ...(apiBase ? { api: apiBase } : {}) }).setToken(token);
  const info = (await rest.get(Routes.gatewayBot())) as RESTGetAPIGatewayBotResult;
  return { shards: Math.max(1, info.shards), maxConcurrency: Math.max(1, info.session_start_limit?.max_concurrency ?? 1) };
}

/**
 * How long to wait before restarting a shard that died: 1 s, doubling for each death in a row of a
 * shard that lived less than a minute, up to 5 minutes. A shard that cannot start (a bad story
 * folder, Discord refusing it) must not spend the 1,000 IDENTIFYs a day Discord allows in minutes.
 */
export function restartDelayMs(deathsInARow: number): number {
  return Math.min(1000 * 2 ** Math.max(0, deathsInARow - 1), 300_000);
}

/** Discord allows one IDENTIFY per 5 s per max_concurrency bucket; spawning that far apart keeps within it. */
export function spawnDelayMs(maxConcurrency: number): number {
  return Math.ceil(5500 / Math.max(1, maxConcurrency));
}

export interface ShardManagerOptions {
  settings: Settings;
  /** The entry point each shard process runs (src/main.ts). */
  script: string;
  logger: Logger;
  /** How long a shard may take to become ready; default 60 s. */
  readyTimeoutMs?: number;
}

/** Runs the shards until SIGINT or SIGTERM; resolves to the exit code. */
export async function runShardManager(options: ShardManagerOptions): Promise<number> {
  const { settings, logger } = options;
  const token = settings.discordToken;
  if (!token) {
    process.stderr.write('storyline cannot start shards: DISCORD_TOKEN is not set\n');
    return 1;
  }
  let count: number;
  let maxConcurrency = 1;
  try {
    const info = await gatewayInfo(token, settings.discordApiBase);
    maxConcurrency = info.maxConcurrency;
    count = settings.shardCount === 'auto' || settings.shardCount === undefined ? info.shards : settings.shardCount;
  } catch (err) {
    if (settings.shardCount === 'auto' || settings.shardCount === undefined) {
      process.stderr.write(`storyline cannot ask Discord how many shards to run (SHARD_COUNT=auto): ${(err as Error).message}\n`);
      return 1;
    }
    logger.warn('could not read the gateway limits; spawning shards 5.5 s apart', { error: err as Error });
    count = settings.shardCount;
  }
  // The manager's own respawn restarts at once, forever; restarts here back off instead (restartDelayMs).
  const manager = new ShardingManager(options.script, { totalShards: count, token, execArgv: process.execArgv, respawn: false, mode: 'process' });
  const readyTimeoutMs = options.readyTimeoutMs ?? 60_000;
  let stopping = false;
  const restarts = new Set<NodeJS.Timeout>();
  manager.on('shardCreate', (shard: Shard) => {
    let spawnedAt = 0;
    let deathsInARow = 0;
    // A shard that dies before it was ever ready fails the start (manager.spawn rejects) instead.
    let everReady = false;
    shard.once('ready', () => (everReady = true));
    // mode 'process': every shard runs in a ChildProcess.
    shard.on('spawn', (child) => {
      spawnedAt = Date.now();
      logger.info('shard process started', { shard: shard.id, of: count, pid: (child as ChildProcess).pid });
    });
    shard.on('death', (died) => {
      const child = died as ChildProcess;
      if (stopping || !everReady) return;
      deathsInARow = Date.now() - spawnedAt < 60_000 ? deathsInARow + 1 : 1;
      const delayMs = restartDelayMs(deathsInARow);
      logger.warn('shard process died; restarting it', { shard: shard.id, pid: child.pid, code: child.exitCode, signal: child.signalCode, inMs: delayMs });
      const timer = setTimeout(() => {
        restarts.delete(timer);
        if (!stopping) shard.spawn(readyTimeoutMs).catch((err: Error) => logger.error('restarted shard did not become ready', { shard: shard.id, error: err }));
      }, delayMs);
      restarts.add(timer);
    });
    shard.on('error', (err: Error) => logger.error('shard error', { shard: shard.id, error: err }));
  });
  const stopped = new Promise<number>((resolve) => {
    const stop = (signal: string) => {
      if (stopping) return;
      stopping = true;
      for (const timer of restarts) clearTimeout(timer);
      logger.info(`${signal}: stopping ${manager.shards.size} shard(s)`);
      void stopShards([...manager.shards.values()]).then(() => {
        logger.info('all shards stopped');
        resolve(0);
      });
    };
    process.once('SIGINT', () => stop('SIGINT'));
    process.once('SIGTERM', () => stop('SIGTERM'));
  });
  logger.info('starting shards', { shards: count, maxConcurrency, delayMs: spawnDelayMs(maxConcurrency) });
  const spawned = manager.spawn({ amount: count, delay: spawnDelayMs(maxConcurrency), timeout: readyTimeoutMs }).then(
    () => {
      if (!stopping) logger.info('all shards ready', { shards: count });
      return undefined;
    },
    (err: Error) => err,
  );
  const outcome = await Promise.race([stopped, spawned]);
  if (outcome instanceof Error && !stopping) {
    logger.error('a shard did not start; stopping', { error: outcome });
    stopping = true;
    await stopShards([...manager.shards.values()]);
    return 1;
  }
  return stopped;
}

/** SIGTERM to every shard process (each drains its answers in flight), SIGKILL after 15 s. */
async function stopShards(shards: Shard[]): Promise<void> {
  await Promise.all(
    shards.map(async (shard) => {
      const child = shard.process;
      if (!child || child.exitCode !== null || child.signalCode !== null) return;
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 15_000);
      await exited;
      clearTimeout(timer);
    }),
  );
}
