/**
 * Run in a fresh process by bench/sections/stories.ts: imports the commands and loads the seed story (as
 * `npm start` does), optionally loads the HTML extractor and reads one page, and prints JSON timings and
 * memory. `--extractor` adds linkedom + @mozilla/readability.
 */
import { join } from 'node:path';

const started = performance.now();
const withExtractor = process.argv.includes('--extractor');
const [{ loadCommands }, { loadStory }] = await Promise.all([import('../../src/commands/registry.ts'), import('../../src/story/loadStory.ts')]);
await loadCommands();
const story = await loadStory(join(import.meta.dirname, '..', '..', 'seeds'));
const storyMs = performance.now() - started;
let extractorMs = 0;
let firstPageMs = 0;
if (withExtractor) {
  const t = performance.now();
  const { loadExtractor, extractArticle } = await import('../../src/stories/extractArticle.ts');
  await loadExtractor();
  extractorMs = performance.now() - t;
  const { newsPage, COURIER } = await import('../../test/stories/newsPages.ts');
  const p = performance.now();
  await extractArticle(newsPage(COURIER));
  firstPageMs = performance.now() - p;
}
(globalThis as { gc?: () => void }).gc?.();
const memory = process.memoryUsage();
process.stdout.write(
  JSON.stringify({ articles: story.articles.length, storyMs, extractorMs, firstPageMs, totalMs: performance.now() - started, rssMb: memory.rss / 1048576, heapMb: memory.heapUsed / 1048576 }) + '\n',
);
