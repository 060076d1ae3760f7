/**
 * Finding quotes from a few remembered words, and speakers from a few typed letters (prefix and
 * typo tolerant: "mcain" finds McCain).
 */
import { boundedLevenshtein } from '../search/editDistance.ts';
import { stem, words } from '../search/tokenize.ts';
import type { QuoteAnalysis, SpeakerEntry } from './quoteTypes.ts';
import { isRoleWord, titleWrittenShort } from './speechLexicon.ts';

function fold(text: string): string {
  return text.normalize('NFKD').replace(/\p{M}/gu, '').toLowerCase();
}

function allowedTypos(word: string): number {
  return word.length >= 7 ? 2 : word.length >= 4 ? 1 : 0;
}

/** Words of the story's quotes within typing distance of a typed word (not the word itself). */
function nearWords(typed: string, vocabulary: Set<string>): Set<string> {
  const near = new Set<string>();
  const bound = allowedTypos(typed) + 1;
  if (bound <= 1) return near;
  for (const w of vocabulary) if (w !== typed && boundedLevenshtein(typed, w, bound) < bound) near.add(w);
  return near;
}

/** How well a typed word matches a text: 1 the word or its stem, 0.8 a word one or two typos away, 0 none. */
function wordMatch(typed: string, typedStem: string, near: Set<string>, text: PreparedText): number {
  if (text.words.has(typed) || text.stems.has(typedStem)) return 1;
  for (const w of near) if (text.words.has(w)) return 0.8;
  return 0;
}

export interface QuoteHit {
  index: number;
  score: number;
}

interface PreparedText {
  folded: string;
  count: number;
  words: Set<string>;
  stems: Set<string>;
}

interface Prepared {
  texts: PreparedText[][];
  vocabulary: Set<string>;
}

const prepared = new WeakMap<QuoteAnalysis, Prepared>();

/** Each quote's wordings, folded and stemmed once per analysis. */
function prepare(analysis: QuoteAnalysis): Prepared {
  let cached = prepared.get(analysis);
  if (!cached) {
    const texts = analysis.quotes.map((quote) =>
      [quote.text, ...quote.variants].map((text) => {
        const folded = fold(text);
        const ws = words(folded);
        return { folded, count: ws.length, words: new Set(ws), stems: new Set(ws.map(stem)) };
      }),
    );
    const vocabulary = new Set<string>();
    for (const list of texts) for (const t of list) for (const w of t.words) vocabulary.add(w);
    cached = { texts, vocabulary };
    prepared.set(analysis, cached);
  }
  return cached;
}

/** Quotes that contain the typed words (in any outlet's wording), best first. */
export function matchQuotes(analysis: QuoteAnalysis, typed: string, limit = 5): QuoteHit[] {
  const query = words(fold(typed));
  if (!query.length) return [];
  const queryStems = query.map(stem);
  const phrase = query.join(' ');
  const { texts: all, vocabulary } = prepare(analysis);
  const near = query.map((w) => nearWords(w, vocabulary));
  const hits: QuoteHit[] = [];
  all.forEach((texts, index) => {
    let best = 0;
    for (const text of texts) {
      let matched = 0;
      query.forEach((w, i) => (matched += wordMatch(w, queryStems[i], near[i], text)));
      let score = matched / query.length;
      // Typing the quote's words in order is a stronger sign than the same words scattered.
      if (query.length > 1 && text.folded.includes(phrase)) score += 0.5;
      // A short quote matched in full beats a long one that merely contains the words.
      score += Math.min(query.length / Math.max(text.count, 1), 1) * 0.1;
      best = Math.max(best, score);
    }
    if (best >= 0.6) hits.push({ index, score: Math.round(best * 1000) / 1000 });
  });
  return hits.sort((a, b) => b.score - a.score || a.index - b.index).slice(0, limit);
}

/** How well typed letters match a speaker: 3 full name, 2 prefix of a name part, 1 within typos, 0 no. */
function speakerScore(speaker: SpeakerEntry, typed: string): number {
  const names = [speaker.name, ...speaker.aliases].map(fold);
  const t = fold(typed).replace(/\s+/g, ' ').trim();
  if (!t) return 1;
  if (names.some((n) => n === t)) return 3;
  const parts = names.flatMap((n) => [n, ...n.split(/[\s-]+/)]).map((p) => p.replace(/^@/, ''));
  if (parts.some((p) => p.startsWith(t))) return 2;
  const bound = allowedTypos(t) + 1;
  if (bound > 1) {
    for (const p of parts) {
      // Compare with the part whole and with its start, so an unfinished word with a typo still matches.
      if (boundedLevenshtein(t, p, bound) < bound || boundedLevenshtein(t, p.slice(0, t.length), bound) < bound) return 1;
    }
  }
  return 0;
}

/**
 * How well a typed role ("the rbc analyst", "chief justice", "the pm") fits a speaker: 0.5 when its last
 * word is a word of one of their roles and every other typed word is in that role or their name, else 0.
 */
function roleScore(speaker: SpeakerEntry, typed: string): number {
  const query = fold(typed)
    .split(/[\s'’]+/)
    .filter((w) => w && !/^(?:the|a|an|s)$/.test(w))
    .flatMap((w) => (titleWrittenShort(w) ?? w).split(' '));
  if (!query.length) return 0;
  const head = query[query.length - 1];
  const named = new Set([speaker.name, ...speaker.aliases].flatMap((n) => fold(n).split(/[\s-]+/)));
  for (const role of [...(speaker.roles ?? []), ...(speaker.description ? [speaker.description] : [])]) {
    const list = fold(role).split(/[\s'’,]+/).filter(Boolean);
    const words = new Set(list);
    // The typed head must be the role's own ("analyst", "chief"), not the organisation it is of ("Harbour United").
    const headFits = list[list.length - 1] === head || (words.has(head) && isRoleWord(head));
    if (headFits && query.slice(0, -1).every((w) => words.has(w) || named.has(w))) return 0.5;
  }
  return 0;
}

/** Speakers matching what was typed, best first (at most `limit`); a role typed finds who holds it. */
export function matchSpeakers(speakers: SpeakerEntry[], typed: string, limit = 25): SpeakerEntry[] {
  return speakers
    .map((speaker) => ({ speaker, score: speakerScore(speaker, typed) || roleScore(speaker, typed) }))
    .filter((x) => x.score > 0)
    .sort((a, b) => b.score - a.score || b.speaker.quotes - a.speaker.quotes || a.speaker.name.localeCompare(b.speaker.name))
    .slice(0, limit)
    .map((x) => x.speaker);
}
