/**
 * The same quote across outlets: occurrences whose wording mostly agrees (word pairs) become one quote
 * with every citation, the wording most outlets share as its text and the others as variants. Occurrences
 * given different speakers never share a quote; short fragments only join an identical fragment.
 */
import { words } from '../search/tokenize.ts';
import type { Story } from '../story/story.ts';
import type { Citation, Sentence } from '../story/types.ts';
import type { People } from './people.ts';
import type { Attribution, Quote, QuoteOccurrence } from './quoteTypes.ts';

/** Words of a quote for comparing wordings across outlets. */
function quoteWords(text: string): string[] {
  return words(text.replace(/@\w+/g, ' ').replace(/[[\]()]/g, ' '));
}

/**
 * Word pairs as numbers, one per distinct pair of words ("of the"), so that the pairs of thousands of quotes
 * are compared as numbers rather than as texts in sets. The pairs of word numbers are kept in an open
 * addressing table of typed arrays (a map per first word made a million small maps).
 */
class PairNumbers {
  private readonly wordNumbers = new Map<string, number>();
  private firsts = new Int32Array(1 << 16).fill(-1);
  private seconds = new Int32Array(1 << 16);
  private numbers = new Int32Array(1 << 16);
  count = 0;

  private word(w: string): number {
    let n = this.wordNumbers.get(w);
    if (n === undefined) this.wordNumbers.set(w, (n = this.wordNumbers.size));
    return n;
  }

  /** The pair's number, given one when new. */
  private pair(first: number, second: number): number {
    const mask = this.firsts.length - 1;
    let slot = (Math.imul(first, 0x9e3779b1) ^ Math.imul(second, 0x85ebca6b)) & mask;
    while (this.firsts[slot] !== -1) {
      if (this.firsts[slot] === first && this.seconds[slot] === second) return this.numbers[slot];
      slot = (slot + 1) & mask;
    }
    this.firsts[slot] = first;
    this.seconds[slot] = second;
    this.numbers[slot] = this.count;
    if (++this.count * 2 > this.firsts.length) this.grow();
    return this.count - 1;
  }

  private grow(): void {
    const [firsts, seconds, numbers] = [this.firsts, this.seconds, this.numbers];
    this.firsts = new Int32Array(firsts.length * 2).fill(-1);
    this.seconds = new Int32Array(firsts.length * 2);
    this.numbers = new Int32Array(firsts.length * 2);
    const mask = this.firsts.length - 1;
    for (let i = 0; i < firsts.length; i++) {
      if (firsts[i] === -1) continue;
      let slot = (Math.imul(firsts[i], 0x9e3779b1) ^ Math.imul(seconds[i], 0x85ebca6b)) & mask;
      while (this.firsts[slot] !== -1) slot = (slot + 1) & mask;
      this.firsts[slot] = firsts[i];
      this.seconds[slot] = seconds[i];
      this.numbers[slot] = numbers[i];
    }
  }

  /** The distinct word pairs of a quote's words, ascending (the set of its "w1 w2" pairs). */
  of(ws: readonly string[]): Int32Array {
    const all = new Int32Array(Math.max(0, ws.length - 1));
    let previous = ws.length ? this.word(ws[0]) : 0;
    for (let i = 0; i + 1 < ws.length; i++) {
      const next = this.word(ws[i + 1]);
      all[i] = this.pair(previous, next);
      previous = next;
    }
    all.sort();
    let size = 0;
    for (let i = 0; i < all.length; i++) if (i === 0 || all[i] !== all[i - 1]) all[size++] = all[i];
    return all.slice(0, size);
  }
}

/** How many pairs two ascending lists of distinct pair numbers share. */
function shared(a: Int32Array, b: Int32Array): number {
  let n = 0;
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) {
      n++;
      i++;
      j++;
    } else if (a[i] < b[j]) i++;
    else j++;
  }
  return n;
}

/** Share of a's word pairs that b also has. */
function coverage(a: Int32Array, b: Int32Array): number {
  return a.length ? shared(a, b) / a.length : 0;
}

/** Symmetric overlap of two sets of word pairs (Dice coefficient). */
function dice(a: Int32Array, b: Int32Array): number {
  if (!a.length && !b.length) return 1;
  return (2 * shared(a, b)) / (a.length + b.length);
}

