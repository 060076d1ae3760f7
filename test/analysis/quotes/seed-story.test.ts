import { beforeAll, describe, expect, it } from 'vitest';
import { quotesOf, type QuoteAnalysis } from '../../../src/analysis/quotes.ts';
import { loadStory } from '../../../src/story/loadStory.ts';
import type { Story } from '../../../src/story/story.ts';
import { scoreAttribution, type Label } from './scoreAttribution.ts';

const F0 = '000_1c426f88f6299e34.txt';
const F1 = '001_97d33c003b3ba0ae.txt';
const F2 = '002_8d624164c51a8544.txt';
const F3 = '003_1d7a7702461e28db.txt';
const F4 = '004_063e0528626d6d2d.txt';
const TRUMP = 'Donald Trump';
const SANDERS = 'Sarah Sanders';

/** Every direct quote of the seed story, labelled by hand. */
const LABELS: Label[] = [
  { file: F0, paragraph: 4, words: 'ongoing working level dialogue', speaker: SANDERS },
  { file: F0, paragraph: 8, words: 'The Summit with Russia was a great success', speaker: TRUMP },
  { file: F0, paragraph: 12, words: 'President Putin and myself', speaker: TRUMP },
  { file: F0, paragraph: 18, words: 'I have full faith', speaker: TRUMP },
  { file: F1, paragraph: 4, words: 'ongoing working level dialogue', speaker: SANDERS },
  { file: F1, paragraph: 5, words: 'The Summit with Russia', speaker: TRUMP },
  { file: F1, paragraph: 5, words: 'cyber attacks', speaker: TRUMP },
  { file: F1, paragraph: 6, words: 'There are many answers', speaker: TRUMP },
  { file: F1, paragraph: 10, words: 'no', speaker: TRUMP },
  { file: F2, paragraph: 2, words: 'ongoing working level dialogue', speaker: SANDERS },
  { file: F2, paragraph: 5, words: "I let him know we can't have this", speaker: TRUMP },
  { file: F2, paragraph: 6, words: 'ridiculous', speaker: TRUMP },
  { file: F2, paragraph: 6, words: 'witch hunt', speaker: TRUMP },
  { file: F2, paragraph: 6, words: 'any reason', speaker: TRUMP },
  { file: F2, paragraph: 6, words: "I don't see any reason why it wouldn't be Russia", speaker: TRUMP },
  { file: F2, paragraph: 7, words: 'incredible', speaker: TRUMP },
  { file: F2, paragraph: 8, words: 'The Summit with Russia', speaker: TRUMP },
  { file: F3, paragraph: 4, words: 'President of the United States agreed', speaker: SANDERS },
  { file: F3, paragraph: 5, words: 'looking forward', speaker: TRUMP },
  { file: F3, paragraph: 5, words: 'start implementing', speaker: TRUMP },
  { file: F3, paragraph: 7, words: "That's going to be special", speaker: 'Dan Coats' },
  { file: F3, paragraph: 9, words: "I don't know what happened in that meeting", speaker: 'Dan Coats' },
  { file: F3, paragraph: 13, words: 'shameful', speaker: 'Jeff Flake' },
  { file: F3, paragraph: 14, words: 'most disgraceful performances', speaker: 'John McCain' },
  { file: F3, paragraph: 15, words: 'great success', speaker: TRUMP },
  { file: F3, paragraph: 15, words: 'fuss', speaker: TRUMP },
  { file: F3, paragraph: 15, words: 'fake news media', speaker: TRUMP },
  { file: F3, paragraph: 16, words: 'The Summit with Russia', speaker: TRUMP },
  { file: F3, paragraph: 17, words: 'There are many answers', speaker: TRUMP },
  { file: F3, paragraph: 19, words: 'successful', speaker: 'Vladimir Putin' },
  { file: F3, paragraph: 19, words: 'there are forces in the United States', speaker: 'Vladimir Putin' },
  { file: F4, paragraph: 4, words: 'underway', speaker: 'White House' },
  { file: F4, paragraph: 5, words: '[Trump] agreed', speaker: SANDERS },
  { file: F4, paragraph: 6, words: 'invite President Putin to Washington', speaker: SANDERS },
  { file: F4, paragraph: 11, words: 'disagrees', speaker: 'White House' },
  { file: F4, paragraph: 11, words: 'sincere', speaker: 'White House' },
];

let story: Story;
let analysis: QuoteAnalysis;
let analyseMs = 0;

beforeAll(async () => {
  story = await loadStory('seeds');
  const t = performance.now();
  analysis = quotesOf(story);
  analyseMs = performance.now() - t;
});

describe('quotes in the seed story', () => {
  it('gives every hand-labelled quote to the right speaker (precision and recall ≥ 95%)', () => {
    const score = scoreAttribution(analysis, LABELS);
    console.log(`seed story: ${score.correct}/${score.labels} labelled quotes right; precision ${(score.precision * 100).toFixed(1)}% (${score.attributed} attributed), recall ${(score.recall * 100).toFixed(1)}%; analysed in ${analyseMs.toFixed(0)} ms (including loading compromise on first use)`);
    expect(score.mistakes).toEqual([]);
    expect(LABELS.length).toBeGreaterThanOrEqual(18);
    expect(score.precision).toBeGreaterThanOrEqual(0.95);
    expect(score.recall).toBeGreaterThanOrEqual(0.95);
  });

  it('makes Sanders’s tweet one quote cited in all five articles, with the outlets’ wordings as variants', () => {
    const tweet = analysis.quotes.find((q) => q.text.includes('working level dialogue'))!;
    expect(tweet.speaker?.name).toBe(SANDERS);
    expect(new Set(tweet.citations.map((c) => c.file))).toEqual(new Set([F0, F1, F2, F3, F4]));
    expect(tweet.text).toContain('@POTUS');
    expect(tweet.variants.some((v) => v.includes('[Trump]'))).toBe(true);
    expect(tweet.variants.some((v) => v.includes('President of the United States'))).toBe(true);
    expect(analysis.quotes.filter((q) => q.text.includes('working level dialogue'))).toHaveLength(1);
  });

  it('cites the exact sentences of each quote', () => {
    for (const quote of analysis.quotes) {
      for (const citation of quote.citations) {
        const article = story.article(citation.file);
        const paragraph = article.paragraphs[citation.paragraph - 1];
        expect(paragraph.text.replace(/\s+/g, ' ')).toContain(citation.text.split(' … ')[0].slice(0, 40));
      }
    }
  });

  it('keeps titles out of names and the role as the description', () => {
    const sanders = analysis.speakers.find((s) => s.name === SANDERS)!;
    expect(sanders.aliases).toEqual(expect.arrayContaining(['Sarah Huckabee Sanders', 'Sanders']));
    expect(sanders.description?.toLowerCase()).toContain('press secretary');
    expect(analysis.speakers.map((s) => s.name).filter((n) => /president|senator|secretary/i.test(n))).toEqual([]);
    const whiteHouse = analysis.speakers.find((s) => s.name === 'White House')!;
    expect(whiteHouse.kind).toBe('organisation');
  });

  it('is computed once per story object', () => {
    expect(quotesOf(story)).toBe(analysis);
  });
});
