import { describe, expect, it } from 'vitest';
import { matchesAfterWord, nounsBeforeWord, paragraphsHolding } from '../../src/analysis/capitalisedWords.ts';
import { escapeRegExp } from '../../src/analysis/rules/pattern.ts';

// A name's story-wide searches find the word by indexOf and read around it with one precompiled pattern:
// they must find what the pattern compiled per word finds over the whole text.
const TEXTS = [
  'the retailer Brindle said. Brindle, the shoe retailer, grew. Brindle, the firm which said so',
  'xBrindle, the firm. éBrindle said; retailer\u00a0 Brindle\u00a0fell and Brindleé went; 𝐚𝐛 Brindle',
  'the  Brindle Brindle Brindle Outdoor said. Brindle Outdoor Gear, Brindle Outdoor’s boss',
  'operator Brindle-X Brindle-X, an odd operator, said. a Brindle-X Brindle-X',
  'Ab Ab Ab Ab, the x, Ab Cd Ef Gh. ab Ab Ab',
];
const WORDS = ['Brindle', 'Brindle-X', 'Ab'];

describe('searches from a word', () => {
  it('finds the apposed nouns and the words after a name that the per-word pattern finds', () => {
    const tails = [
      { tail: '(?<rest>(?:\\s\\p{Lu}[\\p{L}\\p{M}&\'’-]*){1,3})', group: 'rest' },
      { tail: ',\\s+(?:the|an?)\\s+(?:[\\p{Ll}-]+\\s+){0,3}?(?<noun>[\\p{Ll}-]+)(?=[,.;)]|\\s+(?:which|that|said|says)\\b)', group: 'noun' },
    ];
    for (const text of TEXTS) {
      for (const word of WORDS) {
        for (const { tail, group } of tails) {
          const whole = new RegExp(`(?<![\\p{L}\\p{M}])${escapeRegExp(word)}${tail}`, 'gu');
          const expected = [...text.matchAll(whole)].map((m) => m.groups![group]);
          expect([...matchesAfterWord(text, word, new RegExp(tail, 'uy'))].map((m) => m.groups![group])).toEqual(expected);
        }
      }
    }
  });

  it('finds the lower-case words before a name that the per-word pattern finds', () => {
    let found = 0;
    for (const text of TEXTS) {
      for (const word of WORDS) {
        const whole = new RegExp(`(?<![\\p{L}\\p{M}])(?<noun>\\p{Ll}+)\\s+${escapeRegExp(word)}(?![\\p{L}\\p{M}])`, 'gu');
        const expected = [...text.matchAll(whole)].map((m) => m.groups!.noun);
        found += expected.length;
        expect([...nounsBeforeWord(text, word)]).toEqual(expected);
      }
    }
    expect(found).toBeGreaterThan(5);
  });
});

describe('paragraphsHolding', () => {
  it('finds the paragraphs whose text holds the word, as a scan of every paragraph does', () => {
    const paragraphs = [
      'Adebayo167 told reporters. Adebayo16 did not.',
      'Professor Tomasza Adebayo22 added.',
      'xAdebayo167 is not a word of its own, but the text holds it.',
      'Adebayo1670 and Adebayo said so.',
      'Nothing here.',
      `Adebayo${'9'.repeat(40)} wrote at length.`,
      'Adebayo167',
    ].map((text) => ({ text }));
    const words = ['Adebayo167', 'Adebayo16', 'Adebayo', 'Adebayo22', 'Adebayo2', `Adebayo${'9'.repeat(40)}`, 'Nothing', 'Tomasza Adebayo22', 'adebayo'];
    for (const word of words) {
      const expected = paragraphs.flatMap((p, i) => (p.text.includes(word) ? [i] : []));
      expect(paragraphsHolding(paragraphs, word), word).toEqual(expected);
    }
  });
});
