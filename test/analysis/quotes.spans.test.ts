import { describe, expect, it } from 'vitest';
import { findQuoteSpans } from '../../src/analysis/quoteSpans.ts';

const texts = (t: string) => findQuoteSpans(t).map((s) => s.text);

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
