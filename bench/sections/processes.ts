/**
 * Running at scale: interactions answered per second by one HTTP interactions process, then by two
 * on different ports against the same Redis (round robin, as a load balancer would), each a real
 * `npm start` child process answering signed requests from the fake Discord; and what the Ed25519
 * signature check costs per request. Every question is different (a number appended), so every
 * answer is computed and written to Redis rather than served from the cache.
 */
import { readFileSync } from 'node:fs';
import { loadavg } from 'node:os';
import { join } from 'node:path';
import { isSignedByDiscord, publicKeyFromHex } from '../../src/adapters/discord/signature.ts';
import { FakeDiscord } from '../../test/fakeDiscord/fakeDiscord.ts';
import { createApplicationKeys } from '../../test/fakeDiscord/signing.ts';
import { findRedisServer, startRedis } from '../../test/helpers/redis.ts';
import { startStoryline, type StorylineProcess } from '../../test/helpers/storylineProcess.ts';
import { summarise } from '../lib/stats.ts';

export const title = 'Running at scale: HTTP interaction processes sharing one Redis, and the signature check';
export const skipInQuick = true;

const TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.bench-token.not-a-real-secret';
const QUESTIONS = ['who said it was a success?', 'when was the invitation announced?', 'what did the press secretary say?', 'summit in Helsinki', 'second meeting'];

export default async function bench(): Promise<Record<string, unknown>> {
  const binary = findRedisServer();
  if (!binary) throw new Error('needs redis-server (apt-get install -y redis-server, or REDIS_SERVER=/path)');
  const loadAtStart = loadavg()[0];
  const keys = createApplicationKeys();
  const signatureCheck = measureSignatureCheck(keys);
  const redis = await startRedis(binary);
  const fake = await FakeDiscord.start({ token: TOKEN });
  const processes: StorylineProcess[] = [];
  try {
    const endpoints: string[] = [];
    for (let i = 0; i < 2; i++) {
      const p = startStoryline({
        INTERACTIONS_PORT: '0',
        INTERACTIONS_HOST: '127.0.0.1',
        DISCORD_PUBLIC_KEY: keys.publicKeyHex,
        DISCORD_API_BASE: fake.apiBase,
        STORY_DIR: join(import.meta.dirname, '..', '..', 'seeds'),
        CACHE_URL: redis.url,
        COOLDOWN_SECONDS: '0',
        LOG_LEVEL: 'info',
      });
      processes.push(p);
      const [, port] = await p.waitFor(/interactions endpoint listening \{"port":(\d+)/, 60_000);
      endpoints.push(`http://127.0.0.1:${port}/`);
    }
    for (const endpoint of endpoints) await ready(endpoint);
    // The background warm-up (every analysis built once) must not run inside a measurement.
    for (const p of processes) await p.waitFor(/analyses ready/, 120_000);
    let asked = 0;
    const drive = async (targets: string[], count: number, concurrency: number) => {
      const latencies: number[] = [];
      let lost = 0;
      let next = 0;
      const started = performance.now();
      const cpuBefore = processes.map((p) => cpuMs(p.child.pid!));
      const benchCpuBefore = process.cpuUsage();
      const worker = async () => {
        while (next < count) {
          const i = next++;
          const n = asked++;
          const payload = fake.slashCommandPayload('ask', { question: `${QUESTIONS[n % QUESTIONS.length]} ${n}` }, { id: `3000000000${String(n).padStart(8, '0')}` });
          const t0 = performance.now();
          try {
            const { status, record } = await fake.deliverOverHttp(targets[i % targets.length], payload, keys.sign);
            if (status !== 200) throw new Error(`HTTP ${status}`);
            await fake.answerOf(record, 30_000);
            latencies.push(performance.now() - t0);
          } catch {
            lost += 1;
          }
        }
      };
      await Promise.all(Array.from({ length: concurrency }, worker));
      const seconds = (performance.now() - started) / 1000;
      const timing = summarise(latencies);
      const serverCpuMs = processes.reduce((sum, p, i) => sum + cpuMs(p.child.pid!) - cpuBefore[i], 0);
      const benchCpu = process.cpuUsage(benchCpuBefore);
      return {
        interactionsPerSecond: Math.round(latencies.length / seconds),
        answered: latencies.length,
        lost,
        p50Ms: timing.p50,
        p99Ms: timing.p99,
        // CPU time is what a busy shared machine inflates least: the storyline processes' per answer, and the
        // bench's (signing, the fake Discord) per answer.
        serverCpuMsPerInteraction: Number((serverCpuMs / latencies.length).toFixed(2)),
        benchCpuMsPerInteraction: Number(((benchCpu.user + benchCpu.system) / 1000 / latencies.length).toFixed(2)),
      };
    };
    // Warm up both (JIT, analyses, connection pools).
    await drive(endpoints, 400, 16);
    const count = 2000;
    const concurrency = 16;
    const one = await drive(endpoints.slice(0, 1), count, concurrency);
    const two = await drive(endpoints, count, concurrency);
    return {
      note: `${count} signed /ask interactions each run, ${concurrency} in flight, every question different; the bench, the fake Discord, Redis and the processes share this machine's cores`,
      oneProcess: one,
      twoProcesses: two,
      speedup: Number((two.interactionsPerSecond / one.interactionsPerSecond).toFixed(2)),
      // Other work on a shared machine slows every figure here: the 1-minute load average before and after.
      loadAverage1m: `${loadAtStart.toFixed(1)} → ${loadavg()[0].toFixed(1)}`,
      signatureCheckMicroseconds: signatureCheck,
    };
  } finally {
    await Promise.all(processes.map((p) => p.stop('SIGTERM')));
    await fake.close();
    await redis.dispose();
  }
}

/** CPU time (user + system) a process has used, in ms, from /proc (Linux). */
function cpuMs(pid: number): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return ((Number(fields[11]) + Number(fields[12])) * 1000) / 100;
  } catch {
    return NaN;
  }
}

async function ready(endpoint: string): Promise<void> {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    const res = await fetch(new URL('/health', endpoint)).catch(() => undefined);
    if (res?.status === 200) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${endpoint} never became healthy`);
}

/** The check every request pays: Ed25519 verify of timestamp + a typical slash-command body. */
function measureSignatureCheck(keys: ReturnType<typeof createApplicationKeys>): Record<string, number> {
  const key = publicKeyFromHex(keys.publicKeyHex);
  const body = Buffer.from(JSON.stringify({ type: 2, id: '1', token: 'x'.repeat(200), data: { name: 'ask', options: [{ name: 'question', type: 3, value: 'who said it was a success?' }] }, member: { user: { id: '1', username: 'reader' } } }));
  const timestamp = '1700000000';
  const signature = keys.sign(timestamp, body.toString());
  const runs = 20_000;
  for (let i = 0; i < 2000; i++) isSignedByDiscord(key, signature, timestamp, body);
  const started = performance.now();
  const cpu = process.cpuUsage();
  let ok = 0;
  for (let i = 0; i < runs; i++) if (isSignedByDiscord(key, signature, timestamp, body)) ok += 1;
  const used = process.cpuUsage(cpu);
  const wall = ((performance.now() - started) * 1000) / runs;
  if (ok !== runs) throw new Error('the signature check refused a good signature');
  // CPU time per check is the cost; wall time adds whatever else the machine was running.
  return { cpuPerRequest: Number(((used.user + used.system) / runs).toFixed(1)), wallPerRequest: Number(wall.toFixed(1)), runs, bodyBytes: body.length };
}
