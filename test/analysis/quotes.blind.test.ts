import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../src/analysis/quotes.ts';
import { loadStory } from '../../src/story/loadStory.ts';
import { scoreBlindStory } from './quoteBlindScore.ts';

/**
 * Second blind round: four stories in styles no earlier fixture used, each labelled by hand in its
 * expected.json before the extractor ever ran on it. First (blind) run, then after general fixes:
 *
 * | story  | style                                                        | blind P / R     | fixed P / R |
 * |--------|--------------------------------------------------------------|-----------------|-------------|
 * | tech   | trade press, unknown first names, headline quote, scare quote | 68.8% / 63.0%   | 100% / 100% |
 * | police | news release + local paper + court brief, "Det. Sgt.", unnamed neighbours, "the suspect's lawyer" | 87.5% / 53.3% | 100% / 100% |
 * | intl   | wire copy, translated quotes, state media, ministry statements | 93.8% / 90.0%  | 100% / 100% |
 * | social | tweets and a Reddit post pasted as text, "she says"          | 100% / 50.0%    | 100% / 100% |
 *
 *
 * A fifth story (arts: a theatre closure, feature plus local news) was written and labelled after those
 * fixes, as a held-out check on them: it scored precision 100%, recall 73.3% (11/15) on its first run,
 * and 100% / 93.3% after three more general rules ("The verdict comes from X", "The council's culture
 * lead, X, said", "did not want her name used") and dropping "so-called" scare quotes. Its remaining
 * miss ("the Playhouse board said") stays unattributed.
 *
 * The thresholds are the fixed scores: any regression fails.
 */
const STORIES: [string, number, number][] = [
  ['quotes-blind-tech', 1, 1],
  ['quotes-blind-police', 1, 1],
  ['quotes-blind-intl', 1, 1],
  // Needs the story parser to keep a "Posted by u/…" line (as text or as an embedded post's account).
  ['quotes-blind-social', 1, 1],
  ['quotes-blind-arts', 1, 14 / 15],
];

describe('second blind round', () => {
  it.each(STORIES)('%s: precision and recall at their fixed scores', async (name, precision, recall) => {
    const { score, labels } = await scoreBlindStory(name);
    expect(labels.length).toBeGreaterThanOrEqual(15);
    expect(score.precision).toBeGreaterThanOrEqual(precision);
    expect(score.recall).toBeGreaterThanOrEqual(recall);
  });

  it('keeps an unnamed witness anonymous and says how the story describes them', async () => {
    const analysis = quotesOf(await loadStory('test/fixtures/quotes-blind-police'));
    const teacher = analysis.quotes.find((q) => q.text.startsWith('We used to leave our doors unlocked'))!;
    expect(teacher.speaker).toBeNull();
    expect(teacher.attribution).toBe('anonymous');
    expect(teacher.source).toMatch(/62-year-old retired teacher/);
  });

  it('gives a pasted tweet one quote with its author, and the same author in every outlet', async () => {
    const analysis = quotesOf(await loadStory('test/fixtures/quotes-blind-social'));
    const tweet = analysis.quotes.find((q) => q.text.startsWith('Fifteen years of lanterns'))!;
    expect(tweet.speaker).toMatchObject({ name: 'Ottoline Fairweather' });
    expect(tweet.speaker!.aliases).toContain('@ottobakes');
    expect(tweet.text).not.toContain('@ottobakes');
    const fairweather = analysis.speakers.find((s) => s.name === 'Ottoline Fairweather')!;
    expect(fairweather.quotes).toBeGreaterThanOrEqual(5);
  });
});
