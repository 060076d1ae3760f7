/**
 * Which paragraphs hold a capitalised word, built once per list of paragraphs: for the story-wide look-ups
 * of a name ("the retailer Brindle", "the … Council"), which scanned every paragraph per name.
 * A word is a maximal run of letters and marks; only runs starting with a capital are kept.
 */
import { lowerBound } from '../search/lowerBound.ts';

interface WordIndex {
  size: number;
  paragraphs: Map<string, number[]>;
  /** Per leading run asked about: what follows each place it is written, sorted (see paragraphsHolding). */
  followers: Map<string, { texts: string[]; paragraphs: number[] }>;
}
const indexes = new WeakMap<readonly { text: string }[], WordIndex>();

function indexOf(paragraphs: readonly { text: string }[]): WordIndex {
  let index = indexes.get(paragraphs);
  if (!index || index.size !== paragraphs.length) {
    index = { size: paragraphs.length, paragraphs: new Map(), followers: new Map() };
    paragraphs.forEach((p, i) => {
      for (const [word] of p.text.matchAll(/\p{Lu}[\p{L}\p{M}]*/gu)) {
        // Only a whole run: a capital inside a word ("McDonald") does not start one.
        const list = index!.paragraphs.get(word);
        if (!list) index!.paragraphs.set(word, [i]);
        else if (list[list.length - 1] !== i) list.push(i);
      }
    });
    indexes.set(paragraphs, index);
  }
  return index;
}

/**
 * The paragraphs (their numbers in the list, in order) where `word` may stand as a word (not preceded by a
 * letter): those holding its leading run of letters as a whole word. Undefined when the word does not open
 * with a capital (the caller scans every paragraph then).
 */
export function paragraphsWithWord(paragraphs: readonly { text: string }[], word: string): readonly number[] | undefined {
  const lead = /^\p{Lu}[\p{L}\p{M}]*/u.exec(word)?.[0];
  if (!lead) return undefined;
  // A superset: a capital inside a word starts a run too ("xBrindle"); callers match the text itself.
  return indexOf(paragraphs).paragraphs.get(lead) ?? [];
}

/**
 * The paragraphs (their numbers in the list, in order) whose text holds `word` as written, among those
 * where it may stand as a word: a name's searches build a regex holding the word itself, and a story of
 * many "Achterberg25"-like names shares one leading run ("Achterberg") over thousands of paragraphs.
 */
export function paragraphsHolding(paragraphs: readonly { text: string }[], word: string): number[] {
  const lead = /^\p{Lu}[\p{L}\p{M}]*/u.exec(word)?.[0];
  const found: number[] = [];
  if (!lead || word.length > FOLLOWING) {
    for (const p of paragraphsWithWord(paragraphs, word) ?? paragraphs.keys()) if (paragraphs[p].text.includes(word)) found.push(p);
    return found;
  }
  const index = indexOf(paragraphs);
  // The run itself stands in every paragraph of its list.
  if (word === lead) return [...(index.paragraphs.get(lead) ?? [])];
  // A paragraph holds the word where it holds the run followed by the rest: the texts that start there,
  // sorted, put those starting with the word together (found by binary search).
  const { texts, paragraphs: where } = followersOf(index, paragraphs, lead);
  for (let k = lowerBound(texts.length, (i) => texts[i] < word); k < texts.length && texts[k].startsWith(word); k++) found.push(where[k]);
  return [...new Set(found)].sort((a, b) => a - b);
}

/** How much of the text after each place a leading run is written is kept (a longer word is looked for in the whole text). */
const FOLLOWING = 32;

function followersOf(index: WordIndex, paragraphs: readonly { text: string }[], lead: string): { texts: string[]; paragraphs: number[] } {
  let followers = index.followers.get(lead);
  if (!followers) {
    const places: { text: string; paragraph: number }[] = [];
    for (const p of index.paragraphs.get(lead) ?? []) {
      const text = paragraphs[p].text;
      for (let i = text.indexOf(lead); i >= 0; i = text.indexOf(lead, i + 1)) places.push({ text: text.slice(i, i + FOLLOWING), paragraph: p });
    }
    places.sort((a, b) => (a.text < b.text ? -1 : a.text > b.text ? 1 : a.paragraph - b.paragraph));
    followers = { texts: places.map((x) => x.text), paragraphs: places.map((x) => x.paragraph) };
    index.followers.set(lead, followers);
  }
  return followers;
}

/** The last of the sorted numbers that is below `limit`, or undefined. */
export function lastBelow(sorted: readonly number[], limit: number): number | undefined {
  const at = lowerBound(sorted.length, (i) => sorted[i] < limit);
  return at > 0 ? sorted[at - 1] : undefined;
}

const LETTER_END = /[\p{L}\p{M}]$/u;
const LETTER_START = /^[\p{L}\p{M}]/u;
const SPACE = /\s/;
const LOWER = /^\p{Ll}$/u;

/** Whether a letter or mark stands just before `i` (a lookbehind `(?<=[\p{L}\p{M}])` there). */
function letterBefore(text: string, i: number): boolean {
  return i > 0 && LETTER_END.test(text.slice(Math.max(0, i - 2), i));
}

/**
 * What `text.matchAll(/(?<![\p{L}\p{M}])WORD…/gu)` gives, `word` written as is in place of WORD and `tail`
 * the pattern after it with the flags 'uy' (its match and groups): one precompiled pattern tried only where
 * the word stands (found by indexOf), instead of a pattern compiled per word and tried at every character.
 */
export function* matchesAfterWord(text: string, word: string, tail: RegExp): Generator<RegExpExecArray> {
  let end = 0;
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
    if (i < end || letterBefore(text, i)) continue;
    tail.lastIndex = i + word.length;
    const m = tail.exec(text);
    if (!m) continue;
    end = tail.lastIndex;
    yield m;
  }
}

/** Where the run of characters (code points) that each match `one` (anchored: /^…$/u) and end at `end` starts. */
export function runBefore(text: string, end: number, one: RegExp): number {
  let k = end;
  while (k > 0) {
    const pair = k > 1 && /[\uDC00-\uDFFF]/.test(text[k - 1]) && /[\uD800-\uDBFF]/.test(text[k - 2]);
    if (!one.test(text.slice(pair ? k - 2 : k - 1, k))) break;
    k -= pair ? 2 : 1;
  }
  return k;
}

/**
 * The nouns `text.matchAll(/(?<![\p{L}\p{M}])(?<noun>\p{Ll}+)\s+WORD(?![\p{L}\p{M}])/gu)` finds, `word`
 * written as is in place of WORD: the lower-case word just before each place the word stands, read backwards.
 */
export function* nounsBeforeWord(text: string, word: string): Generator<string> {
  let end = 0;
  for (let i = text.indexOf(word); i >= 0; i = text.indexOf(word, i + 1)) {
    if (LETTER_START.test(text.slice(i + word.length, i + word.length + 2))) continue;
    let k = i;
    while (k > 0 && SPACE.test(text[k - 1])) k--;
    const spaces = k;
    k = runBefore(text, k, LOWER);
    if (spaces === i || k === spaces || k < end || letterBefore(text, k)) continue;
    end = i + word.length;
    yield text.slice(k, spaces);
  }
}
