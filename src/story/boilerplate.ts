/**
 * Recognises lines of a web page that are not part of the story: share widgets, image captions and
 * credits, "more from this section" rails, update notices, cookie banners, newsletter boxes, wire
 * footers, tag lists, comment counts. Rules are about page furniture in general, never about one story;
 * the patterns themselves are in furnitureRules.ts.
 */
import { isDateLine } from './dateLines.ts';
import { CAPTION_CREDIT, IMAGE, PAGE_FURNITURE } from './furnitureRules.ts';

export { copyrightHolder, datelineAgency } from './outletNames.ts';
export { dateOfLine, isDateLine } from './dateLines.ts';
export { parseBareByline, parseByline } from './bylines.ts';

/** "Sarah Sanders@PressSec": the account line an embedded post starts with. */
const POST_ACCOUNT = /^(?<name>(?:[\p{Lu}][\p{L}'’.-]*\s){0,3}[\p{Lu}][\p{L}'’.-]*)\s?@(?<handle>[A-Za-z0-9_]{1,30})(?:\s*[·•|-]\s*.*)?$/u;

export function parsePostAccount(line: string): { name: string; handle: string } | undefined {
  if (!line.includes('@')) return undefined;
  const match = POST_ACCOUNT.exec(line.trim());
  if (!match) return undefined;
  return { name: match.groups!.name.trim(), handle: match.groups!.handle };
}

/** The longest line that may be page furniture: a cookie banner or a wire footer of two sentences. */
export const MAX_FURNITURE = 400;

function sentenceEnds(text: string): number {
  return text.match(/[.!?]["”’)]?\s+\p{Lu}/gu)?.length ?? 0;
}

export function isBoilerplate(line: string): boolean {
  const text = line.trim();
  if (!text) return false;
  // Furniture is a label or a box of a sentence or two: a longer line is text, whatever words it has
  // (a paste that lost its line breaks keeps its paragraphs).
  if (text.length > MAX_FURNITURE || sentenceEnds(text) > 3) return false;
  if (PAGE_FURNITURE.some((re) => re.test(text))) return true;
  // Captions and credits are short; a long sentence that mentions Reuters is reporting, not a credit.
  if (isCaption(text)) return true;
  // A run-together widget label such as "Share this articleComments".
  if (/^share this (?:article|story)/i.test(text) && text.length < 60) return true;
  if (isDateLine(text) || isNavLine(text) || isTaglineWithIssue(text)) return true;
  return false;
}

/** "A weekly letter for small investors · Issue 212 · 15 March 2025": a tagline with an issue or date. */
function isTaglineWithIssue(text: string): boolean {
  const parts = text.split(/\s+[·•|]\s+/);
  if (parts.length < 2 || text.length > 160 || parts.some((p) => /[.!?]$/.test(p))) return false;
  return parts.some((p) => isDateLine(p) || /^(?:issue|edition|vol\.?|volume|no\.)\s?#?\d{1,5}$/i.test(p));
}

/** A photo caption, image label or credit: it may sit between a headline and its byline. */
export function isCaption(line: string): boolean {
  const text = line.trim();
  return (text.length <= 160 && IMAGE.some((re) => re.test(text))) || (text.length <= 400 && CAPTION_CREDIT.some((re) => re.test(text)));
}

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

/**
 * A short line that is a label, not prose: a button, a section name, a counter ("Share", "Key events",
 * "Copy Link copied", "142"). Five words or fewer, no sentence punctuation, not a lead-in ending ":".
 */
export function isShortLabel(line: string): boolean {
  const text = line.trim();
  if (!text || /[.!?…:;]["”’')\]]*$/.test(text) || /^[-*•]\s/.test(text) || /^["“‘]/.test(text)) return false;
  // "Recall number: 25-118" is a field with its value; "Posted by u/kev" and "@handle" lines say who wrote a post.
  if (/^[^:]{1,30}:\s+\S/.test(text) || /^posted by\b|@\w|\bu\/\w/i.test(text)) return false;
  return text.split(/\s+/).length <= 5;
}

/** A heading over a list of links to other stories: "More on this story", "Related coverage". */
export function isRelatedHeading(line: string): boolean {
  return /^(?:more (?:on|about) (?:this|the) (?:story|topic|subject)|more (?:stories|coverage|from [\w ]{1,30})|related(?: stories| articles| coverage| content| links)?|read (?:more|next)|you (?:may|might) also like|recommended(?: for you| reading| stories| articles| videos)?|most (?:read|viewed|popular|shared)|trending(?: now)?|top stories|editor'?s picks|latest(?: news| stories)?|explore more on (?:these|this) topics?|obituaries|death notices|weather|in other news|recommended from [\w ]{1,30})\s*:?$/i.test(
    line.trim(),
  );
}
