/**
 * Discord adapter: interaction → reply latency over loopback, with the real discord.js Client logged
 * in to the fake Discord of the end-to-end tests. Measures from the moment the fake dispatches
 * INTERACTION_CREATE to the moment it receives the reply (gateway + discord.js + handler + render +
 * REST). Sequential ("in a row") and all-at-once. The bot answers as `npm start` does: from the worker
 * threads (src/workers/; BENCH_WORKERS=0 answers on the main thread). Bursts count an interaction in time
 * when Discord got its first callback (the answer, or a deferral) within 3 s of sending it.
 * BENCH_COLD_BURST=N measures only the first burst of N after start-up (run it in a fresh process per N).
 */
import { join } from 'node:path';
import { startBot } from '../../src/adapters/discord/bot.ts';
import { deployCommands } from '../../src/adapters/discord/deployCommands.ts';
import { noCache } from '../../src/cache/answerCache.ts';
import { loadCommands } from '../../src/commands/registry.ts';
import { readSettings } from '../../src/config.ts';
import { silentLogger } from '../../src/log.ts';
import { loadStory } from '../../src/story/loadStory.ts';
import { AnalysisPool } from '../../src/workers/analysisPool.ts';
import { FakeDiscord, type InteractionRecord } from '../../test/fakeDiscord/fakeDiscord.ts';

export const title = 'Discord: interaction → reply over loopback (fake Discord, real discord.js client)';

const TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.bench-token.not-a-real-secret';
const QUESTIONS = ['who said it was a success?', 'when was the invitation announced?', 'what did the press secretary say?', 'summit in Helsinki', 'second meeting'];

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))];
}

/** Discord drops an interaction not acknowledged within this. */
const DEADLINE_MS = 3_000;

const round = (ms: number) => Math.round(ms * 100) / 100;

/** Sends `size` /ask at once; counts those not acknowledged (answered or deferred) within 3 s, and the slowest. */
async function burstOf(fake: FakeDiscord, size: number): Promise<{ late: number; slowestAckMs: number; allAnsweredMs: number; lost: number }> {
  const start = performance.now();
  const sent: InteractionRecord[] = Array.from({ length: size }, (_, i) => fake.slashCommand('ask', { question: QUESTIONS[i % QUESTIONS.length] }));
  const acked = new Array<number>(size).fill(0);
  const watch = setInterval(() => {
    const now = performance.now() - start;
    sent.forEach((r, i) => {
      if (!acked[i] && r.callbacks.length) acked[i] = now;
    });
  }, 5);
  const settled = await Promise.allSettled(sent.map((r) => fake.answerOf(r, 60_000)));
  const allAnsweredMs = performance.now() - start;
  clearInterval(watch);
  sent.forEach((r, i) => {
    if (!acked[i]) acked[i] = r.callbacks.length ? allAnsweredMs : Infinity;
  });
  return { late: acked.filter((ms) => ms > DEADLINE_MS).length, slowestAckMs: Math.round(Math.max(...acked)), allAnsweredMs: Math.round(allAnsweredMs), lost: settled.filter((x) => x.status === 'rejected').length };
}

export default async function bench(ctx: { quick: boolean }): Promise<Record<string, unknown>> {
  const sequential = ctx.quick ? 200 : 1000;
  const burst = ctx.quick ? 200 : 1000;
  const fake = await FakeDiscord.start({ token: TOKEN });
  const story = await loadStory(join(import.meta.dirname, '..', '..', 'seeds'));
  const commands = await loadCommands();
  await deployCommands({ token: TOKEN, guildId: fake.guildId, apiBase: fake.apiBase, commands: commands.values() });
  const settings = readSettings({ DISCORD_TOKEN: TOKEN, DISCORD_GUILD_ID: fake.guildId, DISCORD_API_BASE: fake.apiBase, COOLDOWN_SECONDS: '0', LOG_LEVEL: 'silent' });
  const pool = process.env.BENCH_WORKERS === '0' ? undefined : new AnalysisPool({ logger: silentLogger });
  await pool?.prepare(story);
  const bot = await startBot({ settings, commands: pool ? pool.wrap(commands) : commands, getStory: () => story, cache: noCache, logger: silentLogger });
  try {
    const cold = Number(process.env.BENCH_COLD_BURST);
    if (cold > 0) return { workers: !!pool, coldBurst: cold, ...(await burstOf(fake, cold)) };
    // Warm up (JIT, connection pool).
    for (let i = 0; i < 20; i++) await fake.answerOf(fake.slashCommand('ask', { question: QUESTIONS[i % QUESTIONS.length] }));
    const times: number[] = [];
    let lost = 0;
    for (let i = 0; i < sequential; i++) {
      const name = i % 5 === 4 ? 'sources' : 'ask';
      const options: Record<string, string> = name === 'ask' ? { question: QUESTIONS[i % QUESTIONS.length] } : {};
      const start = performance.now();
      const record = fake.slashCommand(name, options, { id: `3000000000000${String(i % 50).padStart(5, '0')}` });
      try {
        await fake.answerOf(record, 10_000);
        times.push(performance.now() - start);
      } catch {
        lost += 1;
      }
    }
    times.sort((a, b) => a - b);

    const burstStart = performance.now();
    const records = Array.from({ length: burst }, (_, i) => fake.slashCommand('ask', { question: QUESTIONS[i % QUESTIONS.length] }));
    const settled = await Promise.allSettled(records.map((r) => fake.answerOf(r, 60_000)));
    const burstMs = performance.now() - burstStart;
    const burstLost = settled.filter((s) => s.status === 'rejected').length;
    const answeredTwice = records.filter((r) => r.answers.length > 1).length;
    // The largest burst whose every interaction is answered within Discord's 3 s deadline.
    const bursts: Record<string, unknown>[] = [];
    let largestInTime = 0;
    for (const size of ctx.quick ? [100, 200] : [100, 200, 300, 400, 500, 700, 1000, 1500, 2000]) {
      const result = await burstOf(fake, size);
      bursts.push({ burst: size, 'acknowledged after 3 s': result.late, 'slowest acknowledgement ms': result.slowestAckMs, 'all answered ms': result.allAnsweredMs, lost: result.lost });
      if (result.late === 0 && !result.lost) largestInTime = size;
      await new Promise((resolve) => setTimeout(resolve, 500));
    }
    return {
      workers: !!pool,
      interactions: sequential,
      answered: times.length,
      lost,
      p50Ms: round(percentile(times, 50)),
      p99Ms: round(percentile(times, 99)),
      maxMs: round(times[times.length - 1]),
      burst,
      burstLost,
      burstAnsweredTwice: answeredTwice,
      burstAllAnsweredMs: Math.round(burstMs),
      bursts,
      largestBurstInTime: largestInTime,
      deferred: [...fake.interactions.values()].filter((r) => r.callbacks[0]?.type === 5).length,
    };
  } finally {
    await bot.stop();
    await pool?.close();
    await fake.close();
  }
}
