/**
 * A press release's own furniture: release lines, contact boxes and the "About …" section. The lines that
 * mark a page as a press release are the rules of table `press-release`; only a press release ends in an
 * "About" box (see parseArticle).
 */
import { gated, lineRuleTable, recognises, type LineRule } from './lineRules.ts';
import type { CleanLine } from './markup.ts';

const CONTACT_HEADING: LineRule = {
  id: 'press-release.contact-heading',
  note: 'A press release\'s contact box: "Media contact:", "Press enquiries", "Contact: Jane Doe, …".',
  line: /^(?:(?:media|press|investor|news)(?: relations)? (?:contacts?|enquiries|inquiries)|contacts?|for (?:more|further) information)\b\s*(?::.{0,120})?$/i,
  examples: recognises('Media contact:', 'Press enquiries', 'Contact: Ana Ruiz, 01632 960 123'),
  notMatching: ['Contact with the crew was lost at 4am.', 'For more information about the closure, the council said, residents should call the helpline.'],
};

export const PRESS_RELEASE_RULES: readonly LineRule[] = [
  {
    id: 'press-release.release-line',
    note: 'A release line: "FOR IMMEDIATE RELEASE", "Press release – 28 May 2025".',
    line: /^(?:for immediate release|(?:press|news|media) release)/i,
    examples: recognises('FOR IMMEDIATE RELEASE', 'Press release – 28 May 2025'),
    notMatching: ['The press release was issued on Monday.'],
  },
  {
    id: 'press-release.embargoed',
    note: 'An embargo line: "Embargoed until 00:01 Thursday".',
    line: /^embargoed\b/i,
    examples: recognises('Embargoed until 00:01 Thursday'),
    notMatching: ['The embargoed report leaked on Tuesday.'],
  },
  {
    id: 'press-release.end-mark',
    note: 'A release\'s end mark: "###", "-ENDS-", "Ends".',
    line: /^(?:#{3}$|-?\s?ends\s?-?$)/i,
    examples: recognises('###', '-ENDS-', 'Ends'),
    notMatching: ['Ends of the bridge were closed.'],
  },
  CONTACT_HEADING,
  {
    id: 'press-release.wire-dateline',
    note: 'A release wire\'s dateline: "KELMOUTH, England, May 28, 2025 /PRNewswire/ --".',
    line: gated((text) => text.includes('/'), /\/\s?\p{Lu}[\p{L} -]{1,30}\/\s?(?:--|—|–)/u),
    examples: recognises('KELMOUTH, England, May 28, 2025 /PRNewswire/ -- The trust today announced a new ward.'),
    notMatching: ['The ratio rose to 3/4 -- a record.', 'Sales rose 4% in the year to May.'],
  },
];

export const PRESS_RELEASE = lineRuleTable('press-release', PRESS_RELEASE_RULES);

const MARKER_TESTS = PRESS_RELEASE_RULES.map((rule) => rule.line);

/** "Media contact:", "Press enquiries", "Contact: Jane Doe, …": a press release's contact box. */
export function isContactHeading(text: string): boolean {
  return CONTACT_HEADING.line.test(text);
}

/**
 * "About Marrow Vale Health Trust" over a paragraph about it ("Marrow Vale Health Trust provides …",
 * "Founded in 1952, Calder Park Zoo is …"): a press release's boilerplate. Returns the name.
 */
export function aboutSection(lines: readonly CleanLine[], i: number): string | undefined {
  const match = /^[Aa]bout (?:the )?(?<name>\p{Lu}[^.!?:]{1,60})$/u.exec(lines[i].text);
  if (!match) return undefined;
  // The next line with text, found without copying the rest of the page (a page of "About …" lines stays linear).
  let next: string | undefined;
  for (let j = i + 1; j < lines.length && next === undefined; j++) if (lines[j].text) next = lines[j].text;
  if (!next) return undefined;
  const name = match.groups!.name.trim();
  const first = next.split(/(?<=[.!?])\s/)[0];
  return first.includes(name) || next.startsWith(name.split(/\s+/)[0] + ' ') ? name : undefined;
}

/** Lines that mark a press release: "FOR IMMEDIATE RELEASE", "Media contact:", "###", "/PRNewswire/ --". */
export function isReleaseMarker(text: string): boolean {
  return MARKER_TESTS.some((rule) => rule.test(text));
}
