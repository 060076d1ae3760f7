/** Shapes of furniture lines that a single pattern does not say: menus, taglines, date stamps, addresses. */
import { isDateLine } from './dateLines.ts';

/** A menu or breadcrumb: "News | Sport | Business", "Home > News > Local". */
export function isNavLine(line: string): boolean {
  const text = line.trim();
  for (const separator of [/\s+\|\s+/, /\s+[>»›]\s+/, /\s+[·•]\s+/]) {
    const items = text.split(separator);
    const minimum = separator.source.includes('|') || separator.source.includes('·') ? 3 : 2;
    if (items.length >= minimum && items.every((item) => item.split(/\s+/).length <= 3 && !/[.!?]$/.test(item))) return true;
  }
  return false;
}

/** "A weekly letter for small investors · Issue 212 · 15 March 2025": a tagline with an issue or date. */
export function isTaglineWithIssue(text: string): boolean {
  const parts = text.split(/\s+[·•|]\s+/);
  if (parts.length < 2 || text.length > 160 || parts.some((p) => /[.!?]$/.test(p))) return false;
  return parts.some((p) => isDateLine(p) || /^(?:issue|edition|vol\.?|volume|no\.)\s?#?\d{1,5}$/i.test(p));
}

/** A digit and a space somewhere before a comma (what /\d\s[^]*,/ asked, in one pass rather than one per digit). */
export function digitBeforeComma(text: string): boolean {
  const at = text.search(/\d\s/);
  return at >= 0 && text.lastIndexOf(',') > at + 1;
}

/** A date line's few words: at most two lower-case words besides the words of a time ("ago", "at", "hours"). */
export function fewWords(text: string): boolean {
  let words = 0;
  for (const [word] of text.slice(0, 200).matchAll(/\b[a-z]{3,}\b/g)) if (!DATE_LINE_WORDS.has(word) && ++words > 2) return false;
  return true;
}
const DATE_LINE_WORDS = new Set(['ago', 'and', 'the', 'hour', 'hours', 'minute', 'minutes', 'min', 'mins', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'updated', 'published', 'posted', 'issued', 'last', 'dated', 'reviewed', 'modified', 'date', 'notice', 'publication', 'issue']);

/** How many sentences end inside the text ("… today. Next …"): furniture is a sentence or two at most. */
export function sentenceEnds(text: string): number {
  return text.match(/[.!?]["”’)]?\s+\p{Lu}/gu)?.length ?? 0;
}
