/** Mending text copied out of a PDF: words hyphenated at a line end, running headers and footers. */
import { TERMINAL } from './lineShapes.ts';
import type { CleanLine } from './markup.ts';

/** Compound words keep their hyphen across a line break ("well-\nknown"); split words do not. */
const COMPOUND_PREFIX = /^(self|well|non|ex|anti|all|half|cross|full|high|low|long|short|mid|semi|multi|vice|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|year|day|week|month)$/i;

/** Joins hard-wrapped lines, mending words a PDF hyphenated at a line end ("govern-\nment"). */
export function joinWrapped(parts: readonly string[], whole: string): string {
  let text = parts[0] ?? '';
  for (const part of parts.slice(1)) {
    const broken = /(\p{L}+)-$/u.exec(text);
    const next = /^(\p{Ll}[\p{L}]*)/u.exec(part);
    if (broken && next) {
      const [head, tail] = [broken[1], next[1]];
      const keep = !whole.includes(head + tail) && (whole.includes(head + '-' + tail) || COMPOUND_PREFIX.test(head));
      text = keep ? text + part : text.slice(0, -1) + part;
    } else if (/\p{N}-$/u.test(text) && /^\p{Ll}/u.test(part)) text += part;
    else text += ' ' + part;
  }
  return text;
}

/** Short lines that come back (running headers and footers of a PDF, "Reply" under every comment). */
export function repeatedLineTest(lines: readonly CleanLine[]): (text: string) => boolean {
  const key = (text: string) => text.replace(/\s+/g, ' ').toLowerCase();
  const seen = new Map<string, number>();
  for (const l of lines) if (l.text) seen.set(key(l.text), (seen.get(key(l.text)) ?? 0) + 1);
  return (text: string) =>
    (seen.get(key(text)) ?? 0) >= 2 && /^[\p{Lu}\p{N}]/u.test(text) && !TERMINAL.test(text) && !/[-,]$/.test(text) && text.split(/\s+/).length <= 12 && text.split(/\s+/).length >= 2;
}
