import { beforeAll, describe, expect, it } from 'vitest';
import { quotesOf, type QuoteAnalysis } from '../../src/analysis/quotes.ts';
import { loadStory } from '../../src/story/loadStory.ts';
import { scoreAttribution, type Label } from '../fixtures/quotes-story/scoring.ts';

const T1 = 't1-trial.txt';
const T2 = 't2-sentence.txt';
const GRACE = 'Grace Okoro';
const JUDGE = 'Miriam Ashdown';

/**
 * British court reporting, labelled by hand before the extractor ever ran on it: single quotes with
 * apostrophes inside them, a quote inside a quote, quotes running over several paragraphs, "told the
 * court", "the judge said", "Mr"/"Mrs" with three people sharing a surname, a spokesperson for an
 * organisation, "according to court documents", an investor who cannot be named, and "prosecutors said"
 * (a party, not a person: left unlabelled, so naming anyone for it costs precision).
 */
const LABELS: Label[] = [
  { file: T1, paragraph: 3, words: 'This was not a business', speaker: 'Fergus Lennox' },
  { file: T1, paragraph: 4, words: 'Mr Okoro told them their money was safe', speaker: 'Fergus Lennox' },
  { file: T1, paragraph: 4, words: 'It was not safe', speaker: 'Fergus Lennox' },
  { file: T1, paragraph: 5, words: 'as safe as houses', speaker: 'Daniel Okoro' },
  { file: T1, paragraph: 7, words: 'I trusted him completely', speaker: GRACE },
  { file: T1, paragraph: 8, words: 'When the letters from the bank', speaker: GRACE },
  { file: T1, paragraph: 9, words: 'I believed him', speaker: GRACE },
  { file: T1, paragraph: 10, words: 'I sat at the kitchen table', speaker: GRACE },
  { file: T1, paragraph: 11, words: 'He said', speaker: GRACE },
  { file: T1, paragraph: 12, words: 'That is simply not true', speaker: GRACE },
  { file: T1, paragraph: 13, words: 'I thought I was helping', speaker: 'anonymous' },
  { file: T1, paragraph: 14, words: 'You must decide this case', speaker: JUDGE },
  { file: T2, paragraph: 3, words: 'not a flicker of remorse', speaker: JUDGE },
  { file: T2, paragraph: 4, words: 'You looked your investors', speaker: JUDGE },
  { file: T2, paragraph: 4, words: 'Some of them lost their pensions', speaker: JUDGE },
  { file: T2, paragraph: 5, words: 'This case should serve', speaker: JUDGE },
  { file: T2, paragraph: 7, words: 'victims trusted him', speaker: 'Crown Prosecution Service' },
  { file: T2, paragraph: 8, words: 'Many of them were embarrassed', speaker: 'Hannah Blake' },
  { file: T2, paragraph: 8, words: 'I hope today gives them', speaker: 'Hannah Blake' },
  { file: T2, paragraph: 9, words: 'a man who got out of his depth', speaker: 'Tobias Wren' },
  { file: T2, paragraph: 10, words: 'I have lost my husband', speaker: GRACE },
  { file: T2, paragraph: 11, words: 'Daniel is not a criminal', speaker: 'Samuel Okoro' },
  { file: T2, paragraph: 12, words: 'We deeply regret', speaker: 'Brightwater Homes' },
];

let analysis: QuoteAnalysis;

beforeAll(async () => {
  analysis = quotesOf(await loadStory('test/fixtures/quotes-court'));
});

describe('quotes in a British court report', () => {
  it('attributes at least 90% of the labelled quotes correctly, with at least 90% precision', () => {
    const score = scoreAttribution(analysis, LABELS);
    console.log(`court story: ${score.correct}/${score.labels} labelled quotes right; precision ${(score.precision * 100).toFixed(1)}% (${score.attributed} attributed), recall ${(score.recall * 100).toFixed(1)}%`);
    if (score.mistakes.length) console.log(score.mistakes.join('\n'));
    expect(LABELS.length).toBeGreaterThanOrEqual(15);
    expect(score.precision).toBeGreaterThanOrEqual(0.9);
    expect(score.recall).toBeGreaterThanOrEqual(0.9);
  });
});
