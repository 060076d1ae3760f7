/**
 * What the quote tests share: a story made of short texts written for the test, and the speaker a quote was
 * given.
 */
import { quotesOf, type QuoteAnalysis } from '../../../src/analysis/quotes.ts';
import { articleFromText } from '../../../src/story/loadStory.ts';
import type { ArticleMeta } from '../../../src/story/types.ts';
import { Story } from '../../../src/story/story.ts';

let counter = 0;

/** The quote analysis of a story of these texts (each an article, optionally with its metadata). */
export function analyse(...texts: (string | [string, ArticleMeta])[]): QuoteAnalysis {
  const articles = texts.map((t, i) => {
    const [text, meta] = typeof t === 'string' ? [t, {}] : t;
    return articleFromText(`${i}.txt`, text, meta).article;
  });
  return quotesOf(new Story({ dir: '.', name: 'quote rules', version: `rules-${++counter}`, articles }));
}

/** Who the quote containing these words was given to: a name, 'anonymous', or null (unattributed). */
export function who(analysis: QuoteAnalysis, words: string): string | null {
  const o = analysis.occurrences.find((x) => x.text.includes(words));
  if (!o) throw new Error(`no quote containing “${words}”: ${analysis.occurrences.map((x) => x.text).join(' | ')}`);
  if (o.attribution === 'anonymous') return 'anonymous';
  return o.speakerId ? analysis.people.get(o.speakerId)!.name : null;
}
