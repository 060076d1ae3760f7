import type { Story } from '../story/story.ts';
import type { Sentence } from '../story/types.ts';
import { words } from './tokenize.ts';

/**
 * Groups sentences that say the same thing in several articles: a statement quoted by every outlet, with
 * small differences in wording ("@POTUS" / "[Trump]") or in where the sentence was split. Two sentences
 * are one statement when most word trigrams of the shorter one also occur in the longer one, so a
 * sentence that merely shares topic words with another stays separate.
 *
 * Grouping n items does not compare each with every group. Candidates come from a trigram → groups
 * index with prefix filtering (as in set-similarity joins): trigrams are ordered rarest first, and two
 * fingerprints that share at least t trigrams must share one among the first |X| − t + 1 of either.
 * Each group leader is indexed under all its trigrams (probed with the newcomer's prefix) and under its
 * own prefix (probed with all the newcomer's trigrams); only the candidates found are checked with
 * sameStatement. Short sentences (which must match word for word) go through an exact-text map.
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

/** Fewest shared trigrams for a fingerprint with `size` trigrams to be contained in another. */
function needed(size: number): number {
  let t = Math.ceil(size * MIN_TRIGRAM_CONTAINMENT);
  while (t > 1 && (t - 1) / size >= MIN_TRIGRAM_CONTAINMENT) t--;
  while (t / size < MIN_TRIGRAM_CONTAINMENT) t++;
  return t;
}

export interface GroupOptions<T> {
  /** The item's fingerprint (e.g. from a cache); fingerprint(item.text) when absent. */
  print?: (item: T, position: number) => Fingerprint;
  /**
   * Stop opening groups once this many exist: later items only join the groups already open (every
   * duplicate of a kept group is still collected) and the others are dropped.
   */
  maxGroups?: number;
}

/** Up to this many groups, a newcomer is compared with each leader; beyond, leaders are indexed. */
const LINEAR_GROUPS = 16;

/** Groups items in order: each item joins the first earlier group whose leader says the same thing. */
export function groupDuplicates<T extends Groupable>(items: readonly T[], options: GroupOptions<T> = {}): T[][] {
  const printOf = options.print ?? ((item: T) => fingerprint(item.text));
  const prints = items.map((item, i) => printOf(item, i));
  const leaders: Fingerprint[] = [];
  let index: DuplicateIndex | undefined;
  const members: T[][] = [];
  const maxGroups = options.maxGroups ?? Infinity;
  for (let i = 0; i < items.length; i++) {
    const print = prints[i];
    let group = -1;
    if (index) group = index.find(print);
    else {
      for (let g = 0; g < leaders.length; g++) {
        if (sameStatement(leaders[g], print)) {
          group = g;
          break;
        }
      }
    }
    if (group >= 0) members[group].push(items[i]);
    else if (members.length < maxGroups) {
      members.push([items[i]]);
      if (index) index.open(print);
      else if (leaders.push(print) > LINEAR_GROUPS) {
        index = new DuplicateIndex(prints);
        for (const leader of leaders) index.open(leader);
      }
    }
  }
  return members;
}

/** Group leaders, indexed for finding the first one that says the same thing as a fingerprint. */
class DuplicateIndex {
  /** How many of the fingerprints carry each trigram: the order that puts rare trigrams first. */
  private readonly frequency = new Map<string, number>();
  private readonly leaders: Fingerprint[] = [];
  private readonly byTrigram = new Map<string, number[]>();
  private readonly byPrefix = new Map<string, number[]>();
  private readonly byText = new Map<string, number>();
  /** Per-lookup marks: the last lookup that met each group. */
  private seen: Uint32Array = new Uint32Array(64);
  private lookup = 0;

  constructor(prints: readonly Fingerprint[]) {
    for (const print of prints) {
      for (const t of print.trigrams) this.frequency.set(t, (this.frequency.get(t) ?? 0) + 1);
    }
  }

  /** The fingerprint's trigrams, rarest first (ties in string order), and how many of them form its prefix. */
  private ordered(print: Fingerprint): { trigrams: string[]; prefix: number } {
    const f = this.frequency;
    const trigrams = [...print.trigrams].sort((a, b) => (f.get(a) ?? 0) - (f.get(b) ?? 0) || (a < b ? -1 : a > b ? 1 : 0));
    return { trigrams, prefix: trigrams.length - needed(trigrams.length) + 1 };
  }

