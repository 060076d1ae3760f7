/** Where a label's words are in the loaded story, and why they cannot be found when they are not. */
import type { Story } from '../story/story.ts';
import type { Article, Sentence } from '../story/types.ts';
import { findNormalised, normalise } from './normalise.ts';

/** The raw text of each article file, when the caller read it: says whether the loader dropped the words. */
export type RawTexts = ReadonlyMap<string, string>;

export function articleOf(story: Story, file: string): Article | undefined {
  return story.articles.find((a) => a.file === file);
}

/**
 * Where a label's words are: in the body storyline reads; in the file but not in what it reads (the headline,
 * or lines the loader dropped; scored as a miss, with that note); or nowhere (a label error, with why).
 */
export type Placement = { in: 'body' } | { in: 'unread'; note: string } | { in: 'nowhere'; error: string };

export function placeWords(story: Story, file: string, words: string, raw?: RawTexts): Placement {
  const article = articleOf(story, file);
  if (!article) {
    const skipped = story.warnings.find((w) => w.file === file);
    return { in: 'nowhere', error: skipped ? `${file} was not loaded: ${skipped.reason}` : `no article ${file} in the story as loaded` };
  }
  const wanted = normalise(words);
  if (!wanted) return { in: 'nowhere', error: 'the words are empty' };
  if (article.paragraphs.some((p) => normalise(p.text).includes(wanted))) return { in: 'body' };
  if (normalise(article.paragraphs.map((p) => p.text).join(' ')).includes(wanted)) return { in: 'body' };
  if (article.title && normalise(article.title).includes(wanted)) return { in: 'unread', note: 'it is in the headline, which storyline does not read for this' };
  const rawText = raw?.get(file);
  if (rawText !== undefined && normalise(rawText).includes(wanted)) return { in: 'unread', note: 'it is in the file, but the loader dropped it' };
  return { in: 'nowhere', error: `not found in ${file} (copy the words exactly)` };
}

/** Whether some article's raw file holds the words (for answer fragments storyline does not keep). */
export function inSomeFile(raw: RawTexts | undefined, words: string): boolean {
  const wanted = normalise(words);
  return [...(raw?.values() ?? [])].some((text) => normalise(text).includes(wanted));
}

/** The sentences of `file` containing `words` (normalised); across a sentence break, the paragraph's sentences. */
export function sentencesWith(story: Story, file: string, words: string): Sentence[] {
  const article = articleOf(story, file);
  if (!article) return [];
  const within = article.sentences.filter((s) => findNormalised(s.text, words).length > 0);
  if (within.length) return within;
  return article.paragraphs.filter((p) => findNormalised(p.text, words).length > 0).flatMap((p) => p.sentences);
}

function excerpt(text: string, hit: { from: number; to: number }, width: number): string {
  if (text.length <= width) return text;
  const from = Math.max(0, Math.min(hit.from - Math.floor((width - (hit.to - hit.from)) / 2), text.length - width));
  return `${from > 0 ? '…' : ''}${text.slice(from, from + width).trim()}${from + width < text.length ? '…' : ''}`;
}

/**
 * The text around the first place `words` occur in `file` (about `width` characters), for reports; with
 * `before`, the end of the paragraph before it too (where a quote's speaker is often named), after a ¶.
 */
export function contextOf(story: Story, file: string, words: string, width = 240, before = 0): string | undefined {
  const paragraphs = articleOf(story, file)?.paragraphs ?? [];
  for (const [i, p] of paragraphs.entries()) {
    const [hit] = findNormalised(p.text, words);
    if (!hit) continue;
    const previous = before && i > 0 ? paragraphs[i - 1].text : '';
    const tail = previous.length > before ? `…${previous.slice(-before).trim()}` : previous;
    return `${tail ? `${tail} ¶ ` : ''}${excerpt(p.text, hit, width)}`;
  }
  return undefined;
}
