import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isStopword, stem, terms, words } from '../../src/search/tokenize.ts';

/**
 * The tokenizer was rewritten for speed (ASCII fast path, one cache from word to term); its output
 * must not change. This is the straightforward version it replaced, as the reference.
 */
const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
function referenceWords(text: string): string[] {
  const out: string[] = [];
  for (const match of text.normalize('NFKC').toLowerCase().matchAll(WORD)) {
    let word = match[0].replace(/’/g, "'");
    if (word.endsWith("'s")) word = word.slice(0, -2);
    else if (word.includes("'")) word = word.replace(/'/g, '');
    if (word) out.push(word);
  }
  return out;
}
function referenceTerms(text: string): string[] {
  return referenceWords(text)
    .flatMap((w) => {
      // A figure and its unit ("30C", "14mm") apart; ordinals and decades whole.
      const unit = /^(\d+)([a-z]+)$/.exec(w);
      return unit && !['st', 'nd', 'rd', 'th', 's'].includes(unit[2]) ? [unit[1], ...(unit[2].length >= 2 ? [unit[2]] : [])] : [w];
    })
    .filter((w) => !(w.length < 2 && !/\d/.test(w)) && !isStopword(w))
    .map(stem);
}

const SAMPLES = [
  "The harbour master's report: the MV Selkie's hull can't sail.",
  'Councillors’ vote released £400,000 — “a lifeline,” said Aled Pryce.',
  'ﬁnal ﬁgures (NFKC ligatures) and Ｆｕｌｌｗｉｄｔｈ letters, Ünïcödé, İstanbul, ΣΊΣΥΦΟΣ.',
  "It's 3 a.m. in the U.S.; rock 'n' roll o'clock, 'quoted' and rock'n'roll.",
  'Numbers 7 and 2019 stay; single letters a, b and x go.',
  'Highs of 36.4C after 30C days, 14mm of rain, a 2GB file, the 19th hole and the 1990s.',
  '',
];

describe('tokenizer', () => {
  it('gives the same words and terms as the reference on news-like text', () => {
    for (const text of SAMPLES) {
      expect(words(text)).toEqual(referenceWords(text));
      expect(terms(text)).toEqual(referenceTerms(text));
    }
  });

  it('gives the same words and terms as the reference on any text', () => {
    const piece = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 12 }),
      fc.constantFrom("'s", '’s', "'", '’', ' ', 'Ö', 'ﬁ', 'I', 'said', 'ran', 'the', '7', 'x', "don't", '–'),
    );
    fc.assert(
      fc.property(fc.array(piece, { maxLength: 12 }), (pieces) => {
        const text = pieces.join('');
        expect(words(text)).toEqual(referenceWords(text));
        expect(terms(text)).toEqual(referenceTerms(text));
        // Twice: the second answer comes from the cache.
        expect(terms(text)).toEqual(referenceTerms(text));
      }),
      { numRuns: 500 },
    );
  });

  it('strips possessives, drops stopwords and stems', () => {
    expect(words("NATO’s allies don't")).toEqual(['nato', 'allies', 'dont']);
    expect(terms('The councillors told of ferries running')).toEqual(['councillor', 'tell', 'ferri', 'run']);
    expect(terms('a 2019 b')).toEqual(['2019']);
  });

  it('keeps the verbs and digits a question needs, which natural lists as stopwords', () => {
    expect(terms('what did she say about making history')).toEqual([stem('say'), 'make', 'histori']);
    expect(terms('she said it would take two years')).toEqual([stem('say'), 'take', 'two', 'year']);
    expect(terms('strike on Tuesday 3 June')).toEqual(['strike', stem('tuesday'), '3', 'june']);
    expect(terms('how many were there, and more?')).toEqual([]);
  });

  it('stems forms Porter leaves apart to the same term', () => {
    expect(stem('died')).toBe(stem('die'));
    expect(stem('dying')).toBe(stem('die'));
    expect(stem('buses')).toBe(stem('bus'));
    expect(stem('children')).toBe(stem('child'));
    expect(terms('is mine recalled')).toEqual([stem('recalled')]);
  });
});
