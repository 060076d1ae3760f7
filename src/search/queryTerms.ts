import { boundedLevenshtein } from './editDistance.ts';
import { perStory } from '../story/perStory.ts';
import type { Story } from '../story/story.ts';
import { synonymStems } from './synonyms.ts';
import { irregularBase, isStopword, stem, terms, words } from './tokenize.ts';
import { relatedWords, type Relation } from './wordnet.ts';
import { spelledOut } from './chatWords.ts';
import { acronymTerm, prepareAcronyms } from './acronyms.ts';
import { lowerBound } from './lowerBound.ts';

/**
 * The weighted index terms of a question as people type it: each word's own stem (weight 1), plus
 * forms the story spells differently, each only when the story's index has it:
 * - British/American spellings ("criticised" / "criticized", "colour" / "color"): weight 0.9;
 * - a stem the Porter stemmer leaves apart ("injured" / "injury", "winning" / "winner"): 0.6;
 * - demonym and place ("Russian" / "Russia", "Norwegian" / "Norway"): 0.6;
 * - for a word the story never uses, its closest spelling in the story ("reserch" → "research"): 0.7;
 * - a number typed without separators ("10000" for "10,000"): its digit groups, 0.5;
 * - a word of the same plain-English group ("kids" / "children", "boss" / "director"): 0.5 (synonyms.ts).
 * Words that carry no topic ("whats", "cant", typed without the apostrophe) are dropped.
 */
export interface QueryTerm {
  term: string;
  weight: number;
}

/** One word of the question and the terms that stand for it. */
export interface QueryWord {
  word: string;
  terms: QueryTerm[];
  /** Set when the story does not use the word and it was read as this one. */
  readAs?: string;
}

const UNAPOSTROPHED = new Set([
  'whats', 'whos', 'wheres', 'whens', 'hows', 'whys', 'thats', 'theres', 'heres', 'cant', 'dont', 'didnt', 'doesnt',
  'isnt', 'wasnt', 'werent', 'arent', 'wont', 'wouldnt', 'couldnt', 'shouldnt', 'hasnt', 'havent', 'hadnt', 'im',
  'ive', 'youre', 'theyre', 'theyve', 'weve', 'hes', 'shes', 'lets', 'u', 'ur', 'pls', 'plz', 'tho',
  // Question words typed short or misspelt.
  'wat', 'wut', 'wht', 'whta', 'waht', 'whn', 'wher', 'whoe', 'hw', 'hwo',
]);

/** Question words that are not stopwords to the index but never name the topic. */
const QUESTION_FILLER = new Set(['happen', 'happened', 'happend', 'happening', 'tell', 'know', 'explain', 'exactly', 'anyone', 'anybody', 'someone', 'get', 'got']);

/** How much a closed compound ending in a question word counts ("waterbirds" for "birds"). */
const COMPOUND_WEIGHT = 0.6;
/** How much the rarest word of the name that a question's initials stand for counts ("fm" → "minister"). */
const ACRONYM_WEIGHT = 0.8;
/** How much a synonym of a question word counts, against 1 for the word itself. */
const SYNONYM_WEIGHT = 0.5;
/** How much a WordNet synonym (same sense) and a derived word ("arrest" / "arrester") count. */
/** How much a WordNet relative counts (weights compared on the development set, README). */
const WORDNET_WEIGHT: Record<Relation, number> = { synonym: 0.45, derived: 0.5, broader: 0.3 };

/** Endings the Porter stemmer leaves on one of two related stems ("win" / "winner", "injur" / "injuri"). */
const DERIVED_SUFFIX = /^(?:(?:er|or)s?|i|e|y|al|ion|ment|ist)$/;

function derived(stem: string, suffix: string): boolean {
  if (DERIVED_SUFFIX.test(suffix)) return true;
  // A doubled final consonant: win → winner, run → runner (but not win → winter).
  return suffix.length >= 3 && suffix[0] === stem[stem.length - 1] && /[bdgmnprt]/.test(suffix[0]) && DERIVED_SUFFIX.test(suffix.slice(1));
}

/** Demonym ↔ place rewrites of a lower-case word: Russian → Russia, Canadian → Canada, Chinese → China. */
const DEMONYM_RULES: [RegExp, string][] = [
  [/ians?$/, 'ia'], [/ians?$/, 'a'], [/ans?$/, 'a'], [/ns?$/, ''], [/ese$/, 'a'], [/ese$/, ''], [/is?$/, ''],
  [/egians?$/, 'ay'], [/ish$/, 'land'], [/ish$/, 'en'], [/ish$/, 'ain'],
  [/ia$/, 'ian'], [/a$/, 'an'], [/a$/, 'ian'], [/a$/, 'ese'], [/ay$/, 'egian'], [/land$/, 'ish'],
];

function demonymVariants(word: string): string[] {
  const out: string[] = [];
  for (const [pattern, replacement] of DEMONYM_RULES) {
    if (pattern.test(word)) out.push(word.replace(pattern, replacement));
  }
  return out;
}

