import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { questions } from '../lib/storyQueries.ts';
import { ms, summarise, time } from '../lib/stats.ts';

export const title = '/ask on the seed: WordNet opened lazily, the first question, steady p50/p99';

const SEEDS = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'seeds');

/**
 * What reading questions by meaning costs: WordNet's files must stay closed through loading and
 * preparing the story (start-up), open on the first question (its cost is that question's), and
 * the steady /ask time over the seed's questions must stay within p50 ≤ 1 ms, p99 ≤ 5 ms.
 */
export default async function askMeaning(ctx: { quick: boolean }): Promise<Record<string, unknown>> {
  const { loadStory } = await import('../../src/story/loadStory.ts');
  const { prepareSearch } = await import('../../src/search/findSnippets.ts');
  const { closeWordNet, wordNetOpened } = await import('../../src/search/wordnet.ts');
  const ask = (await import('../../commands/ask.ts')).default;
  closeWordNet();
  const story = await loadStory(SEEDS);
  const prepared = await time(async () => prepareSearch(story));
  const openedAtStart = wordNetOpened();
  // The people analysis (role and pronoun look-ups) is built by the bot's warm-up; it is timed apart.
  const { peopleOf } = await import('../../src/analysis/people.ts');
  const people = await time(async () => peopleOf(story));
  const first = await time(() => ask.handler(story, { question: 'was anyone apprehended after the summit' }));
  const openedAfterFirst = wordNetOpened();
  const asked = questions(story, 40);
  const rounds = ctx.quick ? 20 : 100;
  const durations: number[] = [];
  for (let r = 0; r < rounds; r++) {
    for (const question of asked) {
      const t = performance.now();
      await ask.handler(story, { question });
      durations.push(performance.now() - t);
    }
  }
  const steady = summarise(durations);
  if (openedAtStart) throw new Error('WordNet was opened before the first question');
  return {
    'WordNet open after load + prepareSearch': openedAtStart,
    'WordNet open after the first question': openedAfterFirst,
    'prepareSearch (ms)': ms(prepared.ms, 1),
    'people analysis, built at warm-up (ms)': ms(people.ms, 1),
    'first question, opening WordNet (ms)': ms(first.ms, 1),
    questions: asked.length * rounds,
    'p50 (ms)': steady.p50,
    'p99 (ms)': steady.p99,
    'within p50 ≤ 1 ms and p99 ≤ 5 ms': steady.p50 <= 1 && steady.p99 <= 5,
  };
}
