/**
 * Recognises lines of a web page that are not part of the story: share widgets, image captions and
 * credits, "more from this section" rails, update notices, cookie banners, newsletter boxes, wire
 * footers, tag lists, comment counts. Rules are about page furniture in general, never about one story;
 * the patterns themselves are in furnitureRules.ts.
 */
import { CAPTION_RULES, FURNITURE_RULES, PAGE_FURNITURE, RELATED_HEADING_RULES, withinFurniture } from './furnitureRules.ts';
import { anyOf, firstRule } from './lineRules.ts';
import { pieceCount } from './spaces.ts';

export { copyrightHolder, datelineAgency } from './outletNames.ts';
export { dateOfLine, isDateLine } from './dateLines.ts';
export { parseBareByline, parseByline } from './bylines.ts';
export { MAX_FURNITURE } from './furnitureRules.ts';
export { isNavLine } from './furnitureShapes.ts';

/** "Ana Ruiz@AnaRuizMayor": the account line an embedded post starts with. */
const POST_ACCOUNT = /^(?<name>(?:[\p{Lu}][\p{L}'’.-]*\s){0,3}[\p{Lu}][\p{L}'’.-]*)\s?@(?<handle>[A-Za-z0-9_]{1,30})(?:\s*[·•|-]\s*.*)?$/u;

export function parsePostAccount(line: string): { name: string; handle: string } | undefined {
  if (!line.includes('@')) return undefined;
  const match = POST_ACCOUNT.exec(line.trim());
  if (!match) return undefined;
  return { name: match.groups!.name.trim(), handle: match.groups!.handle };
}

/**
 * Page furniture: a line some rule of the furniture or captions table recognises. Furniture is a label or
 * a box of a sentence or two: a longer line is text, whatever words it has (a paste that lost its line
 * breaks keeps its paragraphs).
 */
export function isBoilerplate(line: string): boolean {
  // The parser often asks about one line twice in a row (the short-label rule about the next line, then that
  // line's own turn), and about a repeated line line after line: the last answer is kept.
  if (line === lastLine.line) return lastLine.furniture;
  const text = line.trim();
  // Captions and credits are short; a long sentence that mentions Reuters is reporting, not a credit.
  const furniture = withinFurniture(text) && (isPageFurniture(text) || isCaption(text));
  lastLine = { line, furniture };
  return furniture;
}
let lastLine = { line: '', furniture: false };

/** The furniture, caption or related-heading rule that recognises a line, for a trace that says why a line went. */
export function furnitureRuleOf(line: string): string | undefined {
  const text = line.trim();
  const furniture = withinFurniture(text) ? (firstRule(FURNITURE_RULES, text) ?? CAPTION_RULES.find((rule) => text.length <= rule.maxLength && rule.line.test(text))) : undefined;
  return (furniture ?? firstRule(RELATED_HEADING_RULES, text))?.id;
}

/** A photo caption, image label or credit: it may sit between a headline and its byline. */
export function isCaption(line: string): boolean {
  const text = line.trim();
  for (const { maxLength, test } of CAPTION_TESTS) if (text.length <= maxLength && test(text)) return true;
  return false;
}
/** The furniture rules' tests as one (see anyOf). */
const isPageFurniture = anyOf(PAGE_FURNITURE);
/** The caption rules' tests, one per length bound (see anyOf). */
const CAPTION_TESTS = [...new Set(CAPTION_RULES.map((rule) => rule.maxLength))].map((maxLength) => ({ maxLength, test: anyOf(CAPTION_RULES.filter((rule) => rule.maxLength === maxLength).map((rule) => rule.line)) }));

/**
 * A short line that is a label, not prose: a button, a section name, a counter ("Share", "Key events",
 * "Copy Link copied", "142"). Five words or fewer, no sentence punctuation, not a lead-in ending ":".
 */
export function isShortLabel(line: string): boolean {
  const text = line.trim();
  if (!text || /[.!?…:;]["”’')\]]*$/.test(text) || /^[-*•]\s/.test(text) || /^["“‘]/.test(text)) return false;
  // "Recall number: 25-118" is a field with its value; "Posted by u/kev" and "@handle" lines say who wrote a post.
  if (/^[^:]{1,30}:\s+\S/.test(text) || /^posted by\b|@\w|\bu\/\w/i.test(text)) return false;
  return pieceCount(text) <= 5;
}

/** A heading over a list of links to other stories: "More on this story", "Related coverage". */
export function isRelatedHeading(line: string): boolean {
  return isRelated(line.trim());
}
/** The related-heading rules as one test per line, not one per rule (anyOf merges what it safely can). */
const isRelated = anyOf(RELATED_HEADING_RULES.map((rule) => rule.line));
