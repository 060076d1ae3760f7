import { beforeAll, describe, expect, it } from 'vitest';
import { quotesOf, type QuoteAnalysis } from '../../src/analysis/quotes.ts';
import { loadStory } from '../../src/story/loadStory.ts';
import { scoreAttribution, type Label } from '../fixtures/quotes-story/scoring.ts';

const A = 'a-wire.txt';
const B = 'b-gazette.txt';
const C = 'c-post.txt';

/** Wire copy with curly quotes, a feature with straight quotes, British single quotes: labelled by hand. */
const LABELS: Label[] = [
  { file: A, paragraph: 2, words: 'We are asking everyone', speaker: 'Lindiwe Okafor' },
  { file: A, paragraph: 5, words: 'The valve was inspected', speaker: 'Meridian Terminals' },
  { file: A, paragraph: 6, words: 'People should not try', speaker: 'Tomas Brandt' },
  { file: A, paragraph: 7, words: 'Nobody told us what to do', speaker: 'anonymous' },
  { file: A, paragraph: 8, words: 'If you can smell it', speaker: 'Priya Raman' },
  { file: A, paragraph: 9, words: 'All schools in the evacuation zone', speaker: 'Kessler Bay Education Authority' },
  { file: B, paragraph: 2, words: 'I would rather be criticised', speaker: 'Lindiwe Okafor' },
  { file: B, paragraph: 3, words: 'chaotic', speaker: 'Grace Whitfield' },
  { file: B, paragraph: 4, words: 'People were standing in the rain', speaker: 'Grace Whitfield' },
  { file: B, paragraph: 5, words: 'entirely preventable', speaker: 'Grace Whitfield' },
  { file: B, paragraph: 6, words: 'The valve came from a supplier', speaker: 'anonymous' },
  { file: B, paragraph: 7, words: 'We need the air readings', speaker: 'Tomas Brandt' },
  { file: C, paragraph: 2, words: 'Our members were the last to be told', speaker: 'Marek Kowalczyk' },
  { file: C, paragraph: 3, words: 'We put it in writing', speaker: 'Marek Kowalczyk' },
  { file: C, paragraph: 4, words: 'We have no record', speaker: 'Meridian Terminals' },
  { file: C, paragraph: 5, words: 'Transparency is the best antidote', speaker: 'Helga Nystrom' },
  { file: C, paragraph: 6, words: 'too little, too late', speaker: 'Aisha Youssef' },
  { file: C, paragraph: 7, words: 'I have spoken to Mr Kowalczyk', speaker: 'Lindiwe Okafor' },
];

let analysis: QuoteAnalysis;

beforeAll(async () => {
  analysis = quotesOf(await loadStory('test/fixtures/quotes-story'));
});

describe('quotes in a story written in other styles', () => {
  it('attributes at least 90% of the labelled quotes correctly, with at least 90% precision', () => {
    const score = scoreAttribution(analysis, LABELS);
    console.log(`fixture story: ${score.correct}/${score.labels} labelled quotes right; precision ${(score.precision * 100).toFixed(1)}% (${score.attributed} attributed), recall ${(score.recall * 100).toFixed(1)}%`);
    if (score.mistakes.length) console.log(score.mistakes.join('\n'));
    expect(LABELS.length).toBeGreaterThanOrEqual(15);
    expect(score.precision).toBeGreaterThanOrEqual(0.9);
    expect(score.recall).toBeGreaterThanOrEqual(0.9);
  });

  it('never names an anonymous source, and says how the story describes them', () => {
    const anonymous = analysis.quotes.filter((q) => q.attribution === 'anonymous');
    expect(anonymous.map((q) => q.text)).toEqual(expect.arrayContaining(['Nobody told us what to do', 'The valve came from a supplier we have used for fifteen years.']));
    for (const q of anonymous) {
      expect(q.speaker).toBeNull();
      expect(q.source).toMatch(/worker|spokesperson/);
    }
  });

  it('joins a quote split by its attribution into one quote', () => {
    const split = analysis.quotes.find((q) => q.text.startsWith('We are asking everyone'))!;
    expect(split.text).toContain('This is a precaution');
    expect(split.citations).toHaveLength(1);
  });

  it('links a surname used in another article to the full name', () => {
    const brandt = analysis.quotes.find((q) => q.text.startsWith('We need the air readings'))!;
    expect(brandt.speaker).toMatchObject({ name: 'Tomas Brandt', description: 'Chief Inspector' });
    expect(brandt.attribution).toBe('pronoun');
  });
});
