import { describe, expect, it } from 'vitest';
import { scoreBlindStory } from './quoteBlindScore.ts';

/**
 * Fifth blind round: three stories in styles no earlier fixture used, labelled by hand in expected.json
 * before the extractor ever ran on them. First (blind) run, then after general fixes:
 *
 * | story  | style                                                                                  | blind P / R   | fixed P / R   |
 * |--------|----------------------------------------------------------------------------------------|---------------|---------------|
 * | family | human interest: a child by first name, "Her mother, Ana,", "Her father, Diego,", a classmate "Joaquin, 8," | 83.3% / 76.9% | 100% / 100% |
 * | rivals | business: "the firm said", "Its rival said", a one-word company ("Zippa, the e-scooter operator"), an analyst | 100% / 75.0% | 100% / 83.3% |
 * | column | opinion column: "As the novelist X once wrote", "My editor told me", "My neighbour Gertrude" | 80.0% / 72.7% | 100% / 100% |
 *
 * What still fails (unattributed, not wrong): in rivals, "The company said …" and "Its rival said …" at the
 * start of a paragraph whose antecedent ("Zippa, …, the firm said") sits in the paragraph before.
 * The thresholds are the fixed scores: any regression fails.
 */
const STORIES: [string, number, number][] = [
  ['quotes-blind5-family', 1, 1],
  ['quotes-blind5-rivals', 1, 10 / 12],
  ['quotes-blind5-column', 1, 1],
];

describe('fifth blind round', () => {
  it.each(STORIES)('%s: precision and recall at their fixed scores', async (name, precision, recall) => {
    const { score, labels } = await scoreBlindStory(name);
    expect(labels.length).toBeGreaterThanOrEqual(11);
    expect(score.precision).toBeGreaterThanOrEqual(precision);
    expect(score.recall).toBeGreaterThanOrEqual(recall);
  });
});
