import { dirname, join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { createAnswerCache, type KeyvAnswerCache } from '../../src/cache/answerCache.ts';
import { type Command, type CommandOptions, UserInputError } from '../../src/commands/command.ts';
import { loadCommands } from '../../src/commands/registry.ts';
import { loadStory } from '../../src/story/loadStory.ts';
import type { Story } from '../../src/story/story.ts';
import { random } from '../lib/brownCorpus.ts';
import { findRedisServer, startRedis, type TestRedis } from '../../test/helpers/redis.ts';

export const title = 'Answer cache: cached vs uncached latency per command, hit rate over a replayed query mix';

const SEEDS = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'seeds');

const STOP = new Set('the and that with from this have were been their there which about would could after before when what where while into over said says also than they them will more most some other only just such'.split(' '));

/**
 * Queries built from the story itself (no list tuned to any story): for evenly spaced sentences, a
 * question made of its three longest content words, asked as "who"/"what"/"when" or as bare words.
 */
function storyQueries(story: Story, count: number): string[] {
  const out = new Set<string>();
  const step = Math.max(1, Math.floor(story.sentences.length / count));
  const forms = ['who {}', 'what about {}', 'when {}', '{}'];
  for (let i = 0; i < story.sentences.length && out.size < count; i += step) {
    const words = (story.sentences[i].text.match(/[\p{L}][\p{L}'’-]{3,}/gu) ?? []).filter((w) => !STOP.has(w.toLowerCase()));
    const picked = [...new Set(words)].sort((a, b) => b.length - a.length).slice(0, 3);
    if (picked.length) out.add(forms[out.size % forms.length].replace('{}', picked.join(' ')));
  }
  return [...out];
}

/**
 * Option sets a command can be asked with. Candidate values per option: autocomplete's own
 * suggestions, else story queries interleaved with the articles' publication dates; only values the
 * handler accepts (no UserInputError) are kept. Each set fills the required options and at most one
 * optional one, in turn.
 */
async function optionSets(command: Command, story: Story, queries: string[]): Promise<CommandOptions[]> {
  const text = command.options.filter((o) => o.type === 'string');
  if (!text.length) return [{}];
  const dates = [...new Set(story.articles.map((a) => a.meta.published).filter((d): d is string => !!d))];
  const required = text.filter((o) => o.required);
  const base = (i: number): CommandOptions => Object.fromEntries(required.map((o) => [o.name, values.get(o.name)![i % values.get(o.name)!.length]]));
  const values = new Map<string, string[]>();
  for (const option of text) {
    const suggested = option.autocomplete && command.autocomplete ? (await command.autocomplete(story, option.name, '')).map((c) => c.value) : [];
    const candidates = suggested.length ? suggested : queries.flatMap((q, i) => (i < dates.length ? [q, dates[i]] : [q]));
    const accepted: string[] = [];
    for (const raw of candidates) {
      const value = option.maxLength ? raw.slice(0, option.maxLength) : raw;
      const probe: CommandOptions = { [option.name]: value };
      for (const other of required) if (other !== option) probe[other.name] ??= queries[0];
      try {
        await command.handler(story, probe);
        accepted.push(value);
      } catch {
        // not a value this option takes
      }
    }
    if (accepted.length) values.set(option.name, accepted);
  }
  if (required.some((o) => !values.has(o.name))) return [];
  const optional = text.filter((o) => !o.required && values.has(o.name));
  const sets: CommandOptions[] = [];
  if (!required.length) sets.push({});
  for (let i = 0; i < queries.length; i++) {
    const options = required.length ? base(i) : {};
    const extra = optional.length ? optional[i % (optional.length + (required.length ? 1 : 0))] : undefined;
    if (extra) {
      const pool = values.get(extra.name)!;
      options[extra.name] = pool[Math.floor(i / optional.length) % pool.length];
    }
    if (Object.keys(options).length) sets.push(options);
  }
  return sets;
}

/** How a user might type the same thing: case, spacing, a question mark. */
function retype(options: CommandOptions, rnd: () => number): CommandOptions {
  const out: CommandOptions = {};
  for (const [name, value] of Object.entries(options)) {
    if (value === undefined) continue;
    let v = value;
    const r = rnd();
    if (r < 0.25) v = v.toUpperCase();
    else if (r < 0.5) v = v.replace(/^\p{L}/u, (c) => c.toUpperCase()) + '?';
    else if (r < 0.6) v = `  ${v.replace(/ /g, '  ')} `;
    out[name] = v;
  }
  return out;
}

const ms = (x: number) => Math.round(x * 1000) / 1000;
function quantile(values: number[], q: number): number {
  if (!values.length) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))];
}

async function timed<T>(work: () => Promise<T> | T): Promise<[T, number]> {
  const start = performance.now();
  const result = await work();
  return [result, performance.now() - start];
}

