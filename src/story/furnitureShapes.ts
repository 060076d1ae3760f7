/** Shapes of furniture lines that a single pattern does not say: menus, taglines, date stamps, addresses. */
import { isDateLine } from './dateLines.ts';
import { isSpace } from './spaces.ts';

/** A menu or breadcrumb: "News | Sport | Business", "Home > News > Local". */
export function isNavLine(line: string): boolean {
  const text = line.trim();
  for (const { separator, marks, minimum } of NAV_SEPARATORS) {
    // Without the separator's mark the line is one item: no menu (the split is spared).
    if (!marks.some((mark) => text.includes(mark))) continue;
    const items = text.split(separator);
    if (items.length >= minimum && items.every((item) => item.split(/\s+/).length <= 3 && !/[.!?]$/.test(item))) return true;
  }
  return false;
}

/** A menu's separators, the marks each needs, and how many items make a menu. */
const NAV_SEPARATORS = [
  { separator: /\s+\|\s+/, marks: ['|'], minimum: 3 },
  { separator: /\s+[>»›]\s+/, marks: ['>', '»', '›'], minimum: 2 },
  { separator: /\s+[·•]\s+/, marks: ['·', '•'], minimum: 3 },
];

/** "A weekly letter for small investors · Issue 212 · 15 March 2025": a tagline with an issue or date. */
export function isTaglineWithIssue(text: string): boolean {
  if (!text.includes('·') && !text.includes('•') && !text.includes('|')) return false;
  const parts = text.split(/\s+[·•|]\s+/);
  if (parts.length < 2 || text.length > 160 || parts.some((p) => /[.!?]$/.test(p))) return false;
  return parts.some((p) => isDateLine(p) || /^(?:issue|edition|vol\.?|volume|no\.)\s?#?\d{1,5}$/i.test(p));
}

/** A digit and a space somewhere before a comma (what /\d\s[^]*,/ asked, in one pass rather than one per digit). */
export function digitBeforeComma(text: string): boolean {
  let at = -1;
  for (let i = 0; i + 1 < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 48 && code <= 57 && isSpace(text.charCodeAt(i + 1))) {
      at = i;
      break;
    }
  }
  return at >= 0 && text.lastIndexOf(',') > at + 1;
}

/** A date line's few words: at most two lower-case words besides the words of a time ("ago", "at", "hours"). */
export function fewWords(text: string): boolean {
  // The words /\b[a-z]{3,}\b/g finds in the first 200 characters: runs of word characters ([A-Za-z0-9_])
  // that are all lower-case letters, three or more, read in one pass without a match object per word.
  const end = Math.min(text.length, 200);
  let words = 0;
  for (let i = 0; i < end; ) {
    if (!isWordCharacter(text.charCodeAt(i))) {
      i++;
      continue;
    }
    let lower = true;
    const start = i;
    for (; i < end && isWordCharacter(text.charCodeAt(i)); i++) if (text.charCodeAt(i) < 97 || text.charCodeAt(i) > 122) lower = false;
    if (lower && i - start >= 3 && !DATE_LINE_WORDS.has(text.slice(start, i)) && ++words > 2) return false;
  }
  return true;
}

/** A character of \w: an ASCII letter, digit or underscore. */
function isWordCharacter(code: number): boolean {
  return (code >= 97 && code <= 122) || (code >= 65 && code <= 90) || (code >= 48 && code <= 57) || code === 95;
}
const DATE_LINE_WORDS = new Set(['ago', 'and', 'the', 'hour', 'hours', 'minute', 'minutes', 'min', 'mins', 'day', 'days', 'week', 'weeks', 'month', 'months', 'year', 'years', 'updated', 'published', 'posted', 'issued', 'last', 'dated', 'reviewed', 'modified', 'date', 'notice', 'publication', 'issue']);

/** How many sentences end inside the text ("… today. Next …"): furniture is a sentence or two at most. */
export function sentenceEnds(text: string): number {
  // A sentence end needs a mark with a space and a letter after it: a text with its marks only at the end has none.
  let mark = -1;
  for (let i = 0; i < text.length - 2 && mark < 0; i++) {
    const code = text.charCodeAt(i);
    if (code === 46 || code === 33 || code === 63) mark = i;
  }
  if (mark < 0) return 0;
  return text.match(/[.!?]["”’)]?\s+\p{Lu}/gu)?.length ?? 0;
}
