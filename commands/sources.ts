import { defineCommand, loadedOnFirstUse, textOption } from '../src/commands/command.ts';
import type { RankedSentence, Snippet } from '../src/search/findSnippets.ts';
import type { storyDuplicates } from '../src/search/groupDuplicates.ts';
import { perStory } from '../src/story/perStory.ts';
import type { Story } from '../src/story/story.ts';

/**
 * The search, the statements grouped across articles and the topics, loaded on first use: the bot's main
 * thread routes /sources to an analysis worker and never loads them.
 */
async function loadSearch() {
  const [{ rankSentences }, { storyDuplicates }, { topicChoices }] = await Promise.all([
    import('../src/search/findSnippets.ts'),
    import('../src/search/groupDuplicates.ts'),
    import('../src/analysis/topics.ts'),
  ]);
  // Worked out once per story, as before the search loaded on first use.
  return { rankSentences, storyDuplicates, topicChoices, uniqueCounts: perStory((story: Story) => uniqueSentenceCounts(story, storyDuplicates)) };
}
const search = loadedOnFirstUse(loadSearch);
type Duplicates = typeof storyDuplicates;

export interface SourceEntry {
  file: string;
  /** The headline, else the first sentence (see `headline`). */
  title: string;
  /** The article's own headline; null when it has none and `title` is its first sentence. */
  headline: string | null;
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
 * matches more than MATCH_FLOOR of the topic's weight (so "security council" does not cover "Aspen
 * Security Forum", and a sentence with only a synonym of a one-word topic, which counts half, does
 * not cover it: "claimed responsibility" is not about a lawsuit).
 */
const SCORE_FLOOR = 0.25;
const MATCH_FLOOR = 0.5;

export default defineCommand<SourcesAnswer>({
  name: 'sources',
  description: 'List the articles behind the story, or which of them cover a topic.',
  options: [{ name: 'about', description: 'A topic, a person, place or event the story mentions', type: 'string', maxLength: 200, autocomplete: true }],
  example: {},
  async exampleFrom(story) {
    const topic = (await search()).topicChoices(story, '')[0]?.value;
    return topic ? { about: topic } : undefined;
  },
  async autocomplete(story, _option, typed) {
    return (await search()).topicChoices(story, typed);
  },
  async handler(story, options) {
    const about = textOption(options, 'about', 200);
    const { rankSentences, storyDuplicates, uniqueCounts } = await search();
    const totalWords = story.articles.reduce((n, a) => n + a.words, 0) || 1;
    const unique = uniqueCounts(story);
    const sources: SourceEntry[] = story.articles.map((article) => ({
      file: article.file,
      title: article.displayTitle,
      headline: article.title ?? null,
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
    const ranked = rankSentences(story, about, { candidates: Math.min(story.sentences.length, MAX_CANDIDATES) });
    const top = ranked[0]?.score ?? 0;
    const bestOf = new Map<string, RankedSentence>();
    for (const r of ranked) if (!bestOf.has(r.sentence.file)) bestOf.set(r.sentence.file, r);
    for (const source of sources) {
      const best = bestOf.get(source.file);
      source.covers = !!best && best.score >= top * SCORE_FLOOR && best.coverage > MATCH_FLOOR;
      if (best && source.covers) source.best = snippetOf(story, best, storyDuplicates);
    }
    sources.sort((a, b) => Number(b.covers) - Number(a.covers) || (b.best?.score ?? 0) - (a.best?.score ?? 0));
    return { about, sources };
  },
});

/** Sentences scored for `about` at most (an article whose best sentence is further down does not cover it). */
const MAX_CANDIDATES = 50_000;

/** An article's best sentence as a snippet: how many articles carry the statement, cited in this one. */
function snippetOf(story: Story, best: RankedSentence, storyDuplicates: Duplicates): Omit<Snippet, 'sentence'> {
  const { groups, groupOf } = storyDuplicates(story);
  const group = groups[groupOf[best.sentence.index]];
  const here = group.filter((i) => story.sentences[i].file === best.sentence.file);
  return {
    text: best.text,
    score: Math.round(best.score * 1000) / 1000,
    coverage: Math.round(best.coverage * 1000) / 1000,
    sources: new Set(group.map((i) => story.sentences[i].file)).size,
    citations: here.map((i) => story.cite(story.sentences[i])),
  };
}

/** Per article, how many of its sentences no other article carries (the story's statements, grouped once). */
function uniqueSentenceCounts(story: Story, storyDuplicates: Duplicates): Map<string, number> {
  const counts = new Map<string, number>();
  for (const group of storyDuplicates(story).groups) {
    const file = story.sentences[group[0]].file;
    if (group.every((i) => story.sentences[i].file === file)) counts.set(file, (counts.get(file) ?? 0) + group.length);
  }
  return counts;
}
