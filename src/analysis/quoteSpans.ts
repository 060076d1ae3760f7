import { lowerBound } from '../search/lowerBound.ts';

/**
 * Finds quoted passages in a paragraph: straight and curly double quotes, «guillemets», „German“ marks, and (in copy
 * that uses no double quotes at all) curly or straight single quotes. A quote inside a quote stays part of the
 * outer one. A quote left open at the end of a paragraph runs to its end (news style for a quote that
 * continues in the next paragraph).
 */
export interface QuoteSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark, or the paragraph's length when the quote is left open. */
  close: number;
  /** The quoted words, marks and trailing comma removed. */
  text: string;
  /** true when the paragraph ended before the quote was closed. */
  unclosed: boolean;
}

const OPENERS = new Set(['“', '„', '«']);
const CLOSERS = new Set(['”', '»']);

/** The marks that close a quote opened by `opener`: German „…“ closes with what English opens with. */
function closes(opener: string, c: string): boolean {
  if (opener === '„') return c === '“' || c === '”' || c === '"';
  if (opener === '”') return c === '”' || c === '"';
  return c === '"' || CLOSERS.has(c);
}

/** The quote spans of a paragraph, kept for the paragraphs asked about lately (they are asked again per quote and per word). Read only. */
export function findQuoteSpans(text: string): QuoteSpan[] {
  let spans = recentSpans.get(text);
  if (!spans) {
    if (recentSpans.size >= 512) recentSpans.clear();
    spans = outerSpans(text).filter((s) => /[\p{L}\p{N}]/u.test(s.text));
    recentSpans.set(text, spans);
  }
  return spans;
}
const recentSpans = new Map<string, QuoteSpan[]>();

/**
 * The tokens outside every span (marks included), computed once per paragraph's tokens and spans: its
 * quotes ask in turn, so the last few answers are kept (a weak map per paragraph cost more than the filter).
 */
export function tokensOutside<T extends { start: number }>(tokens: readonly T[], spans: readonly QuoteSpan[]): T[] {
  let found = recentOutside.find((r) => r.tokens === tokens && r.spans === spans);
  if (!found) {
    found = { tokens, spans, outside: outsideSpans(tokens, spans) };
    if (recentOutside.length >= 4) recentOutside.shift();
    recentOutside.push(found);
  }
  return found.outside as T[];
}
const recentOutside: { tokens: readonly { start: number }[]; spans: readonly QuoteSpan[]; outside: unknown[] }[] = [];

/** Opens in order and the furthest close up to each, to tell in log time whether an offset is in some span. */
interface SpanIndex {
  opens: number[];
  furthest: number[];
}
const spanIndexes = new WeakMap<readonly QuoteSpan[], SpanIndex>();

function spanIndex(spans: readonly QuoteSpan[]): SpanIndex {
  let index = spanIndexes.get(spans);
  if (!index) {
    const sorted = [...spans].sort((a, b) => a.open - b.open);
    const furthest: number[] = [];
    for (const s of sorted) furthest.push(Math.max(s.close, furthest[furthest.length - 1] ?? -Infinity));
    index = { opens: sorted.map((s) => s.open), furthest };
    spanIndexes.set(spans, index);
  }
  return index;
}

/**
 * The items outside every span, the marks included: `items.filter((t) => !inSomeSpan(spans, t.start))`, read
 * in one pass (a paragraph's tokens are in order: the spans opened so far only grow).
 */
export function outsideSpans<T extends { start: number }>(items: readonly T[], spans: readonly QuoteSpan[]): T[] {
  if (!spans.length) return items.slice();
  const { opens, furthest } = spanIndex(spans);
  const outside: T[] = [];
  let opened = 0;
  let last = -Infinity;
  for (const item of items) {
    const offset = item.start;
    if (offset < last) opened = 0;
    last = offset;
    while (opened < opens.length && opens[opened] <= offset) opened++;
    if (opened === 0 || furthest[opened - 1] < offset) outside.push(item);
  }
  return outside;
}

