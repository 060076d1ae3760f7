import { describe, expect, it } from 'vitest';
import { quotesOf } from '../../src/analysis/quotes.ts';
import { loadStory } from '../../src/story/loadStory.ts';
import { scoreBlindStory } from './quoteBlindScore.ts';

/**
 * Third blind round: four stories in styles no earlier fixture used, labelled by hand in expected.json
 * (by a few of the quote's words; the paragraph is found from them) before the extractor ever ran on them.
 * First (blind) run, then after general fixes:
 *
 * | story    | style                                                                       | blind P / R   | fixed P / R  |
 * |----------|-----------------------------------------------------------------------------|---------------|--------------|
 * | science  | "Prof. Dr.", lead author, co-author, "who was not involved", em-dashes, "…" | 100% / 89.5%  | 100% / 100%  |
 * | earnings | call write-up, CFO, "analysts at X wrote in a note", investor explainer with hypothetical quotes | 85.7% / 76.2% | 100% / 100% |
 * | commons  | debate report + sketch, two Okafors, "the minister replied", interruptions  | 75.0% / 58.3% | 100% / 91.7% |
 * | review   | film and soundtrack reviews, dialogue and lyrics, « » and „ “, Icelandic, Vietnamese, Yoruba, Arabic names | 66.7% / 26.1% | 100% / 91.3% |
 *
 * (commons: one label, on the first half of a split quote, was added after the first run; the blind
 * score counts it as the miss it was.) What still fails: two bare quotes of a sketch's shouted exchange
 * ("Give way!" after an interrupted "…we have —"), which only turn-taking would settle; "the actor
 * shrugged:" when no one is described as the actor; a partial quote attributed "according to the
 * album's liner notes, written by X". All stay unattributed rather than guessed.
 *
 * The thresholds are the fixed scores: any regression fails.
 */
const STORIES: [string, number, number][] = [
  ['quotes-blind3-science', 1, 1],
  ['quotes-blind3-earnings', 1, 1],
  ['quotes-blind3-commons', 1, 22 / 24],
  ['quotes-blind3-review', 1, 21 / 23],
];

describe('third blind round', () => {
  it.each(STORIES)('%s: precision and recall at their fixed scores', async (name, precision, recall) => {
    const { score, labels } = await scoreBlindStory(name);
    expect(labels.length).toBeGreaterThanOrEqual(15);
    expect(score.precision).toBeGreaterThanOrEqual(precision);
    expect(score.recall).toBeGreaterThanOrEqual(recall);
  });

  it('keeps hypothetical and generic quotes of an explainer unattributed', async () => {
    const analysis = quotesOf(await loadStory('test/fixtures/quotes-blind3-earnings'));
    for (const words of ['trading has been challenging', 'the weather was against us', 'Would I buy this stock today', 'this time it really is the weather']) {
      const o = analysis.occurrences.find((x) => x.file === 'e3-newsletter.txt' && x.text.includes(words))!;
      expect(o, words).toBeDefined();
      expect(o.attribution, words).toBe('unattributed');
    }
  });

  it('names the character who says a film line and the singer of a lyric, in every outlet that quotes them', async () => {
    const analysis = quotesOf(await loadStory('test/fixtures/quotes-blind3-review'));
    const line = analysis.quotes.find((q) => q.text.includes('walk in circles'))!;
    expect(line.speaker).toMatchObject({ name: 'Linh', description: 'character played by Nguyễn Thị Thu Hà' });
    expect(new Set(line.citations.map((c) => c.file))).toEqual(new Set(['r1-framerate.md', 'r3-klangwerk.txt']));
    const lyric = analysis.quotes.find((q) => q.text.includes('the water remembers'))!;
    expect(lyric.speaker?.name).toBe('Adébáyọ̀ Ọláyínká');
    const radio = analysis.quotes.find((q) => q.text.includes('come home, come home'))!;
    expect(radio.speaker).toBeNull();
  });
});
