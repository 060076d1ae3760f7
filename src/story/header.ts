/** Where the page header ends and which of its lines is the headline. */
import { isBoilerplate, isCaption, isNavLine, isRelatedHeading, isShortLabel } from './boilerplate.ts';
import { bylineOf } from './bylines.ts';
import { isDateLine } from './dateLines.ts';
import { isProse, looksLikeHeadline, TERMINAL } from './lineShapes.ts';
import type { CleanLine } from './markup.ts';
import { mastheadName } from './outletNames.ts';

export interface Header {
  /** Index of the headline line, or -1. */
  title: number;
  /** Index of the first line of prose (the end of the page header). */
  prose: number;
}

/** How far down a page its headline and byline are looked for. */
const HEADER_LINES = 400;

/**
 * Finds the headline among the lines above the story: the page header runs from the top to the first
 * line of prose. Menus, section labels, dates and bylines split it into runs; the headline opens the
 * last run of headline-like lines before the byline or date (a standfirst may follow it).
 */
export function findHeader(lines: readonly CleanLine[]): Header {
  // (isProse first: it is cheaper, and most lines above the story are not prose.)
  let prose = lines.findIndex((l) => l.text && isProse(l.text) && !isBoilerplate(l.text));
  if (prose < 0) prose = lines.length;
  // The headline and byline sit at the top of a page: a page whose prose never starts (a paste of short
  // lines) is searched for them only in its first lines, not all of them.
  let stop = Math.min(prose, HEADER_LINES);
  for (let i = 0; i < stop; i++) {
    const l = lines[i];
    if (l.text && (bylineOf(l) || isDateLine(l.text))) {
      stop = i;
      break;
    }
  }
  // The last run of candidates that is not empty: a menu under the headline does not hide it.
  const candidates = (end: number) => {
    let run: number[] = [];
    let last: number[] = [];
    for (let i = 0; i < end; i++) {
      const text = lines[i].text;
      if (!text && !lines[i].image) continue;
      // "NEWS PROVIDED BY" over the issuer's name: neither is the headline, and they do not end its run.
      if (/^[^.!?]{0,30}\b(?:provided|presented|sponsored|brought to you) by\s*:?$/i.test(text)) {
        i = lines.findIndex((l, j) => j > i && l.text) - 1;
        if (i < 0) break;
        i++;
        continue;
      }
      // A caption or credit may sit between the headline and the byline; menus and labels end a run.
      if (!text || isCaption(text)) continue;
      if (isBoilerplate(text) || isNavLine(text) || !looksLikeHeadline(text) || isRelatedHeading(text) || bylineOf(lines[i])) run = [];
      else run.push(i);
      if (run.length) last = run;
    }
    return last;
  };
  let run = candidates(stop);
  if (!run.length && stop < prose) run = candidates(Math.min(prose, HEADER_LINES));
  // A site or organisation name over the headline ("SKERRHOLM MUNICIPALITY", "The Harbor Ledger") is not it.
  const page = pageShape(lines);
  const title = run.find((i, k) => !wrappedProse(lines, i, page) && !(k < run.length - 1 && isSiteLabel(lines[i].text)));
  return { title: title ?? -1, prose };
}

function isSiteLabel(text: string): boolean {
  return (text === text.toUpperCase() && text.split(/\s+/).length <= 3) || mastheadName(text) !== undefined;
}

/** What wrappedProse asks of the whole page, worked out once per page (on first use) rather than once per candidate line. */
interface PageShape {
  /** At least three long lines end a sentence: the page's paragraphs run on long lines. */
  longParagraphLines(): boolean;
  /** At least 60% of the lines that are not empty end a sentence. */
  mostLinesEndSentences(): boolean;
}

function pageShape(lines: readonly CleanLine[]): PageShape {
  let long: boolean | undefined;
  let most: boolean | undefined;
  return {
    longParagraphLines: () => (long ??= lines.filter((l) => l.text.length > 120 && TERMINAL.test(l.text)).length >= 3),
    mostLinesEndSentences: () => {
      if (most === undefined) {
        const nonEmpty = lines.map((l) => l.text).filter(Boolean);
        const terminal = nonEmpty.filter((l) => TERMINAL.test(l)).length;
        most = terminal / nonEmpty.length >= 0.6;
      }
      return most;
    },
  };
}

/** True when line i opens a hard-wrapped paragraph rather than standing alone as a headline. */
function wrappedProse(lines: readonly CleanLine[], i: number, page: PageShape): boolean {
  const next = lines[i + 1]?.text;
  if (!next) return false;
  if (/^\p{Ll}/u.test(next)) return true;
  // A page whose paragraphs run on long lines is not hard-wrapped: a line break above a capital is real.
  if (page.longParagraphLines()) return false;
  for (let j = i + 1; j < lines.length && lines[j].text; j++) {
    const text = lines[j].text;
    if (bylineOf(lines[j]) || isBoilerplate(text) || isShortLabel(text)) return false;
    if (TERMINAL.test(text)) {
      // One paragraph per line: most lines end a sentence, so a headline line may sit right above one.
      return !(j === i + 1 && /^[\p{Lu}"“‘'-]/u.test(next) && page.mostLinesEndSentences());
    }
  }
  return false;
}
