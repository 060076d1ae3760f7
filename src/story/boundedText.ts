/**
 * Bounds on what any pattern or analysis sees, applied once when an article is parsed, so that the work on
 * any text is linear in its size whatever it holds (see README, "Linear by construction"):
 * - a line or paragraph longer than MAX_LINE / MAX_PARAGRAPH characters is cut into pieces, at the last
 *   sentence end before the limit, else at the last space, else at the last punctuation mark;
 * - a run of more than MAX_WORD characters without a space is not a word: it is broken every MAX_WORD
 *   characters;
 * - a run of more than two spaces or tabs becomes two spaces (two still separate run-together labels);
 * - NUL bytes are dropped.
 * Ordinary news text never reaches these limits (the longest paragraph of the fixtures is 541 characters).
 */

import { isSpace } from './spaces.ts';

/** The longest line the parser's line patterns see. */
export const MAX_LINE = 1000;
/** The longest paragraph the analyses see: a few sentences. */
export const MAX_PARAGRAPH = 2000;
/** The longest run without a space that counts as one word. */
export const MAX_WORD = 200;

const SPACE_RUN = /[ \t\f\v\u00a0]{3,}/g;

/** One raw line as bounded lines: spaces, NULs and over-long words tamed, then cut at MAX_LINE. */
export function boundLine(raw: string): string[] {
  let line = raw.includes('\0') ? raw.replace(/\0/g, '') : raw;
  if (line.length > 2) line = line.replace(SPACE_RUN, '  ');
  if (line.length > MAX_WORD) line = breakLongWords(line);
  return line.length > MAX_LINE ? cutText(line, MAX_LINE) : [line];
}

/** Breaks every run of more than MAX_WORD non-space characters every MAX_WORD characters. */
export function breakLongWords(text: string): string {
  if (!hasLongWord(text)) return text;
  return text.replace(/\S+/g, (word) => {
    if (word.length <= MAX_WORD) return word;
    const pieces: string[] = [];
    for (let i = 0; i < word.length; ) {
      const end = unsplit(word, Math.min(word.length, i + MAX_WORD));
      pieces.push(word.slice(i, end));
      i = end;
    }
    return pieces.join(' ');
  });
}

/**
 * Whether the text has a run of more than MAX_WORD characters that are not spaces (\S). Each window of
 * MAX_WORD + 1 characters is read backwards from its end: a space in it rules out every run through that
 * space, so the next window ends MAX_WORD + 1 past it (most characters are never read).
 */
function hasLongWord(text: string): boolean {
  for (let end = MAX_WORD; end < text.length; ) {
    let k = end;
    while (k >= end - MAX_WORD && !isSpace(text.charCodeAt(k))) k--;
    if (k < end - MAX_WORD) return true;
    end = k + MAX_WORD + 1;
  }
  return false;
}

const SENTENCE_END = new Set(['.', '!', '?', '…']);
const CLOSER = new Set(['"', '”', '’', "'", ')', ']']);
const PUNCTUATION = new Set([',', ';', ':', '-', '–', '—', '/', '|', ')', ']', '.', '!', '?']);

/**
 * Cuts text into pieces of at most `max` characters: at the last sentence end before the limit, else the last
 * space, else just after the last punctuation mark, else at the limit. Each cut scans at most `max`
 * characters, so the whole is linear.
 */
export function cutText(text: string, max: number): string[] {
  const pieces: string[] = [];
  let from = 0;
  while (text.length - from > max) {
    const cut = cutPoint(text, from, from + max);
    const piece = text.slice(from, cut).trim();
    if (piece) pieces.push(piece);
    from = cut;
  }
  const last = text.slice(from).trim();
  if (last || !pieces.length) pieces.push(last);
  return pieces;
}

/** Where to cut text between from and limit (exclusive): an offset in (from, limit]. */
function cutPoint(text: string, from: number, limit: number): number {
  let space = -1;
  let punctuation = -1;
  // Not in the first half: the pieces stay long enough to read as text.
  const floor = from + Math.floor((limit - from) / 2);
  for (let i = limit - 1; i > floor; i--) {
    const c = text[i];
    if (c === ' ' || c === '\t') {
      let k = i - 1;
      while (k > from && CLOSER.has(text[k])) k--;
      if (SENTENCE_END.has(text[k])) return i + 1;
      if (space < 0) space = i + 1;
    } else if (punctuation < 0 && PUNCTUATION.has(c)) punctuation = i + 1;
  }
  if (space > 0) return space;
  if (punctuation > 0) return punctuation;
  return unsplit(text, limit);
}

/** An offset moved back by one when it would cut a surrogate pair (an emoji) in two. */
function unsplit(text: string, offset: number): number {
  const code = text.charCodeAt(offset - 1);
  return offset < text.length && code >= 0xd800 && code <= 0xdbff ? offset - 1 : offset;
}
