/**
 * Finding the earlier sets of terms that may be the same event as a new one (timeline.ts sameEvent) without
 * comparing it with every set: sets are indexed by term, and only the sets found under the rarest terms of
 * the new set are compared. How many terms must be probed follows from sameEvent's rule: a set of three
 * terms or fewer matches only a set it is within (or that is within it, at most two terms larger), a larger
 * one shares at least four terms. So a match shares at least one of the new set's
 * max(min(size, 3), size − 3) rarest terms.
 */
export class TermOverlapIndex<T> {
  private readonly postings = new Map<string, { item: T; order: number }[]>();

  add(terms: Iterable<string>, item: T, order: number): void {
    for (const term of terms) {
      let list = this.postings.get(term);
      if (!list) this.postings.set(term, (list = []));
      list.push({ item, order });
    }
  }

  /** The items sharing one of the probed terms (all terms when `all`), in the order they were added. */
  candidates(terms: ReadonlySet<string>, all = false): T[] {
    const size = terms.size;
    const probes = [...terms].sort((a, b) => (this.postings.get(a)?.length ?? 0) - (this.postings.get(b)?.length ?? 0));
    const count = all ? size : Math.max(Math.min(size, 3), size - 3);
    const found = new Map<T, number>();
    for (const term of probes.slice(0, count)) for (const { item, order } of this.postings.get(term) ?? []) if (!found.has(item)) found.set(item, order);
    return [...found].sort((a, b) => a[1] - b[1]).map(([item]) => item);
  }
}
