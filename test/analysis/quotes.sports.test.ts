import { beforeAll, describe, expect, it } from 'vitest';
import { quotesOf, type QuoteAnalysis } from '../../src/analysis/quotes.ts';
import { loadStory } from '../../src/story/loadStory.ts';
import { scoreAttribution, type Label } from '../fixtures/quotes-story/scoring.ts';

const R1 = 'r1-report.txt';
const R2 = 'r2-interview.txt';
const R3 = 'r3-column.txt';
const CASTELO = 'Rui Castelo';
const KOVAC = 'Sandra Kovac';

/**
 * A football story in three styles, labelled by hand before the extractor ever ran on it: a match report
 * (straight quotes, "said the 34-year-old", brothers sharing a surname, a woman and a man both "she"/"he",
 * a quote opening a paragraph with its speaker in the next sentence), a Q&A interview, and a first-person
 * column whose "I" is the byline's author.
 */
const LABELS: Label[] = [
  { file: R1, paragraph: 2, words: 'I told the lads at half-time', speaker: CASTELO },
  { file: R1, paragraph: 2, words: 'After that we played', speaker: CASTELO },
  { file: R1, paragraph: 3, words: 'We had them on the rope', speaker: KOVAC },
  { file: R1, paragraph: 3, words: 'That is on me', speaker: KOVAC },
  { file: R1, paragraph: 4, words: 'At my age', speaker: 'Tomasz Kral' },
  { file: R1, paragraph: 6, words: 'It hurts to lose', speaker: 'Milan Varga' },
  { file: R1, paragraph: 6, words: 'I will hear about this', speaker: 'Milan Varga' },
  { file: R1, paragraph: 7, words: 'Mum will be happy', speaker: 'Jonas Varga' },
  { file: R1, paragraph: 8, words: 'He has my full backing', speaker: 'Ines Halvorsen' },
  { file: R1, paragraph: 9, words: 'Ask me in May', speaker: CASTELO },
  { file: R1, paragraph: 9, words: 'Right now I want', speaker: CASTELO },
  { file: R1, paragraph: 10, words: 'Of course I feel it', speaker: KOVAC },
  { file: R1, paragraph: 10, words: 'But I have been in this job', speaker: KOVAC },
  { file: R2, paragraph: 3, words: 'I have seen this team', speaker: CASTELO },
  { file: R2, paragraph: 5, words: 'I told him to stay close', speaker: CASTELO },
  { file: R2, paragraph: 7, words: 'It matters a lot', speaker: CASTELO },
  { file: R2, paragraph: 9, words: 'We are nobody', speaker: CASTELO },
  { file: R3, paragraph: 2, words: 'Not for a second', speaker: CASTELO },
  { file: R3, paragraph: 2, words: 'The players know', speaker: CASTELO },
  { file: R3, paragraph: 3, words: 'You will be eating those words', speaker: 'Callum Reyes' },
  { file: R3, paragraph: 4, words: 'Then I will eat them', speaker: CASTELO },
  { file: R3, paragraph: 5, words: 'We argue, we shout', speaker: 'Tomasz Kral' },
  { file: R3, paragraph: 6, words: 'Two injuries', speaker: 'anonymous' },
  { file: R3, paragraph: 7, words: 'Write what you like', speaker: CASTELO },
  { file: R3, paragraph: 7, words: 'Just spell the names right', speaker: CASTELO },
];

let analysis: QuoteAnalysis;

beforeAll(async () => {
  analysis = quotesOf(await loadStory('test/fixtures/quotes-sports'));
});

describe('quotes in a football story (report, Q&A interview, first-person column)', () => {
  it('attributes at least 90% of the labelled quotes correctly, with at least 90% precision', () => {
    const score = scoreAttribution(analysis, LABELS);
    console.log(`sports story: ${score.correct}/${score.labels} labelled quotes right; precision ${(score.precision * 100).toFixed(1)}% (${score.attributed} attributed), recall ${(score.recall * 100).toFixed(1)}%`);
    if (score.mistakes.length) console.log(score.mistakes.join('\n'));
    expect(LABELS.length).toBeGreaterThanOrEqual(15);
    expect(score.precision).toBeGreaterThanOrEqual(0.9);
    expect(score.recall).toBeGreaterThanOrEqual(0.9);
  });
});
