import { words } from './tokenize.ts';

/**
 * Groups sentences that say the same thing in several articles: a statement quoted by every outlet, with
 * small differences in wording ("@POTUS" / "[Trump]") or in where the sentence was split. Two sentences
 * are one statement when most word trigrams of the shorter one also occur in the longer one, so a
 * sentence that merely shares topic words with another stays separate.
 */
export interface Groupable {
  /** The sentence text. */
  text: string;
}

/** Share of the shorter sentence's word trigrams that must appear in the longer one. */
export const MIN_TRIGRAM_CONTAINMENT = 0.6;
/** Sentences shorter than this many words must match word for word. */
export const MIN_WORDS_FOR_FUZZY = 6;

export interface Fingerprint {
  words: string[];
  trigrams: Set<string>;
}

export function fingerprint(text: string): Fingerprint {
  const w = words(text);
  const trigrams = new Set<string>();
  for (let i = 0; i + 2 < w.length; i++) trigrams.add(`${w[i]} ${w[i + 1]} ${w[i + 2]}`);
  return { words: w, trigrams };
}

export function sameStatement(a: Fingerprint, b: Fingerprint): boolean {
  const [small, large] = a.words.length <= b.words.length ? [a, b] : [b, a];
  if (small.words.length === 0) return false;
  if (small.words.length < MIN_WORDS_FOR_FUZZY) {
    return small.words.length === large.words.length && small.words.every((w, i) => w === large.words[i]);
  }
  let shared = 0;
  for (const t of small.trigrams) if (large.trigrams.has(t)) shared++;
  return shared / small.trigrams.size >= MIN_TRIGRAM_CONTAINMENT;
}

/** Groups items in order: each item joins the first earlier group whose leader says the same thing. */
export function groupDuplicates<T extends Groupable>(items: readonly T[]): T[][] {
  const groups: { leader: Fingerprint; members: T[] }[] = [];
  for (const item of items) {
    const print = fingerprint(item.text);
    const group = groups.find((g) => sameStatement(g.leader, print));
    if (group) group.members.push(item);
    else groups.push({ leader: print, members: [item] });
  }
  return groups.map((g) => g.members);
}
