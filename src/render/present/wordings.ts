/**
 * How other outlets' wordings of a quote differ from the one shown, as short replacements
 * ("“[Trump]” for “@POTUS”"), instead of repeating the whole quote once per variant.
 */

/** Longer quotes (in words) are compared by common start and end only, keeping the work linear. */
const MAX_ALIGNED_WORDS = 300;

export interface Replacement {
  /** The variant's words. */
  said: string;
  /** The shown quote's words they stand for. */
  for: string;
}

const norm = (word: string) => word.toLowerCase().replace(/[^\p{L}\p{N}@#]+/gu, '');

/** The spans where `variant` replaces words of `text` (pure insertions and omissions are not listed). */
export function replacementsIn(text: string, variant: string): Replacement[] {
  const a = text.split(/\s+/).filter(Boolean);
  const b = variant.split(/\s+/).filter(Boolean);
  const na = a.map(norm);
  const nb = b.map(norm);
  let start = 0;
  while (start < a.length && start < b.length && na[start] === nb[start]) start++;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && na[endA - 1] === nb[endB - 1]) {
    endA--;
    endB--;
  }
  if (endA - start > MAX_ALIGNED_WORDS || endB - start > MAX_ALIGNED_WORDS) {
    return endA > start && endB > start ? [{ said: b.slice(start, endB).join(' '), for: a.slice(start, endA).join(' ') }] : [];
  }
  // Longest common subsequence of the differing middle, then the unmatched runs on both sides.
  const n = endA - start;
  const m = endB - start;
  const lcs = Array.from({ length: n + 1 }, () => new Int32Array(m + 1));
  for (let i = n - 1; i >= 0; i--) {
    for (let j = m - 1; j >= 0; j--) {
      lcs[i][j] = na[start + i] === nb[start + j] ? lcs[i + 1][j + 1] + 1 : Math.max(lcs[i + 1][j], lcs[i][j + 1]);
    }
  }
  const out: Replacement[] = [];
  let i = 0;
  let j = 0;
  let runA: string[] = [];
  let runB: string[] = [];
  const flush = () => {
    if (runA.length && runB.length) out.push({ said: runB.join(' '), for: runA.join(' ') });
    runA = [];
    runB = [];
  };
  while (i < n || j < m) {
    if (i < n && j < m && na[start + i] === nb[start + j]) {
      flush();
      i++;
      j++;
    } else if (j < m && (i >= n || lcs[i][j + 1] >= lcs[i + 1][j])) {
      runB.push(b[start + j++]);
    } else {
      runA.push(a[start + i++]);
    }
  }
  flush();
  return out;
}

/** Every variant's replacements, each once, as one line; undefined when the variants only add or drop words. */
export function wordingsLine(text: string, variants: readonly string[]): string | undefined {
  const seen = new Set<string>();
  const parts: string[] = [];
  for (const variant of variants) {
    for (const r of replacementsIn(text, variant)) {
      const part = `“${trimEdges(r.said)}” for “${trimEdges(r.for)}”`;
      if (!seen.has(part)) parts.push(part);
      seen.add(part);
    }
  }
  return parts.length ? `Also reported as ${parts.join('; ')}.` : undefined;
}

const trimEdges = (words: string) => words.replace(/^[,;:.]+|[,;:.]+$/g, '');
