/** The end of a story: sign-offs, author cards and reading lists after it, an author's bio. */
import { isPersonName } from './bylines.ts';

/** "Until next week,", "Thanks for reading,", "Best,": the sign-off above the writer's name. */
export const SIGN_OFF = /^(?:until next (?:week|time|issue|month)|see you (?:next \w+|soon)|talk (?:soon|next week)|best(?: wishes)?|all the best|cheers|thanks|thank you|thanks for reading|warmly|regards|kind regards|yours(?: truly)?|take care|more soon|onward)\s*[,!.—-]?$/i;

const TAIL_OPENING = /^(?:written by|more from|recommended from|sign up to discover|explore more on|reuse this content|about the author|foot|end|notes|references|bibliography|works cited|#|-)/iu;

/** A line after which only page furniture follows: an author card, a reading list, a release's end mark. */
export function isTailMarker(text: string): boolean {
  // A plain pre-check on how the line opens keeps the \p{Lu} pattern below off ordinary prose.
  if (!TAIL_OPENING.test(text)) return false;
  return /^(?:written by\s+\p{Lu}.{0,60}|more from\s+\p{Lu}.{0,60}|recommended from\s+\S.{0,40}|sign up to discover\b.*|explore more on (?:these|this) topics?|reuse this content|about the author|(?:foot|end)?notes|references|bibliography|works cited|#{3}|-\s?30\s?-)$/iu.test(text);
}

/** The writer an author card names: "Written by Jane Doe" → "Jane Doe". */
export function writtenBy(line: string): string | undefined {
  const writer = /^written by\s+(?<writer>.+)$/i.exec(line);
  return writer && isPersonName(writer.groups!.writer) ? writer.groups!.writer : undefined;
}

/** "Jane Doe is the paper's transport correspondent.", "Doe can be reached at …": an author's bio. */
export function isAuthorBio(text: string, author: string | undefined): boolean {
  if (!author) return false;
  const names = author.split(/\s+and\s+/).flatMap((n) => [n, n.split(/\s+/).pop()!]);
  return names.some((name) => {
    if (!text.startsWith(name + ' ')) return false;
    const rest = text.slice(name.length + 1);
    return /^(?:is|was|covers|writes|reports|edits|has (?:covered|reported|written|been)|can be (?:reached|contacted|emailed)|joined|previously|lives|is based)\b/.test(rest) && rest.length < 300;
  });
}

