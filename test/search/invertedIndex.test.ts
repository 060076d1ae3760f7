import fc from 'fast-check';
import TfIdf from 'natural/lib/natural/tfidf/tfidf.js';
import { describe, expect, it } from 'vitest';
import { InvertedIndex } from '../../src/search/invertedIndex.ts';
import { terms } from '../../src/search/tokenize.ts';

// A small corpus in the style of a regional news story (not the seed story).
const TEXTS = [
  'The only ferry linking Skarra to the mainland was withdrawn from service on Tuesday after inspectors found a crack in its hull.',
  'Harbour master Ingrid Tollefsen said the vessel would stay in dry dock for at least a fortnight.',
  'Islanders relying on the ferry ferry route for medical appointments were told to call the council.',
  '',
  'The council confirmed that a chartered fishing boat would carry urgent supplies to the island.',
  'Councillors voted to release emergency funding for a temporary ferry and a replacement vessel.',
  'Tollefsen said the crack was found during a routine inspection of the hull.',
];

/** natural's TfIdf over the same terms; our weight is its tf·idf divided by √(terms in the document). */
function naturalOver(docs: string[][]): TfIdf {
  const tfidf = new TfIdf();
  for (const doc of docs) tfidf.addDocument(doc);
  return tfidf;
}

/** Every document's score for a query: the index asked for all of them. */
function allScores(index: InvertedIndex, query: string[]): Map<number, number> {
  return new Map(index.searchTerms(query, index.docCount).map((h) => [h.doc, h.score]));
}

describe('InvertedIndex weights', () => {
  const docs = TEXTS.map(terms);
  const index = InvertedIndex.fromTerms(docs);
  const natural = naturalOver(docs);

  it("matches natural's tf-idf for every term of every document", () => {
    const vocabulary = new Set(docs.flat());
    expect(vocabulary.size).toBeGreaterThan(30);
    for (const term of vocabulary) {
      const scores = allScores(index, [term]);
      docs.forEach((doc, d) => {
        const expected = doc.length ? natural.tfidf([term], d) / Math.sqrt(doc.length) : 0;
        expect(scores.get(d) ?? 0).toBeCloseTo(expected, 5);
      });
      expect(index.idf(term)).toBeCloseTo(natural.idf(term), 10);
    }
  });

  it('counts a repeated word in a document as its term frequency', () => {
    const ferry = terms('ferry')[0];
    const scores = allScores(index, [ferry]);
    // Document 2 says "ferry" twice, document 0 once.
    expect(scores.get(2)! * Math.sqrt(docs[2].length)).toBeCloseTo(2 * index.idf(ferry), 5);
    expect(scores.get(0)! * Math.sqrt(docs[0].length)).toBeCloseTo(1 * index.idf(ferry), 5);
  });

  it('scores a query as the sum over its distinct terms, a repeated query word counted once', () => {
    const query = terms('crack in the hull of the ferry ferry');
    const distinct = [...new Set(query)];
    const scores = allScores(index, query);
    docs.forEach((doc, d) => {
      const expected = doc.length ? natural.tfidf(distinct, d) / Math.sqrt(doc.length) : 0;
      expect(scores.get(d) ?? 0).toBeCloseTo(expected, 5);
    });
  });

  it('reports document frequency, idf and vocabulary membership', () => {
    const crack = terms('crack')[0];
    expect(index.documentFrequency(crack)).toBe(2);
    expect(index.idf(crack)).toBeCloseTo(1 + Math.log(7 / 3), 10);
    expect(index.has(crack)).toBe(true);
    expect(index.has('zeppelin')).toBe(false);
    expect(index.documentFrequency('zeppelin')).toBe(0);
    expect(index.docCount).toBe(7);
  });

  it('builds the same index from texts as from their terms', () => {
    const fromTexts = InvertedIndex.fromTexts(TEXTS);
    expect(fromTexts.toData()).toEqual(index.toData());
  });

  it('rebuilt from its data, answers the same', () => {
    const copy = new InvertedIndex(index.toData());
    for (const q of ['ferry crack', 'council vessel replacement', 'Tollefsen']) expect(copy.search(q, 5)).toEqual(index.search(q, 5));
  });
});

describe('InvertedIndex top-k', () => {
  it('returns the best documents first', () => {
    const index = InvertedIndex.fromTexts(TEXTS);
    // Document 6 has all three words, document 0 two of them ("inspectors" is another stem).
    const hits = index.search('crack hull inspection', 3);
    expect(hits.map((h) => h.doc)).toEqual([6, 0]);
    expect(hits[0].score).toBeGreaterThan(hits[1].score);
  });

  it('breaks ties by document order, also when k cuts through a tie', () => {
    const same = 'Ferry services resume on Monday.';
    const index = InvertedIndex.fromTexts(['Unrelated words here.', same, 'Nothing to see.', same, same, same]);
    expect(index.search('ferry', 10).map((h) => h.doc)).toEqual([1, 3, 4, 5]);
    expect(index.search('ferry', 2).map((h) => h.doc)).toEqual([1, 3]);
    expect(index.search('ferry', 1).map((h) => h.doc)).toEqual([1]);
  });

  it('keeps the k best among accepted documents only', () => {
    const index = InvertedIndex.fromTexts(TEXTS);
    const all = index.search('ferry vessel council', 10);
    const odd = index.search('ferry vessel council', 2, (d) => d % 2 === 1);
    expect(odd).toEqual(all.filter((h) => h.doc % 2 === 1).slice(0, 2));
  });

  it('finds nothing for unknown words, an empty query or k ≤ 0', () => {
    const index = InvertedIndex.fromTexts(TEXTS);
    expect(index.search('zeppelin', 5)).toEqual([]);
    expect(index.searchTerms([], 5)).toEqual([]);
    expect(index.search('ferry', 0)).toEqual([]);
  });

  it('an empty corpus answers nothing', () => {
    const index = InvertedIndex.fromTerms([]);
    expect(index.docCount).toBe(0);
    expect(index.search('ferry', 5)).toEqual([]);
  });

  it('agrees with scoring every document and sorting them all, on random corpora', () => {
    const word = fc.constantFrom('ferry', 'hull', 'crack', 'council', 'vessel', 'island', 'fund', 'dock', 'harbour', 'route');
    fc.assert(
      fc.property(
        fc.array(fc.array(word, { maxLength: 8 }), { minLength: 1, maxLength: 60 }),
        fc.array(word, { minLength: 1, maxLength: 4 }),
        fc.integer({ min: 1, max: 20 }),
        (docs, query, k) => {
          const index = InvertedIndex.fromTerms(docs);
          const natural = naturalOver(docs);
          const distinct = [...new Set(query)];
          // Reference: natural's weights, rounded to float32 and summed in query order as the index stores them.
          const expected = docs
            .map((doc, d) => {
              let score = 0;
              let matched = false;
              for (const term of distinct) {
                if (!doc.includes(term)) continue;
                matched = true;
                score = Math.fround(score + Math.fround(natural.tfidf([term], d) / Math.sqrt(doc.length)));
              }
              return { doc: d, score, matched };
            })
            .filter((x) => x.matched)
            .sort((a, b) => b.score - a.score || a.doc - b.doc)
            .slice(0, k);
          const hits = index.searchTerms(query, k);
          expect(hits.map((h) => h.doc)).toEqual(expected.map((e) => e.doc));
          hits.forEach((h, i) => expect(h.score).toBeCloseTo(expected[i].score, 4));
        },
      ),
      { numRuns: 300 },
    );
  });
});
