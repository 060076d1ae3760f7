/**
 * The loader's shortcuts (issue 14: loading must be cheap) give the answers of what they replace: the
 * furniture patterns run as one alternation, words counted without splitting, spaces tidied only where
 * needed, a sentence end read backwards, and pull quotes found the same way on long pages as on short ones.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CAPTION_RULES, PAGE_FURNITURE } from '../../src/story/furnitureRules.ts';
import { TERMINAL } from '../../src/story/lineShapes.ts';
import { anyOf } from '../../src/story/lineRules.ts';
import { parseArticle } from '../../src/story/parseArticle.ts';
import { pieceCount, tidySpaces, wordCount } from '../../src/story/spaces.ts';

/** Pieces of furniture lines and of prose, so random lines come near to matching the rules. */
const PIECES = [
  ' ', '  ', '. ', ', ', ':', '/', '|', ' · ', '©', '(c) ', 'Share', 'share this article', 'Read more', 'Related', 'Photo', 'by ',
  'Getty Images', 'REUTERS', 'copyright ', 'Updated', '12', '2024', 'March', 'your inbox', 'enable JavaScript', 'issue 3', 'Editor-in-chief:',
  'Advertisement', 'the', 'said', 'Ana Ruiz', '.', '!', '?', '"', '’', ')', '…', '\t', '\u00a0', '\u2003', '\n', 'é', 'ſ', 'K',
];
const line = fc.array(fc.constantFrom(...PIECES), { maxLength: 12 }).map((parts) => parts.join(''));

describe('the loader’s shortcuts', () => {
  it('anyOf answers as trying each rule in turn', () => {
    const furniture = anyOf(PAGE_FURNITURE);
    const captions = anyOf(CAPTION_RULES.map((rule) => rule.line));
    fc.assert(
      fc.property(line, (text) => furniture(text) === PAGE_FURNITURE.some((rule) => rule.test(text)) && captions(text) === CAPTION_RULES.some((rule) => rule.line.test(text))),
      { numRuns: 5000 },
    );
    expect(furniture('Share this article')).toBe(true);
    expect(furniture('Share prices fell sharply on Tuesday after the results.')).toBe(false);
  });

  it('anyOf keeps a pattern with state or named groups on its own', () => {
    const global = /a/g;
    const test = anyOf([global, /(?<x>b)\k<x>/, /^c/, /d$/]);
    expect([test('xa'), test('xa'), test('bb'), test('cx'), test('xd'), test('xc')]).toEqual([true, false, true, true, true, false]);
  });

  it('counts words and tidies spaces as split and replace do', () => {
    fc.assert(
      fc.property(line, (text) => pieceCount(text) === text.split(/\s+/).length && wordCount(text) === text.split(/\s+/).filter(Boolean).length && tidySpaces(text) === text.replace(/\s+/g, ' ')),
      { numRuns: 5000 },
    );
  });

  it('reads a sentence end as the pattern does', () => {
    fc.assert(fc.property(line, (text) => TERMINAL.test(text) === /[.!?…]["”’')\]]*$/.test(text)), { numRuns: 5000 });
    expect([TERMINAL.test('It rose."'), TERMINAL.test('It rose (again)'), TERMINAL.test('')]).toEqual([true, false, false]);
  });

  it('drops a pull quote on a long page as on a short one', () => {
    const quote = '"We had never seen water like it in the town."';
    const story = (filler: number) =>
      [
        ...Array.from({ length: filler }, (_, i) => `The river rose ${i + 1} centimetres overnight, and the council opened the school hall to families.`),
        quote,
        `The mayor, Ana Ruiz, said: ${quote.slice(0, -2)}. Nobody was ready."`,
      ].join('\n\n');
    for (const filler of [3, 80]) {
      const article = parseArticle('flood.md', story(filler), {});
      expect(article.removed).toContain(quote);
      expect(article.paragraphs.map((p) => p.text)).not.toContain(quote);
      expect(article.paragraphs).toHaveLength(filler + 1);
    }
  });
});
