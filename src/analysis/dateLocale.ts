/**
 * Which way round an article writes numeric dates. "01/03/2024" is 1 March in London and January 3 in
 * New York; the article itself usually says which: a numeric date with a number above 12 ("25/03/2024"
 * is day first, "03/25/2024" month first), or its dates in words ("3 March 2024", "Saturday 16th March"
 * are written day first; "March 3, 2024" month first). Numeric evidence outweighs word order. With no
 * evidence, or as much each way, the order is unknown and ambiguous numeric dates stay unresolved.
 */
import { pattern } from './rules/pattern.ts';

/** "3 March", "16th March", "14th of March". */
const DAY_MONTH = pattern(`\\b(?:[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?(?: of)? {monthBesideDay}(?![\\p{L}])`, 'gu');
/** "March 3", "Sept. 24", "March 16th" (not "March 2024"). */
const MONTH_DAY = pattern(`(?<![\\p{L}]){monthBesideDay} (?:[1-9]|[12]\\d|3[01])(?:st|nd|rd|th)?(?![\\d\\p{L}])`, 'gu');
const NUMERIC = /(?<![\d/.])(?<first>\d{1,2})(?<separator>[/.])(?<second>\d{1,2})(?:\k<separator>(?:\d{4}|\d{2}))?(?![\d/])/g;

/** True when the texts write dates day first, false when month first, undefined when they do not say. */
export function dayFirstOf(texts: readonly string[]): boolean | undefined {
  let numeric = 0;
  let words = 0;
  for (const text of texts) {
    for (const m of text.matchAll(NUMERIC)) {
      const { first, separator, second } = m.groups!;
      if (separator === '.' && !m[0].includes('.', m[0].indexOf('.') + 1)) continue; // "3.5" is a number
      const [a, b] = [Number(first), Number(second)];
      if (a > 12 && a <= 31 && b >= 1 && b <= 12) numeric++;
      else if (b > 12 && b <= 31 && a >= 1 && a <= 12) numeric--;
    }
    words += (text.match(DAY_MONTH) ?? []).length;
    words -= (text.match(MONTH_DAY) ?? []).length;
  }
  if (numeric !== 0) return numeric > 0;
  if (words !== 0) return words > 0;
  return undefined;
}
