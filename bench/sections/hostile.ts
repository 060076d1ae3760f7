/**
 * Hostile texts (bench/lib/hostileText.ts) and large stories of ordinary news text: the time to load and
 * build every analysis, per MB. Fails the run when a generator's time per MB at 5 MB is more than 3× its
 * time per MB at 100 KB (growth faster than linear), when any one file takes more than 10 s, or when a
 * 5,000-article story is not ready for every command within a minute. 5 MB of news text, in one file and in
 * 3,000 files, is held to the same two rules.
 */
import { analyseTexts, type StepTimes } from '../lib/analyseText.ts';
import { HOSTILE } from '../lib/hostileText.ts';
import { newsArticles } from '../lib/newsText.ts';
import { readyWithWorkers } from '../lib/readyWithWorkers.ts';
import { printResult } from '../lib/table.ts';

export const title = 'Hostile texts and large stories: load + every analysis, time per MB';
/** Several minutes: not part of --quick. */
export const skipInQuick = true;

const KB = 1024;
const SIZES = [10 * KB, 100 * KB, 1024 * KB, 5 * 1024 * KB];
const MAX_GROWTH = 3;
const MAX_FILE_MS = 10_000;
const MAX_STORY_MS = 60_000;

const round = (n: number) => Math.round(n);
const steps = (t: StepTimes) => ({ load: round(t.load), index: round(t.index), people: round(t.people), quotes: round(t.quotes), timeline: round(t.timeline), topics: round(t.topics) });

export default async function hostile(): Promise<Record<string, unknown>> {
  const rows: Record<string, unknown>[] = [];
  const failures: string[] = [];
  for (const generator of HOSTILE) {
    for (const shape of ['one line', 'many lines'] as const) {
      const perMb = new Map<number, number>();
      const row: Record<string, unknown> = { generator: generator.name, shape };
      for (const size of SIZES) {
        const text = shape === 'one line' ? generator.oneLine(size) : generator.manyLines(size);
        // The smaller sizes are quick and noisy: the best of three.
        const runs = size <= 100 * KB ? 3 : 1;
        let best: StepTimes | undefined;
        for (let r = 0; r < runs; r++) {
          const t = analyseTexts([text]);
          if (!best || t.total < best.total) best = t;
        }
        const ms = best!.total;
        perMb.set(size, ms / (size / (1024 * KB)));
        row[`${size / KB} KB ms`] = round(ms);
        if (ms > MAX_FILE_MS) failures.push(`${generator.name} (${shape}) at ${size / KB} KB: ${round(ms)} ms`);
        if (size === SIZES[SIZES.length - 1]) row['5 MB steps'] = steps(best!);
      }
      const growth = perMb.get(5 * 1024 * KB)! / Math.max(perMb.get(100 * KB)!, 1);
      row['ms/MB at 100 KB'] = round(perMb.get(100 * KB)!);
      row['ms/MB at 5 MB'] = round(perMb.get(5 * 1024 * KB)!);
      row.growth = Number(growth.toFixed(2));
      if (growth > MAX_GROWTH) failures.push(`${generator.name} (${shape}): ${growth.toFixed(1)}× the time per MB at 5 MB as at 100 KB`);
      rows.push(row);
      await new Promise((resolve) => setImmediate(resolve));
    }
  }
  const stories: Record<string, unknown>[] = [];
  const story = (name: string, texts: string[]) => {
    const bytes = texts.reduce((n, t) => n + Buffer.byteLength(t), 0);
    const t = analyseTexts(texts);
    stories.push({ story: name, files: texts.length, MB: Number((bytes / 1024 / 1024).toFixed(1)), 'ready ms': round(t.total), ...steps(t), 'ms/MB': round(t.total / (bytes / 1024 / 1024)) });
    return t.total;
  };
  // 5 MB of ordinary news text, in one file and in 3,000 files, held to the generators' rules: no file over
  // 10 s, and no more than 3× the time per MB of 100 KB of the same text.
  const news = newsArticles(1100);
  const fiveMb = news.join('\n\n').slice(0, 5 * 1024 * KB);
  const perMbAt100Kb = Math.min(...[0, 1, 2].map(() => analyseTexts([fiveMb.slice(0, 100 * KB)]).total)) / (100 / 1024);
  const oneFile = story('5 MB of news, one file', [fiveMb]);
  const files = story('5 MB of news, 3,000 files', Array.from({ length: 3000 }, (_, i) => fiveMb.slice(Math.floor((i * fiveMb.length) / 3000), Math.floor(((i + 1) * fiveMb.length) / 3000))));
  if (oneFile > MAX_FILE_MS) failures.push(`5 MB of news in one file: ${round(oneFile)} ms`);
  for (const [name, ms] of [['one file', oneFile], ['3,000 files', files]] as const) {
    const growth = ms / 5 / perMbAt100Kb;
    if (growth > MAX_GROWTH) failures.push(`5 MB of news in ${name}: ${growth.toFixed(1)}× the time per MB of 100 KB of it`);
  }
  const archiveTexts = newsArticles(5000);
  story('5,000 news articles, one thread', archiveTexts);
  // As the bot prepares it: loaded here, then each role prepared by its worker thread in parallel.
  const ready = await readyWithWorkers(archiveTexts);
  if (ready.readyMs > MAX_STORY_MS) failures.push(`the 5,000-article story took ${round(ready.readyMs / 1000)} s to be ready for every command (load average ${ready.loadAverage})`);
  const result = { generators: rows, stories, 'news ms/MB at 100 KB': round(perMbAt100Kb), '5,000 articles, worker threads': ready };
  if (failures.length) {
    printResult(result);
    throw new Error(`hostile texts: ${failures.join('; ')}`);
  }
  return result;
}
