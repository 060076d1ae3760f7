/** What the date tests share: the date mentions of one sentence, and a story of short texts written for the test. */
import { expect } from 'vitest';
import { findDateMentions, type DateMention } from '../../../src/analysis/dates.ts';
import { articleFromText } from '../../../src/story/loadStory.ts';
import { Story } from '../../../src/story/story.ts';

type MentionOptions = Parameters<typeof findDateMentions>[2];

/** The single mention whose expression contains `expression` (the test fails when there are 0 or several). */
export function mention(text: string, published: string | undefined, expression: string): DateMention {
  const found = findDateMentions(text, published).filter((m) => m.expression.includes(expression));
  expect(found, `${expression} in “${text}”: ${JSON.stringify(findDateMentions(text, published).map((m) => m.expression))}`).toHaveLength(1);
  return found[0];
}

/** That mention's resolved date (the test fails when it stays unresolved). */
export function resolved(text: string, published: string | undefined, expression: string) {
  const m = mention(text, published, expression);
  expect(m.date, `${expression} should resolve`).toBeDefined();
  return m.date!;
}

/** The one date mention of a text (the test fails when it has none or several). */
export function onlyMention(text: string, published: string | undefined, options?: MentionOptions): DateMention {
  const found = findDateMentions(text, published, options);
  expect(found, JSON.stringify(found.map((m) => m.expression))).toHaveLength(1);
  return found[0];
}

/** A story of articles written for the test (file name → raw text, front matter allowed). */
export function storyOf(files: Record<string, string>): Story {
  const articles = Object.entries(files).map(([file, raw]) => articleFromText(file, raw).article);
  return new Story({ dir: '/tmp/none', name: 'test', version: 'v1', articles, warnings: [] });
}