  private static fuzzy(print: Fingerprint): boolean {
    return print.words.length >= MIN_WORDS_FOR_FUZZY;
  }

  /** Adds a new group led by this fingerprint; returns its number. */
  open(print: Fingerprint): number {
    const id = this.leaders.length;
    this.leaders.push(print);
    if (id >= this.seen.length) {
      const grown = new Uint32Array(this.seen.length * 2);
      grown.set(this.seen);
      this.seen = grown;
    }
    if (!DuplicateIndex.fuzzy(print)) {
      const key = print.words.join(' ');
      if (print.words.length && !this.byText.has(key)) this.byText.set(key, id);
      return id;
    }
    const { trigrams, prefix } = this.ordered(print);
    for (let i = 0; i < trigrams.length; i++) {
      push(this.byTrigram, trigrams[i], id);
      if (i < prefix) push(this.byPrefix, trigrams[i], id);
    }
    return id;
  }

  /** The first group whose leader says the same thing, or -1. */
  find(print: Fingerprint): number {
    if (!DuplicateIndex.fuzzy(print)) return print.words.length ? (this.byText.get(print.words.join(' ')) ?? -1) : -1;
    const { trigrams, prefix } = this.ordered(print);
    const mark = ++this.lookup;
    let best = -1;
    const consider = (ids: number[] | undefined) => {
      if (!ids) return;
      for (const id of ids) {
        if (best >= 0 && id >= best) break;
        if (this.seen[id] === mark) continue;
        this.seen[id] = mark;
        if (sameStatement(this.leaders[id], print)) best = id;
      }
    };
    for (let i = 0; i < trigrams.length; i++) {
      if (i < prefix) consider(this.byTrigram.get(trigrams[i]));
      consider(this.byPrefix.get(trigrams[i]));
    }
    return best;
  }
}

function push(map: Map<string, number[]>, key: string, id: number): void {
  const list = map.get(key);
  if (list) list.push(id);
  else map.set(key, [id]);
}

const printCache = new WeakMap<Story, (Fingerprint | undefined)[]>();

/** A sentence's fingerprint, computed once per story. */
export function sentenceFingerprint(story: Story, sentence: Sentence): Fingerprint {
  let prints = printCache.get(story);
  if (!prints) printCache.set(story, (prints = new Array(story.sentences.length)));
  return (prints[sentence.index] ??= fingerprint(sentence.text));
}

/** Every statement of a story: groups of sentence indexes (document order), and each sentence's group. */
export interface StoryDuplicates {
  groups: number[][];
  groupOf: Uint32Array;
}

const storyGroups = new WeakMap<Story, StoryDuplicates>();

/**
 * The story's sentences grouped into statements, in document order (the same grouping as
 * groupDuplicates over story.sentences); computed once per story. Built for stories of 100k sentences
 * and more: trigrams become integers ranked rarest first, each sentence's trigrams a sorted typed
 * array, containment a merge of two sorted arrays, and the prefix-filter index an array of postings.
 */
export function storyDuplicates(story: Story): StoryDuplicates {
  let cached = storyGroups.get(story);
  if (cached) return cached;
  const prints = integerPrints(story.sentences.map((s) => s.text));
  const groupOf = groupIntegerPrints(prints);
  const groups: number[][] = [];
  for (let i = 0; i < groupOf.length; i++) (groups[groupOf[i]] ??= []).push(i);
  cached = { groups, groupOf };
  storyGroups.set(story, cached);
  return cached;
}

/** Sentences as integers: word counts, the words of short ones, trigram ranks (rarest first, ascending). */
interface IntegerPrints {
  wordCount: Uint32Array;
  shortKey: (string | undefined)[];
  /** Sentence i's trigrams are trigrams[offsets[i] .. offsets[i + 1]], ascending. */
  trigrams: Uint32Array;
  offsets: Uint32Array;
  /** Distinct trigrams in all. */
  trigramCount: number;
}

/** A 32-bit hash of three integers (multiplicative combination, murmur3's finaliser). */
function mix(a: number, b: number, c: number): number {
  let h = (Math.imul(a, 0x9e3779b1) + Math.imul(b, 0x85ebca77) + c) | 0;
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  return h ^ (h >>> 16);
}

/** An open-addressing hash map from word-id triples to dense trigram ids (0, 1, 2, … in order of first sight). */
class TrigramIds {
  private keys: Int32Array;
  private values: Int32Array;
  private mask: number;
  size = 0;

