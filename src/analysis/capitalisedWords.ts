/**
 * Which paragraphs hold a capitalised word, built once per list of paragraphs: for the story-wide look-ups
 * of a name ("the retailer Brindle", "the … Council"), which scanned every paragraph per name.
 * A word is a maximal run of letters and marks; only runs starting with a capital are kept.
 */
import { lowerBound } from '../search/lowerBound.ts';

interface WordIndex {
  size: number;
  paragraphs: Map<string, number[]>;
}
const indexes = new WeakMap<readonly { text: string }[], WordIndex>();

function indexOf(paragraphs: readonly { text: string }[]): WordIndex {
  let index = indexes.get(paragraphs);
  if (!index || index.size !== paragraphs.length) {
    index = { size: paragraphs.length, paragraphs: new Map() };
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
  const found: number[] = [];
  for (const p of paragraphsWithWord(paragraphs, word) ?? paragraphs.keys()) if (paragraphs[p].text.includes(word)) found.push(p);
  return found;
}

/** The last of the sorted numbers that is below `limit`, or undefined. */
export function lastBelow(sorted: readonly number[], limit: number): number | undefined {
  const at = lowerBound(sorted.length, (i) => sorted[i] < limit);
  return at > 0 ? sorted[at - 1] : undefined;
}
