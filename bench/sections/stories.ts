import { execFile } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { loadCommands } from '../../src/commands/registry.ts';
import { findSnippets, prepareSearch } from '../../src/search/findSnippets.ts';
import { jsonFileChoices, StoryChoices } from '../../src/stories/storyChoices.ts';
import { StoryLibrary } from '../../src/stories/storyLibrary.ts';
import { StoryService } from '../../src/stories/storyService.ts';
import type { Story } from '../../src/story/story.ts';
import { COURIER, LEDGER, RADIO, startPageServer } from '../../test/stories/newsPages.ts';
import { brownCorpus } from '../lib/brownCorpus.ts';
import { ms } from '../lib/stats.ts';

export const title = 'Stories: start-up with and without the HTML extractor; adding an article until it answers; a change at 100 and 1,000 articles';

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '..', '..');

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)];

/** Start-up in fresh processes (the import cache of one process would hide what a start pays). */
async function startup(extractor: boolean, runs: number) {
  const results: Record<string, number>[] = [];
  for (let i = 0; i < runs; i++) {
    const { stdout } = await run(process.execPath, ['--expose-gc', '--import', 'tsx', join(ROOT, 'bench', 'lib', 'startupProbe.ts'), ...(extractor ? ['--extractor'] : [])], { cwd: ROOT });
    results.push(JSON.parse(stdout.trim().split('\n').pop()!));
  }
  const pick = (key: string) => ms(median(results.map((r) => r[key])), 0);
  return { runs, totalMs: pick('totalMs'), storyMs: pick('storyMs'), extractorLoadMs: pick('extractorMs'), firstPageMs: pick('firstPageMs'), rssMb: pick('rssMb'), heapMb: pick('heapMb') };
}

/** A story folder of `count` articles of 30 Brown-corpus sentences, each with front matter. */
function writeStory(dir: string, count: number): void {
  mkdirSync(dir, { recursive: true });
  const sentences = brownCorpus(count * 30, 11);
  for (let i = 0; i < count; i++) {
    const body = [];
    for (let p = 0; p < 6; p++) body.push(sentences.slice(i * 30 + p * 5, i * 30 + p * 5 + 5).join(' '));
    const day = String(1 + (i % 28)).padStart(2, '0');
    writeFileSync(join(dir, `a${String(i).padStart(4, '0')}.md`), `---\ntitle: Report ${i}\noutlet: Outlet ${i % 17}\npublished: 2024-03-${day}\n---\n\n${body.join('\n\n')}\n`);
  }
}

/** What the bot does before swapping a rebuilt story in: every command once (src/main.ts warmUp). */
async function warmUp(story: Story): Promise<void> {
  prepareSearch(story);
  for (const command of (await loadCommands()).values()) {
    try {
      await command.handler(story, {});
    } catch {
      // Commands that need options just refuse; their analyses are built all the same.
    }
  }
}

export default async function stories(ctx: { quick: boolean }): Promise<Record<string, unknown>> {
  const runs = ctx.quick ? 1 : 3;
  const without = await startup(false, runs);
  const withExtractor = await startup(true, runs);

  const web = await startPageServer();
  const dir = mkdtempSync(join(tmpdir(), 'storyline-bench-stories-'));
  const results: Record<string, unknown>[] = [];
  try {
    for (const count of ctx.quick ? [100] : [100, 1000]) {
      const root = join(dir, `root-${count}`);
      writeStory(join(root, 'big'), count);
      let warmMs = 0;
      const library = new StoryLibrary({
        pinned: [],
        root,
        prepare: async (story) => {
          const t = performance.now();
          await warmUp(story);
          warmMs = performance.now() - t;
        },
      });
      await library.open();
      await warmUp(library.get('big')!.story!);
      const choices = await StoryChoices.open(jsonFileChoices(join(dir, `choices-${count}.json`)));
      const service = new StoryService({ library, choices, fetchLimits: { allowPrivate: true } });
      // At 1,000 articles one add is enough: most of its time is the warm-up of the analyses.
      const pages = ['/courier/fire', '/radio/temporary', '/ledger/volunteers'].slice(0, count > 100 ? 1 : 3);
      const adds: number[] = [];
      const warms: number[] = [];
      for (const page of pages) {
        const t = performance.now();
        await service.add({ story: 'big', url: `${web.base}${page}` }, {});
        const answered = findSnippets(library.get('big')!.story!, 'who said the fire started in an electrical cupboard', { limit: 3 });
        adds.push(performance.now() - t);
        warms.push(warmMs);
        if (!answered.length) throw new Error('the new article does not answer');
      }
      // A change made by hand: the same rebuild, without fetching.
      const reload = performance.now();
      writeFileSync(join(root, 'big', 'zz-by-hand.md'), `---\ntitle: By hand\n---\n\n${[COURIER, RADIO, LEDGER].flatMap((s) => s.paragraphs).join('\n\n')}\n`);
      await library.reload('big');
      const reloadMs = performance.now() - reload;
      const reloadWarmMs = warmMs;
      const story = library.get('big')!.story!;
      results.push({
        articles: count,
        sentences: story.sentences.length,
        addUntilAnswersMs: ms(median(adds), 0),
        addWarmUpMs: ms(median(warms), 0),
        changeByHandMs: ms(reloadMs, 0),
        changeWarmUpMs: ms(reloadWarmMs, 0),
      });
      await choices.close();
    }
  } finally {
    await web.close();
    rmSync(dir, { recursive: true, force: true });
  }
  return { startupWithoutExtractor: without, startupWithExtractor: withExtractor, addArticle: results };
}
