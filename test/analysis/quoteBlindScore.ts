import { evalFixture, precisionRecall } from '../eval/fixtureScore.ts';
import type { QuoteLabel } from '../../src/eval/labels.ts';

/**
 * Scores a blind quote fixture (test/fixtures/NAME/expected.json) with the eval scorer (src/eval). Labels name
 * their paragraph by a few of its words, so page furniture the loader learns to drop does not shift them; each
 * must be found in its file. Prints the score and the mistakes.
 */
export async function scoreBlindStory(name: string): Promise<{ score: { precision: number; recall: number; correct: number; labels: number }; labels: QuoteLabel[] }> {
  const { counts, labels } = await evalFixture(`test/fixtures/${name}`);
  return { score: { ...precisionRecall(counts), correct: counts.quotes.right, labels: counts.quotes.labels }, labels: labels.quotes };
}
