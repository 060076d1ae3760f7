/**
 * Finding the earlier sets of terms that may tell the same event as a new one (timelineMerge.ts sameEvent)
 * without comparing it with every set: the prefix filter of similarity joins. Terms are ordered once for the
 * whole timeline, rarest first. sameEvent needs a pair to share at least t(size) terms whatever the other
 * set: a set of three terms or fewer matches a set it is within or that is within it (at most two terms
 * larger), larger sets share at least four. So t = 1 up to 3 terms, 2 for 4, 3 for 5, 4 from 6, and two
 * matching sets always share a term among the first size − t + 1 of each (the first shared term in the
 * order is that early in both). Each set is indexed under its first terms only and looks up its own first
 * terms; only the sets found so are compared.
 */
/** Each set's terms rarest first, by frequency table: a set is indexed and looked up many times (once per month it may fall in). */
const rarestFirst = new WeakMap<ReadonlyMap<string, number>, WeakMap<ReadonlySet<string>, readonly string[]>>();

export class TermOverlapIndex<T> {
  /** The orders of the sets indexed under each term, ascending (sets are added in order). */
  private readonly postings = new Map<string, number[]>();
  /** The sets by their order (orders are small whole numbers). */
  private readonly items: T[] = [];

  /** `frequency`: how many sets of the whole run have each term (the order of terms, rarest first). */
  constructor(
    private readonly frequency: ReadonlyMap<string, number>,
    /** Index and look up every term (for sets any one shared term matches). */
    private readonly everyTerm = false,
  ) {}

  /** The terms a set is indexed and looked up under. */
  private prefix(terms: ReadonlySet<string>): readonly string[] {
    let memo = rarestFirst.get(this.frequency);
    if (!memo) rarestFirst.set(this.frequency, (memo = new WeakMap()));
    let sorted = memo.get(terms);
    if (!sorted) {
      const list = [...terms];
      const count = list.map((t) => this.frequency.get(t) ?? 0);
      const order = list.map((_, k) => k).sort((a, b) => count[a] - count[b] || (list[a] < list[b] ? -1 : list[a] > list[b] ? 1 : 0));
      sorted = order.map((k) => list[k]);
      memo.set(terms, sorted);
    }
    if (this.everyTerm) return sorted;
    const size = sorted.length;
    const shared = size <= 3 ? 1 : size === 4 ? 2 : size === 5 ? 3 : 4;
    return size - shared + 1 === size ? sorted : sorted.slice(0, size - shared + 1);
  }

  /** Indexes a set; `order` is its own number, each set's different and larger than those added before. */
  add(terms: ReadonlySet<string>, item: T, order: number): void {
    this.items[order] = item;
    for (const term of this.prefix(terms)) {
      let list = this.postings.get(term);
      if (!list) this.postings.set(term, (list = []));
      list.push(order);
    }
  }

  /** The orders of the sets that may match, ascending, each once. */
  candidateOrders(terms: ReadonlySet<string>): number[] {
    const lists: number[][] = [];
    for (const term of this.prefix(terms)) {
      const list = this.postings.get(term);
      if (list) lists.push(list);
    }
    return unionOfAscending(lists);
  }

  /** The set added with this order. */
  item(order: number): T {
    return this.items[order];
  }

  /** The sets that may match, in the order they were added. */
  candidates(terms: ReadonlySet<string>): T[] {
    return this.candidateOrders(terms).map((order) => this.items[order]);
  }
}

/** The numbers of ascending lists of whole numbers (0 or more, as orders are), ascending, each once. */
export function unionOfAscending(lists: readonly (readonly number[])[]): number[] {
  if (lists.length === 0) return [];
  if (lists.length === 1) return lists[0].slice();
  let total = 0;
  let largest = 0;
  for (const list of lists) {
    total += list.length;
    if (list.length && list[list.length - 1] > largest) largest = list[list.length - 1];
  }
  // Many numbers among few possible ones: marked, then read in order.
  if (largest <= 4 * total) return marked(lists, largest);
  const all = new Float64Array(total);
  let at = 0;
  for (const list of lists) for (const n of list) all[at++] = n;
  all.sort();
  const union: number[] = [];
  for (let k = 0; k < total; k++) if (k === 0 || all[k] !== all[k - 1]) union.push(all[k]);
  return union;
}

/** The union of ascending lists of whole numbers no larger than `largest`, by marking each. */
function marked(lists: readonly (readonly number[])[], largest: number): number[] {
  const mark = new Uint8Array(largest + 1);
  for (const list of lists) for (const n of list) mark[n] = 1;
  const union: number[] = [];
  for (let n = 0; n <= largest; n++) if (mark[n]) union.push(n);
  return union;
}

/** How many of the sets have each term. */
export function termFrequency(sets: Iterable<ReadonlySet<string> | undefined>): Map<string, number> {
  const frequency = new Map<string, number>();
  for (const set of sets) if (set) for (const t of set) frequency.set(t, (frequency.get(t) ?? 0) + 1);
  return frequency;
}