/** British ↔ American spellings of a word: -ise / -ize (and their forms), -our / -or. */
function spellingVariants(word: string): string[] {
  const out: string[] = [];
  const ize = word.replace(/(?<=\w{2})i([sz])(e|ed|es|ing|er|ers|ation|ations)$/, (_, s: string, end: string) => `i${s === 's' ? 'z' : 's'}${end}`);
  if (ize !== word) out.push(ize);
  // licence / license, defence / defense, offence / offense.
  const ence = word.replace(/(?<=\w{3})en([cs])(e|es|ed|ing)$/, (_, c: string, end: string) => `en${c === 'c' ? 's' : 'c'}${end}`);
  if (ence !== word) out.push(ence);
  const our = word.replace(/(?<=\w{2})our(s|ed|ing|able|ite|ites)?$/, (_, end = '') => `or${end}`);
  if (our !== word) out.push(our);
  else {
    const or = word.replace(/(?<=\w{2}[^u])or(s|ed|ing|able|ite|ites)?$/, (_, end = '') => `our${end}`);
    if (or !== word) out.push(or);
  }
  return out;
}

interface Vocabulary {
  /** Index terms in sorted order, for prefix lookups. */
  sorted: string[];
  /** Closed compounds by their last part: "bird" → waterbird, seabird (built on first use). */
  compounds?: Map<string, string[]>;
  /** Every lower-case word of the story with its term, by word length (built on the first typo). */
  byLength?: Map<number, { word: string; term: string }[]>;
}

const vocabulary = perStory((story: Story): Vocabulary => ({ sorted: [...story.index.toData().vocabulary].sort() }));

/** Builds the per-story tables question reading uses (sorted vocabulary, words by length) ahead of the first question. */
export function prepareQueryWords(story: Story): void {
  vocabulary(story);
  prepareAcronyms(story);
  wordsByLength(story);
  compounds(story);
}

/** The shortest head and last part of a closed compound ("sea" + "bird", "farm" + "worker"). */
const COMPOUND_HEAD = 3;
const COMPOUND_TAIL = 4;

/**
 * Closed compounds of the story by their last part, when both parts are index terms too: "waterbird"
 * under "bird" (when the story also says "water" and "bird"). A question about "birds" finds "31,480
 * waterbirds"; "support" never stands for "port".
 */
function compounds(story: Story): Map<string, string[]> {
  const vocab = vocabulary(story);
  if (vocab.compounds) return vocab.compounds;
  const map = new Map<string, string[]>();
  for (const term of vocab.sorted) {
    if (term.length < COMPOUND_HEAD + COMPOUND_TAIL || /\d/.test(term)) continue;
    for (let cut = COMPOUND_HEAD; term.length - cut >= COMPOUND_TAIL; cut++) {
      const tail = term.slice(cut);
      // Both parts words of the story: "water" + "bird", but not "sup" + "port".
      if (!story.index.has(tail) || !story.index.has(term.slice(0, cut))) continue;
      let list = map.get(tail);
      if (!list) map.set(tail, (list = []));
      list.push(term);
      break;
    }
  }
  return (vocab.compounds = map);
}

/** Every lower-case word of the story (three letters or more, no digits) with its index term, by length. */
export function wordsByLength(story: Story): Map<number, { word: string; term: string }[]> {
  const vocab = vocabulary(story);
  if (vocab.byLength) return vocab.byLength;
  const seen = new Set<string>();
  const byLength = new Map<number, { word: string; term: string }[]>();
  for (const sentence of story.sentences) {
    for (const word of words(sentence.text)) {
      if (seen.has(word) || word.length < 3 || /\d/.test(word)) continue;
      seen.add(word);
      const term = terms(word)[0];
      if (!term || !story.index.has(term)) continue;
      let list = byLength.get(word.length);
      if (!list) byLength.set(word.length, (list = []));
      list.push({ word, term });
    }
  }
  return (vocab.byLength = byLength);
}

/** Index terms starting with a prefix (binary search in the sorted vocabulary). */
function withPrefix(sorted: string[], prefix: string): string[] {
  const lo = lowerBound(sorted.length, (i) => sorted[i] < prefix);
  const out: string[] = [];
  for (let i = lo; i < sorted.length && sorted[i].startsWith(prefix); i++) out.push(sorted[i]);
  return out;
}

/**
 * The story's word closest in spelling to `word`, at most `maxDistance` edits away (ties: the
 * alphabetically first), optionally only among words with the same first letter.
 */
export function nearestWord(story: Story, word: string, maxDistance: number, sameFirstLetter: boolean): { word: string; term: string } | undefined {
  const byLength = wordsByLength(story);
  let best: { word: string; term: string; distance: number } | undefined;
  for (let length = word.length - maxDistance; length <= word.length + maxDistance; length++) {
    for (const candidate of byLength.get(length) ?? []) {
      if (sameFirstLetter && candidate.word[0] !== word[0]) continue;
      const bound = best ? best.distance + 1 : maxDistance + 1;
      const d = boundedLevenshtein(word, candidate.word, bound);
      if (d >= bound) continue;
      if (!best || d < best.distance || candidate.word < best.word) best = { ...candidate, distance: d };
    }
  }
  return best ? { word: best.word, term: best.term } : undefined;
}