/**
 * Whether some span holds `offset`, the marks included (open ≤ offset ≤ close), or, when `inside`, strictly
 * between them: `spans.some(…)` in log time.
 */
export function inSomeSpan(spans: readonly QuoteSpan[], offset: number, inside = false): boolean {
  if (!spans.length) return false;
  // A paragraph's few spans are read in turn (cheaper than the index's look-up).
  if (spans.length <= 8) {
    for (const s of spans) if (inside ? s.open < offset && offset < s.close : s.open <= offset && offset <= s.close) return true;
    return false;
  }
  const { opens, furthest } = spanIndex(spans);
  // The last span opening at or before offset (before it, when inside).
  const lo = lowerBound(opens.length, (i) => (inside ? opens[i] < offset : opens[i] <= offset));
  if (lo === 0) return false;
  return inside ? furthest[lo - 1] > offset : furthest[lo - 1] >= offset;
}

/**
 * Double quotes are the outer marks, unless the paragraph is British style with the double quotes only
 * inside single ones (‘He said “sign here” and I signed,’ she said).
 */
function outerSpans(text: string): QuoteSpan[] {
  if (!/["“”„«»]/.test(text)) return singleQuoteSpans(text);
  const single = singleQuoteSpans(text);
  if (single.length) {
    const marks = [...text.matchAll(/["“”„«»]/g)].map((m) => m.index ?? 0);
    if (marks.every((at) => inSomeSpan(single, at, true))) return single;
  }
  return doubleQuoteSpans(text);
}

function makeSpan(text: string, open: number, close: number, unclosed: boolean): QuoteSpan {
  const inner = text
    .slice(open + 1, close)
    .trim()
    .replace(/[,;:]+$/u, '')
    .trim();
  return { open, close, text: inner, unclosed };
}

function doubleQuoteSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (open < 0) {
      if (c === '"' || OPENERS.has(c)) open = i;
      // A closing curly quote typed as the opener (saying ”we regret …”): before a word, after a space.
      else if (c === '”' && /\p{L}/u.test(text[i + 1] ?? '') && (i === 0 || /[\s(—–-]/.test(text[i - 1]))) open = i;
      // Any other stray closing curly quote with nothing open is ignored.
    } else if (closes(text[open], c) || (c === '“' && text[open] !== '„' && /\S/.test(text[i - 1]) && /^(?:$|[\s.,;:!?)—–-])/.test(text[i + 1] ?? ''))) {
      // (An opening curly quote typed as the closer: “let down“ and …)
      spans.push(makeSpan(text, open, i, false));
      open = -1;
    }
  }
  if (open >= 0) spans.push(makeSpan(text, open, text.length, true));
  return spans;
}

/**
 * British style: ‘…’ as the outer quote, or straight '…' in a plain-text paste. An apostrophe (don’t,
 * today's) is not a mark: an opening mark follows a space and comes before a letter, a closing one follows
 * a non-space and comes before a space or punctuation. A straight quote left open counts only when it
 * opens the paragraph (a quote running on into the next one), not "in the '90s".
 */
function singleQuoteSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (open < 0) {
      if ((c === '‘' || (c === "'" && /\p{L}/u.test(text[i + 1] ?? ''))) && (i === 0 || /[\s(—–-]/.test(text[i - 1]))) open = i;
    } else if (c === (text[open] === "'" ? "'" : '’')) {
      const next = text[i + 1] ?? '';
      const prev = text[i - 1] ?? '';
      if (/\S/.test(prev) && (next === '' || /[\s.,;:!?)—–-]/.test(next))) {
        spans.push(makeSpan(text, open, i, false));
        open = -1;
      }
    }
  }
  if (open >= 0 && (text[open] !== "'" || open === 0)) spans.push(makeSpan(text, open, text.length, true));
  return spans;
}
