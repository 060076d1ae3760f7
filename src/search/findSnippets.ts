import type { Story } from '../story/story.ts';
import type { Citation, Sentence } from '../story/types.ts';
import { groupDuplicates } from './groupDuplicates.ts';
import { stem, terms, words } from './tokenize.ts';

/** A search result: one statement, with every article that carries it. */
export interface Snippet {
  text: string;
  score: number;
  /** Share of the query's weight (idf of its distinct terms) that the statement matches, 0–1. */
  coverage: number;
  /** Number of distinct articles carrying the statement. */
  sources: number;
  citations: Citation[];
  /** The best-scoring sentence of the group. */
  sentence: Sentence;
}

export interface SnippetQuery {
  /** How many statements at most. */
  limit: number;
  /** Keep only sentences that pass. */
  accept?: (sentence: Sentence) => boolean;
  /** Drop statements scoring below this share of the best one (0–1). */
  relativeFloor?: number;
  /** Keep at least this many statements even when below the floor. */
  keepAtLeast?: number;
}

/** Searches the story for a free-text query and returns cited statements, duplicates merged. */
export function findSnippets(story: Story, query: string, options: SnippetQuery): Snippet[] {
  const queryTerms = terms(query);
  const { accept, limit } = options;
  const hits = story.index.searchTerms(queryTerms, Math.min(Math.max(limit * 8, 40), 2000), accept ? (d) => accept(story.sentences[d]) : undefined);
  if (!hits.length) return [];
  // Rerank: a sentence that matches more of the question's distinct words beats one that repeats one word.
  const distinct = [...new Set(queryTerms)].filter((t) => story.index.has(t));
  const idfs = distinct.map((t) => story.index.idf(t));
  const totalIdf = idfs.reduce((a, b) => a + b, 0) || 1;
  const items = hits
    .map((hit) => {
      const sentence = story.sentences[hit.doc];
      const sentenceTerms = story.indexTermsOf(sentence);
      let matched = 0;
      distinct.forEach((t, i) => {
        if (sentenceTerms.includes(t)) matched += idfs[i];
      });
      const coverage = matched / totalIdf;
      return { hit: { doc: hit.doc, score: hit.score * (0.4 + 0.6 * coverage) }, coverage, sentence, text: sentence.text };
    })
    .sort((a, b) => b.hit.score - a.hit.score || a.hit.doc - b.hit.doc);
  const groups = groupDuplicates(items);
  const best = groups[0][0].hit.score;
  const floor = best * (options.relativeFloor ?? 0);
  const keep = options.keepAtLeast ?? 0;
  const snippets: Snippet[] = [];
  for (const group of groups) {
    if (snippets.length >= limit) break;
    const leader = group[0];
    if (leader.hit.score < floor && snippets.length >= keep) break;
    const members = [...group].sort((a, b) => a.sentence.index - b.sentence.index);
    snippets.push({
      text: leader.sentence.text,
      score: round(leader.hit.score),
      coverage: round(Math.max(...group.map((m) => m.coverage))),
      sources: new Set(members.map((m) => m.sentence.file)).size,
      citations: members.map((m) => story.cite(m.sentence)),
      sentence: leader.sentence,
    });
  }
  return snippets;
}

function round(n: number): number {
  return Math.round(n * 1000) / 1000;
}

/**
 * Words the story does contain, to suggest when a query matches nothing: close spellings of the
 * query's words first, then the story's most distinctive words.
 */
export function suggestTerms(story: Story, query: string, count = 8): string[] {
  const surface = surfaceForms(story);
  const suggestions: string[] = [];
  for (const word of words(query)) {
    if (word.length < 4) continue;
    let bestWord: string | undefined;
    let bestDistance = Math.max(1, Math.floor(word.length / 4)) + 1;
    for (const [, form] of surface) {
      const d = boundedLevenshtein(word, form.toLowerCase(), bestDistance);
      if (d < bestDistance) {
        bestDistance = d;
        bestWord = form;
      }
    }
    if (bestWord && !suggestions.includes(bestWord)) suggestions.push(bestWord);
  }
  const frequent = [...surface.entries()]
    .map(([term, form]) => ({ form, df: story.index.documentFrequency(term) }))
    .filter((x) => x.df >= 2 && /^\p{Lu}/u.test(x.form) === false ? x.form.length > 4 : true)
    .sort((a, b) => b.df - a.df || a.form.localeCompare(b.form));
  for (const { form } of frequent) {
    if (suggestions.length >= count) break;
    if (!suggestions.some((s) => stem(s.toLowerCase()) === stem(form.toLowerCase()))) suggestions.push(form);
  }
  return suggestions.slice(0, count);
}

const surfaceCache = new WeakMap<Story, Map<string, string>>();

/** For each index term, the word form most often seen in the text (keeping capitals of names). */
function surfaceForms(story: Story): Map<string, string> {
  let cached = surfaceCache.get(story);
  if (cached) return cached;
  const counts = new Map<string, Map<string, number>>();
  for (const sentence of story.sentences) {
    for (const match of sentence.text.matchAll(/[\p{L}][\p{L}\p{N}]*/gu)) {
      const word = match[0];
      const lower = word.toLowerCase();
      const t = terms(lower)[0];
      if (!t || word.length < 3) continue;
      let forms = counts.get(t);
      if (!forms) counts.set(t, (forms = new Map()));
      forms.set(word, (forms.get(word) ?? 0) + 1);
    }
  }
  cached = new Map();
  for (const [t, forms] of counts) {
    const best = [...forms.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))[0][0];
    cached.set(t, best);
  }
  surfaceCache.set(story, cached);
  return cached;
}

function boundedLevenshtein(a: string, b: string, bound: number): number {
  if (Math.abs(a.length - b.length) >= bound) return bound;
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const cur = [i];
    let rowMin = i;
    for (let j = 1; j <= b.length; j++) {
      const v = Math.min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      cur.push(v);
      if (v < rowMin) rowMin = v;
    }
    if (rowMin >= bound) return bound;
    prev = cur;
  }
  return prev[b.length];
}
