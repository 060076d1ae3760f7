/** The shape of a line: does it end a sentence, open a list item, read as prose, a headline or a label? */
import { pieceCount } from './spaces.ts';

/**
 * Closing punctuation of a sentence, with any closing quotes or brackets after it: what /[.!?…]["”’')\]]*$/
 * tests, read backwards from the end (the pattern is tried at every position of the line, and the parser
 * asks it of every line several times).
 */
export const TERMINAL = {
  test(text: string): boolean {
    let i = text.length - 1;
    while (i >= 0 && CLOSERS.has(text[i])) i--;
    return i >= 0 && MARKS.has(text[i]);
  },
};
const CLOSERS = new Set(['"', '”', '’', "'", ')', ']']);
const MARKS = new Set(['.', '!', '?', '…']);

export function isListItem(line: string): boolean {
  return /^[-*•]\s/.test(line);
}

/** A short line without closing punctuation, with at least two real words, can be a headline. */
export function looksLikeHeadline(line: string): boolean {
  const words = line.split(/\s+/);
  const real = words.filter((w) => /\p{L}{3,}/u.test(w)).length;
  return line.length <= 200 && words.length >= 2 && real >= 2 && words.length <= 30 && !TERMINAL.test(line) && !isListItem(line) && !/^#{1,6}\s/.test(line) && !/(?:^|\s)(?:u\/|@)\w/.test(line) && !/\S\s{4,}\S/.test(line);
}

/** The first line of the story's prose: a sentence of some length, a list item or a wire dateline. */
export function isProse(line: string): boolean {
  if (isListItem(line)) return true;
  if (/[—–-]\s/.test(line) && /^\p{Lu}[\p{Lu}.'’ -]{1,40}(?:,[^—–]{1,40})?\s(?:\([^()]{1,40}\)\s)?(?:—|–|--?)\s/u.test(line)) return true;
  // A hard-wrapped line in which one sentence ends and the next begins ("… drafted. The count was") is prose.
  if (pieceCount(line) >= 6 && /\p{Ll}[.!?]["”’]?\s+["“]?\p{Lu}\p{Ll}/u.test(line)) return true;
  return TERMINAL.test(line) && pieceCount(line) >= 6;
}

/** A label or subtitle rather than a phrase: one or two words, or up to six in Title Case or capitals. */
export function isLabelCase(line: string): boolean {
  const words = line.split(/\s+/);
  if (words.length <= 2) return true;
  return words.length <= 6 && words.filter((w) => /^\p{L}{4,}/u.test(w)).every((w) => /^\p{Lu}/u.test(w));
}
