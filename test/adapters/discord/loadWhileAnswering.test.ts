import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newsArticles } from '../../../bench/lib/newsText.ts';
import { loadStory, StoryLoadError } from '../../../src/story/loadStory.ts';
import type { LoadWarning } from '../../../src/story/types.ts';
import { startHarness, type Harness } from './harness.ts';

/** Discord drops an interaction that is not acknowledged within 3 s. */
const DISCORD_DEADLINE_MS = 3_000;

let h: Harness;
let dir: string;
beforeAll(async () => {
  h = await startHarness();
  dir = await mkdtemp(join(tmpdir(), 'storyline-big-'));
  // About 5 MB of news text in 1,000 files.
  const texts = newsArticles(1000);
  await Promise.all(texts.map((text, i) => writeFile(join(dir, `${String(i).padStart(4, '0')}.txt`), text)));
}, 120_000);
afterAll(async () => {
  await h?.close();
  await rm(dir, { recursive: true, force: true });
});

describe('answers never wait for loading', () => {
  it('acknowledges every interaction within Discord’s deadline while a 5 MB story loads', async () => {
    h.setStory(undefined);
    let loading = true;
    const load = loadStory(dir, { persistIndexFrom: Infinity }).finally(() => (loading = false));
    const waits: number[] = [];
    while (loading) {
      const sent = performance.now();
      const answer = await h.fake.answerOf(h.fake.slashCommand('ask', { question: 'who said it?' }), 30_000);
      waits.push(performance.now() - sent);
      expect(answer.body?.data?.content ?? answer.body?.content ?? '').toMatch(/loading/i);
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    const story = await load;
    h.setStory(h.story);
    expect(story.articles.length).toBe(1000);
    console.log(`5 MB story loading: ${waits.length} interactions, slowest acknowledged in ${Math.round(Math.max(...waits))} ms`);
    expect(waits.length).toBeGreaterThan(1);
    expect(Math.max(...waits)).toBeLessThan(DISCORD_DEADLINE_MS);
  }, 300_000);

  it('skips a file that takes longer than the time budget, naming it', async () => {
    const warnings: LoadWarning[] = [];
    try {
      await loadStory(dir, { fileBudgetMs: 0, onWarning: (w) => warnings.push(w) });
    } catch (err) {
      expect(err).toBeInstanceOf(StoryLoadError);
    }
    expect(warnings.find((w) => w.file === '0000.txt')?.reason).toMatch(/more than the 0 ms a file may take; skipped/);
  }, 300_000);
});
