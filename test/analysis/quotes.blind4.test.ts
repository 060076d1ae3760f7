import { describe, expect, it } from 'vitest';
import { evalFixture, precisionRecall } from '../eval/fixtureScore.ts';

/**
 * Fourth blind round: three stories in styles no earlier fixture used, labelled by hand in expected.json
 * before the extractor ever ran on them. First (blind) run, then after general fixes:
 *
 * | story     | style                                                                              | blind P / R   | fixed P / R   |
 * |-----------|------------------------------------------------------------------------------------|---------------|---------------|
 * | celebrity | stage name and "whose real name is", "pop star X and actor Y", "the 27-year-old actress", "a source close to the couple … the insider said", page furniture | 66.7% / 50.0% | 100% / 100% |
 * | notices   | quoted signs, survey, report, letter, web notice and plaque beside people; "Head librarian X"; "A council spokesperson" in a reader's letter | 70.0% / 64.3% | 100% / 100% |
 * | release   | press release with "added" chains, "About" boilerplate and media contact; trade-press rewrite | 83.3% / 84.2% | 91.7% / 94.7% |
 *
 * Documents, signs and notices must stay unattributed ("unattributed" in expected.json); they did in the
 * blind run too. What still fails: "Corvana said …. A company spokesman added:" gives the spokesman's
 * words to an anonymous source, not the company (only its one-word short form is the subject before).
 * The thresholds are the fixed scores: any regression fails.
 */
const STORIES: [string, number, number][] = [
  ['quotes-blind4-celebrity', 1, 1],
  ['quotes-blind4-notices', 1, 1],
  ['quotes-blind4-release', 11 / 12, 18 / 19],
];

describe('fourth blind round', () => {
  it.each(STORIES)('%s: precision and recall at their fixed scores', async (name, precision, recall) => {
    const { counts, outcomes } = await evalFixture(`test/fixtures/${name}`);
    const score = precisionRecall(counts);
    expect(outcomes.quotes.filter((o) => !o.label.unattributed).length).toBeGreaterThanOrEqual(14);
    expect(score.precision).toBeGreaterThanOrEqual(precision);
    expect(score.recall).toBeGreaterThanOrEqual(recall);
    // Documents, signs and notices ("unattributed" in expected.json): nobody, not even an unnamed source.
    const unattributed = outcomes.quotes.filter((o) => o.label.unattributed);
    expect(unattributed.filter((o) => o.said !== 'unattributed').map((o) => `“${o.label.words}”: ${o.said}`)).toEqual([]);
  });
});
