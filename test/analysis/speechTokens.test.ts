import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/analysis/speechText.ts';

// ASCII text is tokenised by a character scan, any other text by the regex: both must give the same words.
const words = (text: string) => tokenize(text).map((t) => [t.text, t.start, t.end]);

describe('tokenize', () => {
  it('keeps the dot of a short capitalised abbreviation and makes a sentence-final dot its own token', () => {
    expect(words('Dr. Okafor said so.').map(([w]) => w)).toEqual(['Dr.', 'Okafor', 'said', 'so', '.']);
  });

  it('reads ASCII text as it reads the same text with a letter that is not ASCII after it', () => {
    const texts = [
      `"Dr. J. Smith-Jones's co-op," U.S. officials said -- 3.5% of it isn't 'quoted'... (Sgt.Brandt) e.g.x`,
      "'Hi' - he said.\tA.B.C. a- -b ...x. x' 'x 12.5.6 O'Neill' end-",
      'Mr.  Lee\r\nMs.\u000bKo',
    ];
    for (const text of texts) {
      expect(text).toMatch(/^[\x00-\x7f]*$/);
      const withAccent = `${text} é`;
      expect(words(text)).toEqual(words(withAccent).slice(0, -1));
    }
  });

  it('gives offsets into the whole text when asked for a part of it', () => {
    const text = 'Then Mayor Ana Cole spoke.';
    expect(tokenize(text, 5, 19).map((t) => text.slice(t.start, t.end))).toEqual(['Mayor', 'Ana', 'Cole']);
  });
});