/** Handler alone, a miss through the cache (read + handler + write), and a hit, per command. */
async function latencyPerCommand(cache: KeyvAnswerCache, commands: Map<string, Command>, story: Story, queries: string[], samples: number) {
  const table: Record<string, unknown> = {};
  for (const command of commands.values()) {
    const handler: number[] = [];
    const miss: number[] = [];
    const hit: number[] = [];
    let rejected = 0;
    for (const options of (await optionSets(command, story, queries)).slice(0, samples)) {
      try {
        handler.push((await timed(() => command.handler(story, options)))[1]);
        const [first, missMs] = await timed(() => cache.run(command, story, options));
        const [second, hitMs] = await timed(() => cache.run(command, story, options));
        if (!first.cached) miss.push(missMs);
        if (second.cached) hit.push(hitMs);
      } catch (error) {
        if (!(error instanceof UserInputError)) throw error;
        rejected++;
      }
    }
    table[command.name] = {
      samples: handler.length,
      ...(rejected ? { rejectedAsUserInput: rejected } : {}),
      handlerP50Ms: ms(quantile(handler, 0.5)),
      uncachedP50Ms: ms(quantile(miss, 0.5)),
      uncachedP95Ms: ms(quantile(miss, 0.95)),
      cachedP50Ms: ms(quantile(hit, 0.5)),
      cachedP95Ms: ms(quantile(hit, 0.95)),
      speedup: Math.round((quantile(miss, 0.5) / quantile(hit, 0.5)) * 10) / 10,
    };
  }
  return table;
}

/** Replays a Zipf-distributed mix of questions (retyped at random) through a fresh cache; the hit rate. */
async function replay(cache: KeyvAnswerCache, commands: Map<string, Command>, story: Story, queries: string[], length: number) {
  const rnd = random(7);
  const pool: [Command, CommandOptions][] = [];
  for (const command of commands.values()) for (const options of await optionSets(command, story, queries)) pool.push([command, options]);
  for (let i = pool.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [pool[i], pool[j]] = [pool[j], pool[i]];
  }
  // Zipf (s = 1): the i-th most popular question is asked in proportion to 1/i.
  const weights = pool.map((_, i) => 1 / (i + 1));
  const total = weights.reduce((a, b) => a + b, 0);
  const pick = () => {
    let r = rnd() * total;
    for (let i = 0; i < weights.length; i++) if ((r -= weights[i]) <= 0) return pool[i];
    return pool[pool.length - 1];
  };
  const before = { ...cache.stats };
  const asTyped = new Set<string>();
  let rejected = 0;
  const [, elapsed] = await timed(async () => {
    for (let i = 0; i < length; i++) {
      const [command, options] = pick();
      const typed = retype(options, rnd);
      asTyped.add(JSON.stringify([command.name, typed]));
      try {
        await cache.run(command, story, typed);
      } catch (error) {
        if (!(error instanceof UserInputError)) throw error;
        rejected++;
      }
    }
  });
  const hits = cache.stats.hits - before.hits;
  const misses = cache.stats.misses - before.misses;
  return {
    queries: length,
    distinctQuestions: pool.length,
    hits,
    misses,
    ...(rejected ? { rejectedAsUserInput: rejected } : {}),
    hitRate: Math.round((1000 * hits) / Math.max(1, hits + misses)) / 1000,
    /** What the hit rate would be if keys were the options exactly as typed (no normalisation). */
    hitRateWithoutNormalising: Math.round(1000 * (1 - asTyped.size / length)) / 1000,
    meanMsPerQuery: ms(elapsed / length),
  };
}

export default async function cacheBench(ctx: { quick: boolean }): Promise<Record<string, unknown>> {
  const story = await loadStory(SEEDS);
  const commands = await loadCommands();
  const queries = storyQueries(story, ctx.quick ? 30 : 120);
  const samples = ctx.quick ? 15 : 60;
  const replayLength = ctx.quick ? 600 : 4000;
  const result: Record<string, unknown> = {
    story: story.name,
    sentences: story.sentences.length,
    commands: [...commands.keys()],
  };

  const backends: Record<string, () => Promise<{ url?: string; cleanup?: () => Promise<void> }>> = {
    memory: async () => ({}),
  };
  const redisBinary = process.env.REDIS_URL ? undefined : findRedisServer();
  if (process.env.REDIS_URL) backends.redis = async () => ({ url: process.env.REDIS_URL });
  else if (redisBinary) {
    backends.redis = async () => {
      const redis: TestRedis = await startRedis(redisBinary);
      return { url: redis.url, cleanup: () => redis.dispose() };
    };
  } else result.redis = 'skipped: no redis-server (apt-get install -y redis-server) and no REDIS_URL';

  for (const [name, setup] of Object.entries(backends)) {
    const { url, cleanup } = await setup();
    const open = (maxEntries = 5000) => createAnswerCache({ url, ttlSeconds: 300, maxEntries, namespace: `bench-${process.pid}-${Math.random().toString(36).slice(2)}` });
    try {
      const latency = await open();
      const perCommand = await latencyPerCommand(latency, commands, story, queries, samples);
      await latency.close();
      const fresh = await open();
      const mix = await replay(fresh, commands, story, queries, replayLength);
      await fresh.close();
      const entry: Record<string, unknown> = { latencyPerCommand: perCommand, replay: mix };
      if (name === 'memory') {
        const small = await open(32);
        entry.replayWith32Entries = await replay(small, commands, story, queries, replayLength);
        await small.close();
      }
      result[name] = entry;
    } finally {
      await cleanup?.();
    }
  }
  return result;
}