  constructor(capacity = 1 << 16) {
    this.keys = new Int32Array(capacity * 3);
    this.values = new Int32Array(capacity).fill(-1);
    this.mask = capacity - 1;
  }

  /** The id of (a, b, c), given a new one when first seen. */
  id(a: number, b: number, c: number): number {
    if (this.size * 2 >= this.values.length) this.grow();
    const { keys, values, mask } = this;
    let slot = mix(a, b, c) & mask;
    for (;;) {
      const v = values[slot];
      const k = slot * 3;
      if (v < 0) {
        keys[k] = a;
        keys[k + 1] = b;
        keys[k + 2] = c;
        values[slot] = this.size;
        return this.size++;
      }
      if (keys[k] === a && keys[k + 1] === b && keys[k + 2] === c) return v;
      slot = (slot + 1) & mask;
    }
  }

  private grow(): void {
    const { keys, values } = this;
    const capacity = values.length * 2;
    this.keys = new Int32Array(capacity * 3);
    this.values = new Int32Array(capacity).fill(-1);
    this.mask = capacity - 1;
    for (let i = 0; i < values.length; i++) {
      if (values[i] < 0) continue;
      const a = keys[i * 3];
      const b = keys[i * 3 + 1];
      const c = keys[i * 3 + 2];
      let slot = mix(a, b, c) & this.mask;
      while (this.values[slot] >= 0) slot = (slot + 1) & this.mask;
      this.keys[slot * 3] = a;
      this.keys[slot * 3 + 1] = b;
      this.keys[slot * 3 + 2] = c;
      this.values[slot] = values[i];
    }
  }
}

function integerPrints(texts: readonly string[]): IntegerPrints {
  const n = texts.length;
  const wordIds = new Map<string, number>();
  const trigramIds = new TrigramIds();
  const wordCount = new Uint32Array(n);
  const shortKey: (string | undefined)[] = new Array(n);
  const offsets = new Uint32Array(n + 1);
  let flat = new Uint32Array(1 << 16);
  let length = 0;
  let frequency = new Uint32Array(1 << 16);
  let ids = new Uint32Array(64);
  for (let i = 0; i < n; i++) {
    const w = words(texts[i]);
    wordCount[i] = w.length;
    offsets[i] = length;
    if (w.length < MIN_WORDS_FOR_FUZZY) {
      shortKey[i] = w.join(' ');
      continue;
    }
    if (w.length > ids.length) ids = new Uint32Array(w.length * 2);
    for (let j = 0; j < w.length; j++) {
      let id = wordIds.get(w[j]);
      if (id === undefined) wordIds.set(w[j], (id = wordIds.size));
      ids[j] = id;
    }
    if (length + w.length > flat.length) {
      const grown = new Uint32Array(Math.max(flat.length * 2, length + w.length));
      grown.set(flat);
      flat = grown;
    }
    for (let j = 0; j + 2 < w.length; j++) flat[length + j] = trigramIds.id(ids[j], ids[j + 1], ids[j + 2]);
    sortRun(flat, length, length + w.length - 2);
    let unique = 0;
    for (let k = length; k < length + w.length - 2; k++) if (unique === 0 || flat[k] !== flat[length + unique - 1]) flat[length + unique++] = flat[k];
    if (trigramIds.size > frequency.length) {
      const grown = new Uint32Array(Math.max(frequency.length * 2, trigramIds.size));
      grown.set(frequency);
      frequency = grown;
    }
    for (let k = length; k < length + unique; k++) frequency[flat[k]]++;
    length += unique;
  }
  offsets[n] = length;
  // Rank trigrams rarest first (counting sort by frequency, ids ascending within a frequency).
  const count = trigramIds.size;
  let maxFrequency = 0;
  for (let t = 0; t < count; t++) if (frequency[t] > maxFrequency) maxFrequency = frequency[t];
  const start = new Uint32Array(maxFrequency + 2);
  for (let t = 0; t < count; t++) start[frequency[t] + 1]++;
  for (let f = 1; f < start.length; f++) start[f] += start[f - 1];
  const rank = new Uint32Array(count);
  for (let t = 0; t < count; t++) rank[t] = start[frequency[t]]++;
  const trigrams = flat.subarray(0, length);
  for (let k = 0; k < length; k++) trigrams[k] = rank[trigrams[k]];
  for (let i = 0; i < n; i++) sortRun(trigrams, offsets[i], offsets[i + 1]);
  return { wordCount, shortKey, trigrams, offsets, trigramCount: count };
}

