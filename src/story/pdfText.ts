/** Mending text copied out of a PDF: words hyphenated at a line end, running headers and footers. */
import { MAX_WORD } from './boundedText.ts';
import { TERMINAL } from './lineShapes.ts';
import type { CleanLine } from './markup.ts';
import { pieceCount, tidySpaces } from './spaces.ts';
import { lowerBound } from '../search/lowerBound.ts';

/** Compound words keep their hyphen across a line break ("well-\nknown"); split words do not. */
const COMPOUND_PREFIX = /^(?:self|well|non|ex|anti|all|half|cross|full|high|low|long|short|mid|semi|multi|vice|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|year|day|week|month)$/i;

/** Joins hard-wrapped lines, mending words a PDF hyphenated at a line end ("govern-\nment"). */
export function joinWrapped(parts: readonly string[], whole: string): string {
  // Pieces are collected and joined once, and only the end of the text so far (a word is at most MAX_WORD
  // characters) is looked at: slicing the growing text itself at every line was quadratic.
  const out: string[] = [parts[0] ?? ''];
  let end = out[0].slice(-(MAX_WORD + 2));
  const append = (piece: string) => {
    out.push(piece);
    end = (end + piece).slice(-(MAX_WORD + 2));
  };
  const dropLastCharacter = () => {
    let k = out.length - 1;
    while (k > 0 && !out[k]) k--;
    out[k] = out[k].slice(0, -1);
    end = end.slice(0, -1);
  };
  for (const part of parts.slice(1)) {
    // Both tests below need a hyphen at the end: without one, neither pattern is tried from every position.
    const hyphen = end.endsWith('-');
    const broken = hyphen ? /(?<head>\p{L}+)-$/u.exec(end) : null;
    const next = broken ? /^(?<tail>\p{Ll}[\p{L}]*)/u.exec(part) : null;
    if (broken && next) {
      const [head, tail] = [broken.groups!.head, next.groups!.tail];
      const words = wordsOf(whole);
      const keep = !words.has(head + tail) && (words.has(head + '-' + tail) || COMPOUND_PREFIX.test(head));
      if (!keep) dropLastCharacter();
      append(part);
    } else if (hyphen && /\p{N}-$/u.test(end) && /^\p{Ll}/u.test(part)) append(part);
    else append(' ' + part);
  }
  return out.join('');
}

/** Which words (and the beginnings of words) a text holds, built once per text: `whole.includes` per join was quadratic. */
interface WordIndex {
  has(word: string): boolean;
}
let lastIndex: { whole: string; index: WordIndex } | undefined;

function wordsOf(whole: string): WordIndex {
  if (lastIndex?.whole === whole) return lastIndex.index;
  const words = new Set<string>();
  for (const [word] of whole.matchAll(/\p{L}+(?:-\p{L}+)*/gu)) {
    words.add(word);
    if (word.includes('-')) for (const part of word.split('-')) words.add(part);
  }
  const sorted = [...words].sort();
  // A word w is in the text when some word of the text starts with it (w itself, or "governments" for "government").
  const has = (word: string) => {
    const lo = lowerBound(sorted.length, (i) => sorted[i] < word);
    return lo < sorted.length && sorted[lo].startsWith(word);
  };
  lastIndex = { whole, index: { has } };
  return lastIndex.index;
}

/** Short lines that come back (running headers and footers of a PDF, "Reply" under every comment). */
export function repeatedLineTest(lines: readonly CleanLine[]): (text: string) => boolean {
  const seen = new Map<string, number>();
  for (const l of lines) {
    // Only a line of 2 to 12 words can be a repeated line, and its copies have as many (spaces count as one):
    // longer and shorter lines are not counted.
    if (!l.text || !twoToTwelveWords(l.text)) continue;
    const key = lineKey(l.text);
    seen.set(key, (seen.get(key) ?? 0) + 1);
  }
  const repeated = new Set([...seen].filter(([, count]) => count >= 2).map(([key]) => key));
  // Most pages repeat no line: then no line is looked at again.
  if (!repeated.size) return () => false;
  return (text: string) =>
    repeated.has(lineKey(text)) && /^[\p{Lu}\p{N}]/u.test(text) && !TERMINAL.test(text) && !/[-,]$/.test(text) && twoToTwelveWords(text);
}

/** `text.split(/\s+/)` gives 2 to 12 pieces. */
function twoToTwelveWords(text: string): boolean {
  const pieces = pieceCount(text, 12);
  return pieces >= 2 && pieces <= 12;
}

/** How a repeated line is compared: spaces made one, lower case. */
function lineKey(text: string): string {
  return tidySpaces(text).toLowerCase();
}