function containsRun(haystack: string[], needle: string[]): boolean {
  if (!needle.length) return true;
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

const RANK: Record<Attribution, number> = { named: 3, pronoun: 2, anonymous: 1, unattributed: 0 };

export interface Group {
  /** Each member's words, their pairs' numbers, and its wording (the words joined by spaces). */
  members: { occurrence: QuoteOccurrence; words: string[]; pairs: Int32Array; key: string }[];
  speakerId: string | null;
}

/** A quote joins the group whose wording covers the most of its word pairs, when that is at least this share. */
const JOIN_COVERAGE = 0.6;

/** How many quotes have each word pair, by the pair's number. */
function pairFrequency(items: readonly { pairs: Int32Array }[], count: number): Int32Array {
  const frequency = new Int32Array(count);
  for (const item of items) for (const pair of item.pairs) frequency[pair]++;
  return frequency;
}

/**
 * The `count` rarest of a quote's word pairs (fewest quotes have them). Which of equally rare pairs are
 * taken does not matter: any count = size − needed + 1 of its pairs meet every quote that shares `needed`
 * of them. Sorted as numbers (frequency, then place).
 */
function rarestPairs(pairs: Int32Array, frequency: Int32Array, count: number): Int32Array {
  const keys = new Float64Array(pairs.length);
  pairs.forEach((pair, i) => (keys[i] = frequency[pair] * PLACES + i));
  keys.sort();
  const out = new Int32Array(count);
  for (let j = 0; j < count; j++) out[j] = pairs[keys[j] % PLACES];
  return out;
}

/** More places than a quote has word pairs (a paragraph's worth at most). */
const PLACES = 2 ** 24;

/** The members admitted to the index, by word pair: each one's number, its pairs and its group's number. */
class PairIndex {
  private readonly pairsOf: Int32Array[] = [];
  private readonly groupOf: number[] = [];
  private readonly withPair: (number[] | undefined)[] = [];
  /** Per member: the last look-up that scored it (each member is scored once per look-up). */
  private scoredBy = new Int32Array(1024);
  private lookups = 0;

  constructor(pairCount: number) {
    // Filled (not a sparse array): a pair's number is its place.
    for (let pair = 0; pair < pairCount; pair++) this.withPair.push(undefined);
  }

  add(pairs: Int32Array, group: number): void {
    const member = this.pairsOf.length;
    this.pairsOf.push(pairs);
    this.groupOf.push(group);
    if (member >= this.scoredBy.length) {
      const grown = new Int32Array(this.scoredBy.length * 2);
      grown.set(this.scoredBy);
      this.scoredBy = grown;
    }
    for (const pair of pairs) {
      const list = this.withPair[pair];
      if (list) list.push(member);
      else this.withPair[pair] = [member];
    }
  }

  /** Each group's best coverage of `pairs` by its members that have one of the `probes` pairs. */
  scores(pairs: Int32Array, probes: Int32Array): Map<number, number> {
    const scores = new Map<number, number>();
    const lookup = ++this.lookups;
    for (const pair of probes) {
      for (const member of this.withPair[pair] ?? []) {
        if (this.scoredBy[member] === lookup) continue;
        this.scoredBy[member] = lookup;
        const score = coverage(pairs, this.pairsOf[member]);
        const group = this.groupOf[member];
        if (score > (scores.get(group) ?? 0)) scores.set(group, score);
      }
    }
    return scores;
  }
}

/** Whether an occurrence may join a group: no other speaker, and anonymous sources only with anonymous ones. */
function allowed(occurrence: QuoteOccurrence, group: Group): boolean {
  const speaker = occurrence.speakerId;
  if (speaker !== null && group.speakerId !== null && group.speakerId !== speaker) return false;
  if (occurrence.attribution === 'anonymous' || group.members[0].occurrence.attribution === 'anonymous') {
    if (occurrence.attribution !== group.members[0].occurrence.attribution) return false;
  }
  return true;
}

/**
 * Groups the same quote across articles; short fragments only join an identical fragment.
 *
 * Indexed, not every quote against every group: a quote can reach JOIN_COVERAGE with a member only if it
 * shares at least one of any (size − needed + 1) of its word pairs with it (the prefix filter of similarity
 * joins; the rarest are taken), so only the members found under those pairs are scored. The result is the one the all-pairs
 * comparison gives: the group with the highest coverage, the earliest on a tie.
 */
export function groupOccurrences(occurrences: QuoteOccurrence[]): Group[] {
  const numbers = new PairNumbers();
  // The same text has the same words, pairs and wording: read once and shared (read only).
  const wordings = new Map<string, { words: string[]; pairs: Int32Array; key: string }>();
  const items = occurrences.map((occurrence) => {
    let wording = wordings.get(occurrence.text);
    if (!wording) {
      const ws = quoteWords(occurrence.text);
      wordings.set(occurrence.text, (wording = { words: ws, pairs: numbers.of(ws), key: ws.join(' ') }));
    }
    return { occurrence, words: wording.words, pairs: wording.pairs, key: wording.key };
  });
  const frequency = pairFrequency(items, numbers.count);
  const byLength = [...items].sort((a, b) => b.words.length - a.words.length || a.occurrence.order - b.occurrence.order);
  const groups: Group[] = [];
  const withPair = new PairIndex(numbers.count);
  /** Exact wording → the numbers of the groups with a member worded so, in order. */
  const withWording = new Map<string, number[]>();
  // A group's members worded alike score alike: one of them is enough in the index (wording → groups).
  const admitted = new Map<string, Set<number>>();
  const admit = (item: (typeof items)[number], group: number) => {
    let groupsWorded = admitted.get(item.key);
    if (groupsWorded?.has(group)) return;
    if (!groupsWorded) admitted.set(item.key, (groupsWorded = new Set()));
    groupsWorded.add(group);
    withPair.add(item.pairs, group);
    let list = withWording.get(item.key);
    if (!list) withWording.set(item.key, (list = []));
    if (list[list.length - 1] !== group) list.push(group);
  };
  for (const item of byLength) {
    const speaker = item.occurrence.speakerId;
    let best: number | undefined;
    let bestScore = 0;
    if (item.words.length < 5) {
      best = withWording.get(item.key)?.find((g) => allowed(item.occurrence, groups[g]));
      bestScore = best === undefined ? 0 : 1;
    } else {
      const size = item.pairs.length;
      let needed = Math.ceil(JOIN_COVERAGE * size);
      while (needed > 0 && (needed - 1) / size >= JOIN_COVERAGE) needed--;
      while (needed / size < JOIN_COVERAGE) needed++;
      const scores = withPair.scores(item.pairs, rarestPairs(item.pairs, frequency, size - needed + 1));
      for (const g of [...scores.keys()].sort((a, b) => a - b)) {
        const score = scores.get(g)!;
        if (score >= JOIN_COVERAGE && score > bestScore && allowed(item.occurrence, groups[g])) {
          bestScore = score;
          best = g;
        }
      }
    }
    const target = best === undefined ? undefined : groups[best];
    if (target && bestScore >= JOIN_COVERAGE && (speaker === null || target.speakerId === null || target.speakerId === speaker)) {
      target.members.push(item);
      if (target.speakerId === null) target.speakerId = speaker;
      admit(item, best!);
    } else {
      groups.push({ members: [item], speakerId: speaker });
      admit(item, groups.length - 1);
    }
  }
  // An unattributed member does not make a group unattributed; conflicting speakers never share a group.
  return groups;
}

export function buildQuote(story: Story, people: People, group: Group): Quote {
  const members = [...group.members].sort((a, b) => a.occurrence.order - b.occurrence.order);
  // The wording most of the other outlets agree with; the longer one on a tie.
  let lead = members[0];
  let leadScore = -1;
  // Members worded alike score alike: each wording is scored once against each wording (times how many
  // members have it), not every member against every member.
  const wordings = new Map<string, { pairs: Int32Array; count: number }>();
  for (const m of members) {
    const key = m.key;
    const wording = wordings.get(key);
    if (wording) wording.count++;
    else wordings.set(key, { pairs: m.pairs, count: 1 });
  }
  const scores = new Map<string, number>();
  for (const m of members) {
    const key = m.key;
    let agreement = scores.get(key);
    if (agreement === undefined) {
      agreement = 0;
      for (const [other, { pairs, count }] of wordings) agreement += (other === key ? count - 1 : count) * dice(pairs, m.pairs);
      scores.set(key, agreement);
    }
    const score = agreement + m.words.length / 1e4;
    if (score > leadScore) {
      leadScore = score;
      lead = m;
    }
  }
  const variants: string[] = [];
  const seen = new Set([lead.key]);
  for (const m of members) {
    const key = m.key;
    if (seen.has(key) || containsRun(lead.words, m.words)) continue;
    seen.add(key);
    variants.push(m.occurrence.text);
  }
  const best = members.reduce((a, b) => (RANK[b.occurrence.attribution] > RANK[a.occurrence.attribution] ? b : a));
  const person = group.speakerId ? people.get(group.speakerId) : undefined;
  const citations: Citation[] = [];
  // A sentence is one object per id (a story's files are distinct): the set holds the objects, not the ids,
  // whose hashes were computed only for this (a group of 100,000 members spent ~0.2 s on them).
  const cited = new Set<Sentence>();
  for (const m of members) {
    const first = m.occurrence.sentences[0];
    if (cited.has(first)) continue;
    cited.add(first);
    const { sentences } = m.occurrence;
    citations.push(story.cite(first, sentences.length === 1 ? first.text : sentences.map((s) => s.text).join(' ')));
  }
  const attribution: Attribution = person ? (best.occurrence.attribution === 'unattributed' ? 'named' : best.occurrence.attribution) : best.occurrence.attribution === 'anonymous' ? 'anonymous' : 'unattributed';
  return {
    text: lead.occurrence.text,
    speaker: person ? { name: person.name, aliases: person.aliases, description: person.description } : null,
    attribution,
    ...(attribution === 'anonymous' && best.occurrence.source ? { source: best.occurrence.source } : {}),
    variants,
    citations,
  };
}