/** Sorts a[from .. to] in place: insertion sort for the short runs of a sentence, else the built-in sort. */
function sortRun(a: Uint32Array, from: number, to: number): void {
  if (to - from > 48) {
    a.subarray(from, to).sort();
    return;
  }
  for (let i = from + 1; i < to; i++) {
    const v = a[i];
    let j = i - 1;
    while (j >= from && a[j] > v) {
      a[j + 1] = a[j];
      j--;
    }
    a[j + 1] = v;
  }
}

/** Trigrams two sorted runs of one array share. */
function sharedCount(t: Uint32Array, i: number, iEnd: number, j: number, jEnd: number): number {
  let shared = 0;
  while (i < iEnd && j < jEnd) {
    const x = t[i];
    const y = t[j];
    if (x === y) {
      shared++;
      i++;
      j++;
    } else if (x < y) i++;
    else j++;
  }
  return shared;
}

/** Postings of groups per trigram as linked lists in typed arrays, groups ascending within a trigram. */
class Postings {
  private readonly head: Int32Array;
  private readonly tail: Int32Array;
  next = new Int32Array(1 << 12);
  group = new Int32Array(1 << 12);
  private size = 0;

  constructor(trigrams: number) {
    this.head = new Int32Array(trigrams).fill(-1);
    this.tail = new Int32Array(trigrams).fill(-1);
  }

  first(trigram: number): number {
    return this.head[trigram];
  }

  add(trigram: number, group: number): void {
    if (this.size === this.next.length) {
      const next = new Int32Array(this.size * 2);
      next.set(this.next);
      this.next = next;
      const groups = new Int32Array(this.size * 2);
      groups.set(this.group);
      this.group = groups;
    }
    const e = this.size++;
    this.next[e] = -1;
    this.group[e] = group;
    if (this.tail[trigram] < 0) this.head[trigram] = e;
    else this.next[this.tail[trigram]] = e;
    this.tail[trigram] = e;
  }
}

/** groupDuplicates over integer prints: each sentence's group number. */
function groupIntegerPrints(prints: IntegerPrints): Uint32Array {
  const { wordCount, shortKey, trigrams, offsets } = prints;
  const n = wordCount.length;
  const groupOf = new Uint32Array(n);
  const leaders: number[] = [];
  const byTrigram = new Postings(prints.trigramCount);
  const byPrefix = new Postings(prints.trigramCount);
  const byText = new Map<string, number>();
  let seen = new Uint32Array(1024);
  let mark = 0;
  let group = -1;
  let item = 0;
  /** Checks the groups of one posting list against sentence `item`, keeping the first that matches. */
  const consider = (postings: Postings, e: number) => {
    const start = offsets[item];
    const end = offsets[item + 1];
    for (; e >= 0; e = postings.next[e]) {
      const id = postings.group[e];
      if (group >= 0 && id >= group) break;
      if (seen[id] === mark) continue;
      seen[id] = mark;
      const leader = leaders[id];
      const small = wordCount[leader] <= wordCount[item] ? offsets[leader + 1] - offsets[leader] : end - start;
      if (sharedCount(trigrams, offsets[leader], offsets[leader + 1], start, end) / small >= MIN_TRIGRAM_CONTAINMENT) group = id;
    }
  };
  for (item = 0; item < n; item++) {
    group = -1;
    const start = offsets[item];
    const size = offsets[item + 1] - start;
    const key = shortKey[item];
    if (key !== undefined) {
      group = wordCount[item] ? (byText.get(key) ?? -1) : -1;
    } else {
      mark++;
      const prefix = size - needed(size) + 1;
      for (let k = 0; k < size; k++) {
        const t = trigrams[start + k];
        if (k < prefix) consider(byTrigram, byTrigram.first(t));
        consider(byPrefix, byPrefix.first(t));
      }
    }
    if (group < 0) {
      group = leaders.length;
      leaders.push(item);
      if (group >= seen.length) {
        const grown = new Uint32Array(seen.length * 2);
        grown.set(seen);
        seen = grown;
      }
      if (key !== undefined) {
        if (wordCount[item] && !byText.has(key)) byText.set(key, group);
      } else {
        const prefix = size - needed(size) + 1;
        for (let k = 0; k < size; k++) {
          const t = trigrams[start + k];
          byTrigram.add(t, group);
          if (k < prefix) byPrefix.add(t, group);
        }
      }
    }
    groupOf[item] = group;
  }
  return groupOf;
}
