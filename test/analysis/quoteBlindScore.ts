import { missesOf } from '../../src/eval/tally.ts';
import type { QuoteLabel } from '../../src/eval/labels.ts';
import { evalFixture, precisionRecall } from '../eval/fixtureScore.ts';
import type { Score } from '../fixtures/quotes-story/scoring.ts';

/**
 * Scores a blind quote fixture (test/fixtures/NAME/expected.json) with the eval scorer (src/eval). Labels name
 * their paragraph by a few of its words, so page furniture the loader learns to drop does not shift them; each
 * must be found in its file. Prints the score and the mistakes.
 */
export async function scoreBlindStory(name: string): Promise<{ score: Score; labels: QuoteLabel[] }> {
  const { counts, labels, outcomes } = await evalFixture(`test/fixtures/${name}`);
  const mistakes = missesOf(outcomes).map((m) => `${m.label}: expected ${m.expected}, got ${m.said}`);
  return { score: { ...precisionRecall(counts), correct: counts.quotes.right, attributed: counts.quotes.claims, labels: counts.quotes.labels, mistakes }, labels: labels.quotes };
}
