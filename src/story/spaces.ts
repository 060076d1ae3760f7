/**
 * Counting the words of a text without splitting it (the loader counts words of every line and paragraph):
 * the same numbers as `text.split(/\s+/)` and its non-empty pieces, read in one pass.
 */

/** A character of \s: ECMAScript's white space and line terminators. */
export function isSpace(code: number): boolean {
  if (code <= 0x20) return code === 0x20 || (code >= 0x09 && code <= 0x0d);
  if (code < 0xa0) return false;
  return code === 0xa0 || code === 0x1680 || (code >= 0x2000 && code <= 0x200a) || code === 0x2028 || code === 0x2029 || code === 0x202f || code === 0x205f || code === 0x3000 || code === 0xfeff;
}

/**
 * `text.split(/\s+/).length`: one more than the runs of spaces (a leading or trailing run makes an empty
 * piece). With `limit`, counting stops at the first count over it (a long line is not read to its end).
 */
export function pieceCount(text: string, limit = Infinity): number {
  let pieces = 1;
  let inSpace = false;
  for (let i = 0; i < text.length && pieces <= limit; i++) {
    const space = isSpace(text.charCodeAt(i));
    if (space && !inSpace) pieces++;
    inSpace = space;
  }
  return pieces;
}

/** `text.split(/\s+/).filter(Boolean).length`: the runs of characters that are not spaces. */
export function wordCount(text: string): number {
  let words = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const word = !isSpace(text.charCodeAt(i));
    if (word && !inWord) words++;
    inWord = word;
  }
  return words;
}

/** `text.replace(/\s+/g, ' ')`: the text itself when its only spaces are single ASCII ones (most lines), read in one pass. */
export function tidySpaces(text: string): string {
  let afterSpace = false;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0x20 && !afterSpace) afterSpace = true;
    else if (isSpace(code)) return text.replace(/\s+/g, ' ');
    else afterSpace = false;
  }
  return text;
}
