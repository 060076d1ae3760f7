/** Where a label's words are in the loaded story, and why they cannot be found when they are not. */
import type { Story } from '../story/story.ts';
import type { Article, Sentence } from '../story/types.ts';
import { findNormalised, normalise } from './normalise.ts';

/** The raw text of each article file, when the caller read it: says whether the loader dropped the words. */
export type RawTexts = ReadonlyMap<string, string>;

export function articleOf(story: Story, file: string): Article | undefined {
  return story.articles.find((a) => a.file === file);
}

/** Why `words` cannot be found in the body of `file` as loaded, or undefined when they can. */
export function textProblem(story: Story, file: string, words: string, raw?: RawTexts): string | undefined {
  const article = articleOf(story, file);
  if (!article) {
    const skipped = story.warnings.find((w) => w.file === file);
    return skipped ? `${file} was not loaded: ${skipped.reason}` : `no article ${file} in the story`;
  }
  const wanted = normalise(words);
  if (!wanted) return 'the words are empty';
  if (article.paragraphs.some((p) => normalise(p.text).includes(wanted))) return undefined;
  if (normalise(article.paragraphs.map((p) => p.text).join(' ')).includes(wanted)) return undefined;
  if (article.title && normalise(article.title).includes(wanted)) return 'found only in the headline, which is not part of the body storyline reads';
  const rawText = raw?.get(file);
  if (rawText !== undefined && normalise(rawText).includes(wanted)) return 'in the file, but not in the body storyline kept (dropped as page furniture or header?)';
  return `not found in ${file} (copy the words exactly)`;
}

/** The sentences of `file` containing `words` (normalised); across a sentence break, the paragraph's sentences. */
export function sentencesWith(story: Story, file: string, words: string): Sentence[] {
  const article = articleOf(story, file);
  if (!article) return [];
  const within = article.sentences.filter((s) => findNormalised(s.text, words).length > 0);
  if (within.length) return within;
  return article.paragraphs.filter((p) => findNormalised(p.text, words).length > 0).flatMap((p) => p.sentences);
}
