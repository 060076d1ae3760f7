/**
 * Groups sentences that say the same thing in several articles (a statement quoted by every outlet,
 * with small differences in wording or sentence splitting). Two sentences are one group when the
 * smaller's set of terms is mostly contained in the larger's.
 */
export interface Groupable {
  terms: readonly string[];
}

export const MIN_SHARED_TERMS = 5;
export const MIN_OVERLAP = 0.75;

export function sameStatement(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size < MIN_SHARED_TERMS) {
    // Short sentences must match exactly to count as the same statement.
    if (small.size !== large.size || small.size === 0) return false;
    for (const t of small) if (!large.has(t)) return false;
    return true;
  }
  let shared = 0;
  for (const t of small) if (large.has(t)) shared++;
  return shared >= MIN_SHARED_TERMS && shared / small.size >= MIN_OVERLAP;
}

/** Groups items in order: each item joins the first earlier group whose leader says the same thing. */
export function groupDuplicates<T extends Groupable>(items: readonly T[]): T[][] {
  const groups: { leader: Set<string>; members: T[] }[] = [];
  for (const item of items) {
    const set = new Set(item.terms);
    const group = groups.find((g) => sameStatement(g.leader, set));
    if (group) group.members.push(item);
    else groups.push({ leader: set, members: [item] });
  }
  return groups.map((g) => g.members);
}
