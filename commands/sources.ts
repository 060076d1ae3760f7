import { defineCommand, textOption } from '../src/commands/command.ts';
import { findSnippets, type Snippet } from '../src/search/findSnippets.ts';
import { groupDuplicates } from '../src/search/groupDuplicates.ts';
import type { Story } from '../src/story/story.ts';

export interface SourceEntry {
  file: string;
  title: string;
  outlet: string | null;
  author: string | null;
  published: string | null;
  url: string | null;
  words: number;
  sentences: number;
  /** Share of the story's words this article contributes, in percent. */
  share: number;
  /** Sentences no other article carries. */
  uniqueSentences: number;
  /** With `about`: whether the article covers the topic, and its best snippet. */
  covers?: boolean;
  best?: Omit<Snippet, 'sentence'>;
}

export interface SourcesAnswer {
  about?: string;
  sources: SourceEntry[];
}

/**
 * An article covers a topic when its best sentence scores at least SCORE_FLOOR of the story's best and
 * matches at least MATCH_FLOOR of the topic's weight (so "security council" does not cover "Aspen
 * Security Forum").
 */
const SCORE_FLOOR = 0.25;
const MATCH_FLOOR = 0.5;

export default defineCommand<SourcesAnswer>({
  name: 'sources',
  description: 'List the articles behind the story, or which of them cover a topic.',
  options: [{ name: 'about', description: 'A topic, e.g. "Aspen Security Forum"', type: 'string', maxLength: 200 }],
  handler(story, options) {
    const about = textOption(options, 'about', 200);
    const totalWords = story.articles.reduce((n, a) => n + a.words, 0) || 1;
    const unique = uniqueSentenceCounts(story);
    const sources: SourceEntry[] = story.articles.map((article) => ({
      file: article.file,
      title: article.displayTitle,
      outlet: article.meta.outlet ?? null,
      author: article.meta.author ?? null,
      published: article.meta.published ?? null,
      url: article.meta.url ?? null,
      words: article.words,
      sentences: article.sentences.length,
      share: Math.round((1000 * article.words) / totalWords) / 10,
      uniqueSentences: unique.get(article.file) ?? 0,
    }));
    if (!about) return { sources };
    // One search, then the best sentence of each article.
    const snippets = findSnippets(story, about, { limit: 10_000 });
    const top = snippets[0]?.score ?? 0;
    for (const source of sources) {
      const best = snippets.find((s) => s.citations.some((c) => c.file === source.file));
      source.covers = !!best && best.score >= top * SCORE_FLOOR && best.coverage >= MATCH_FLOOR;
      if (best && source.covers) {
        const { sentence: _sentence, ...rest } = best;
        source.best = { ...rest, citations: rest.citations.filter((c) => c.file === source.file) };
      }
    }
    sources.sort((a, b) => Number(b.covers) - Number(a.covers) || (b.best?.score ?? 0) - (a.best?.score ?? 0));
    return { about, sources };
  },
});

const uniqueCache = new WeakMap<Story, Map<string, number>>();

function uniqueSentenceCounts(story: Story): Map<string, number> {
  let counts = uniqueCache.get(story);
  if (counts) return counts;
  counts = new Map();
  const items = story.sentences.map((s) => ({ sentence: s, text: s.text }));
  for (const group of groupDuplicates(items)) {
    const files = new Set(group.map((g) => g.sentence.file));
    if (files.size === 1) {
      const file = group[0].sentence.file;
      counts.set(file, (counts.get(file) ?? 0) + group.length);
    }
  }
  uniqueCache.set(story, counts);
  return counts;
}
