/**
 * The text the names-and-people stage reads, computed once: each paragraph's text, its tokens and its quote
 * spans, and which of its tokens a stage has already claimed for a name (`taken`: a later stage never reads
 * a claimed token as another name).
 */
import type { Story } from '../story/story.ts';
import { findQuoteSpans, inSomeSpan, type QuoteSpan } from './quoteSpans.ts';
import { paragraphText, tokenize, type ParagraphText, type Token } from './speechText.ts';

export interface ScannedParagraph {
  pt: ParagraphText;
  tokens: Token[];
  quotes: QuoteSpan[];
  /** Token indices claimed for a name so far. */
  taken: Set<number>;
}

/** Every paragraph of the story in story order, by article. */
export function scanStory(story: Story): ScannedParagraph[][] {
  return story.articles.map((article) =>
    article.paragraphs.map((paragraph) => {
      const pt = paragraphText(article.file, paragraph);
      return { pt, tokens: tokenize(pt.text), quotes: findQuoteSpans(pt.text), taken: new Set<number>() };
    }),
  );
}

/** Whether an offset of the paragraph is inside quote marks (someone's words, not the narrator's). */
export function inQuote(p: ScannedParagraph, offset: number): boolean {
  return inSomeSpan(p.quotes, offset, true);
}

/** Claims tokens [from, to) for a name. */
export function claim(p: ScannedParagraph, from: number, to: number): void {
  for (let k = from; k < to; k++) p.taken.add(k);
}
