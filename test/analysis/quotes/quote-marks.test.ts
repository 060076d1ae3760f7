import { describe, expect, it } from 'vitest';
import { analyse, who } from './analyse.ts';
import { findQuoteSpans } from '../../../src/analysis/quoteSpans.ts';

/**
 * Which marks open and close a quotation: straight, curly and single quotes, quotes inside quotes, „German“ and
 * « French » marks, curly quotes typed the wrong way round, and apostrophes that are no quote marks.
 */
const texts = (t: string) => findQuoteSpans(t).map((s) => s.text);
const HEADLINE = 'Harbour story\n\n';

describe('quote spans', () => {
  it('finds straight and curly double quotes, without the trailing comma', () => {
    expect(texts('"It is over," she said. “We go home.”')).toEqual(['It is over', 'We go home.']);
  });

  it('keeps a quote inside a quote as part of the outer one', () => {
    expect(texts('“He told me ‘never again’ and left,” Ruiz said.')).toEqual(['He told me ‘never again’ and left']);
  });

  it('reads British single quotes, but not apostrophes, when there are no double quotes', () => {
    expect(texts('‘We don’t know yet,’ said Okoro. The workers’ union called it ‘a disgrace’.')).toEqual(['We don’t know yet', 'a disgrace']);
  });

  it('runs a quote left open to the end of the paragraph', () => {
    const [span] = findQuoteSpans('“This is only the start. More will come.');
    expect(span).toMatchObject({ text: 'This is only the start. More will come.', unclosed: true });
  });
});

describe('quote spans in British copy with quotes inside quotes', () => {
  it('keeps single quotes as the outer marks when the double quotes sit inside them', () => {
    expect(texts('‘He said “sign here, it’s just paperwork” and I signed,’ she said.')).toEqual(['He said “sign here, it’s just paperwork” and I signed']);
  });

  it('still reads double quotes as outer marks when single quotes sit inside them', () => {
    expect(texts('“He told me ‘never again’,” Ruiz said. “So I left.”')).toEqual(['He told me ‘never again’', 'So I left.']);
  });
});

describe('quotation marks of other languages', () => {
  it('reads „German“ and « French » quotes, and keeps a title apart from the words after it', () => {
    const a = analyse(
      HEADLINE +
        'The conductor Wilhelmina Obuya-Strand, 52, rehearsed for a month. „Every bar of it hurts“, she told Tonhalle. „That is how I know it is good.“\n\n' +
        '« We leave on Friday, » said Wilhelmina Obuya-Strand.\n\n' +
        'The finale, „Morning Tide“, builds around a refrain, „the sea is older than the town“.',
    );
    expect(who(a, 'Every bar of it hurts')).toBe('Wilhelmina Obuya-Strand');
    expect(who(a, 'That is how I know')).toBe('Wilhelmina Obuya-Strand');
    expect(who(a, 'We leave on Friday')).toBe('Wilhelmina Obuya-Strand');
    expect(who(a, 'the sea is older')).toBeNull();
    expect(a.occurrences.find((o) => o.text.includes('the sea is older'))!.text).not.toContain('Morning Tide');
  });
});

describe("straight single quotation marks in a plain-text paste ('…')", () => {
  it('reads them as quote marks', () => {
    const a = analyse(
      HEADLINE + "Facing reporters, Mayor Ingrid Solberg said she had told only her sister and 'two people at the yacht club'.\n\n" +
        "'The water came up to the second step,' said Tomas Lindqvist, who lives by the harbour.",
    );
    expect(who(a, 'two people at the yacht club')).toBe('Ingrid Solberg');
    expect(who(a, 'came up to the second step')).toBe('Tomas Lindqvist');
  });

  it("never takes an apostrophe for one (today's, don't, the '90s, the officials' cars)", () => {
    const a = analyse(HEADLINE + "Today's vote was close, and the officials' cars didn't move. Fares were last this low in the '90s, Mayor Ingrid Solberg said.");
    expect(a.occurrences).toEqual([]);
  });
});

describe('curly quotes typed the wrong way round', () => {
  it('reads ”… as an opening mark and …“ as a closing one', () => {
    const a = analyse(
      HEADLINE + 'Judge Mira Castell said the court would not read the whole ruling, saying ”we regret that the full reasons must wait a week.”\n\n' +
        'Campaign manager Ravi Menon said they were “let down“ and would think it over.',
    );
    expect(who(a, 'we regret that the full reasons')).toBe('Mira Castell');
    expect(who(a, 'let down')).toBe('Ravi Menon');
    expect(a.occurrences.find((o) => o.text.includes('let down'))!.text).toBe('let down');
  });

  it('still ignores a stray closing mark after a word or a number', () => {
    const a = analyse(HEADLINE + 'The sign read 6” high. Mayor Ingrid Solberg said it was “too small for the pier.”');
    expect(a.occurrences.map((o) => o.text)).toEqual(['too small for the pier.']);
  });
});