/** The story's word closest in spelling to a word it does not use, within a small edit distance. */
export function closestWord(story: Story, word: string): { word: string; term: string } | undefined {
  // Four-letter words have too many neighbours one letter away ("pier" / "per"); typos rarely touch
  // the first letter, and demanding it keeps the scan short.
  if (word.length < 5 || /\d/.test(word)) return undefined;
  return nearestWord(story, word, word.length >= 8 ? 2 : 1, true);
}

/** The words of a question as typed, chat short forms spelt out ("ppl" → "people"). */
function typedWords(question: string): string[] {
  return words(question).flatMap((w) => spelledOut(w));
}

/** The words of a question that name its topic, each with its weighted index terms (best first). */
export function queryWords(story: Story, question: string): QueryWord[] {
  const out: QueryWord[] = [];
  for (const word of typedWords(question)) {
    if (UNAPOSTROPHED.has(word) || QUESTION_FILLER.has(word) || isStopword(word)) continue;
    if (out.some((w) => w.word === word)) continue;
    const read = readWord(story, word);
    if (read) out.push(read);
  }
  return out;
}

/** The words of a question that name a topic but have no form in the story at all ("melania", "dog"). */
export function unknownWords(story: Story, question: string): string[] {
  const out: string[] = [];
  for (const word of typedWords(question)) {
    if (UNAPOSTROPHED.has(word) || QUESTION_FILLER.has(word) || isStopword(word) || out.includes(word)) continue;
    if (terms(word)[0] && !readWord(story, word)) out.push(word);
  }
  return out;
}

const readCache = new WeakMap<Story, Map<string, QueryWord | null>>();
/** Words read per story before the cache starts again (words recur across questions). */
const READ_CACHE_LIMIT = 10_000;

/** One word's terms in this story (cached per story), or null when the story has no form of it. */
function readWord(story: Story, word: string): QueryWord | null {
  let cache = readCache.get(story);
  if (!cache) readCache.set(story, (cache = new Map()));
  let read = cache.get(word);
  if (read === undefined) {
    read = expandWord(story, word);
    if (cache.size >= READ_CACHE_LIMIT) cache.clear();
    cache.set(word, read);
  }
  return read;
}

function expandWord(story: Story, word: string): QueryWord | null {
  const term = terms(word)[0];
  if (!term) return null;
  const weights = new Map<string, number>();
  const add = (t: string | undefined, weight: number) => {
    if (!t || !story.index.has(t)) return false;
    if ((weights.get(t) ?? 0) < weight) weights.set(t, weight);
    return true;
  };
  let found = add(term, 1);
  for (const spelling of spellingVariants(word)) found = add(terms(spelling)[0], 0.9) || found;
  for (const variant of demonymVariants(word)) {
    if (variant.length >= 4) found = add(stem(variant), 0.6) || found;
  }
  if (term.length >= 3 && !/^\d+$/.test(term)) {
    for (const longer of withPrefix(vocabulary(story).sorted, term)) {
      if (longer !== term && derived(term, longer.slice(term.length))) found = add(longer, 0.6) || found;
    }
    for (let cut = 1; cut <= 4 && term.length - cut >= 3; cut++) {
      const shorter = term.slice(0, -cut);
      if (derived(shorter, term.slice(-cut))) found = add(shorter, 0.6) || found;
    }
  }
  // Closed compounds ending in the word ("birds" → "waterbirds").
  if (term.length >= COMPOUND_TAIL) for (const compound of compounds(story).get(term) ?? []) found = add(compound, COMPOUND_WEIGHT) || found;
  // Initials of a name the story spells out ("fm" → First Minister), at the weight of a close form.
  const spelled = acronymTerm(story, word);
  if (spelled) found = add(spelled, ACRONYM_WEIGHT) || found;
  // Words of the same plain-English group ("kids" / "children", "boss" / "director"), below any form of the word itself.
  for (const synonym of synonymStems(word)) found = add(synonym, SYNONYM_WEIGHT) || found;
  // Words of the same sense and words derived from it, from WordNet ("arrested" → "apprehended", "detained").
  if (word.length >= 3 && !/\d/.test(word)) {
    const base = irregularBase(word);
    for (const related of relatedWords(word, base ? [base] : [])) {
      found = add(terms(related.word)[0], WORDNET_WEIGHT[related.relation]) || found;
    }
  }
  if (!found && /^\d{4,}$/.test(word)) {
    for (const group of word.replace(/\B(?=(\d{3})+(?!\d))/g, ',').split(',')) found = add(group, 0.5) || found;
  }
  let readAs: string | undefined;
  if (!found) {
    const close = closestWord(story, word);
    if (close && add(close.term, 0.7)) readAs = close.word;
  }
  if (!weights.size) return null;
  const termList = [...weights].map(([t, weight]) => ({ term: t, weight })).sort((a, b) => b.weight - a.weight);
  return readAs ? { word, terms: termList, readAs } : { word, terms: termList };
}

