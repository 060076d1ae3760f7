/** A press release's own furniture: release lines, contact boxes and the "About …" section. */
import type { CleanLine } from './markup.ts';

/** "Media contact:", "Press enquiries", "Contact: Jane Doe, …": a press release's contact box. */
export function isContactHeading(text: string): boolean {
  return /^(?:(?:media|press|investor|news)(?: relations)? (?:contacts?|enquiries|inquiries)|contacts?|for (?:more|further) information)\b\s*(?::.{0,120})?$/i.test(text);
}

/**
 * "About Marrow Vale Health Trust" over a paragraph about it ("Marrow Vale Health Trust provides …",
 * "Founded in 1952, Calder Park Zoo is …"): a press release's boilerplate. Returns the name.
 */
export function aboutSection(lines: readonly CleanLine[], i: number): string | undefined {
  const match = /^[Aa]bout (?:the )?(?<name>\p{Lu}[^.!?:]{1,60})$/u.exec(lines[i].text);
  if (!match) return undefined;
  const next = lines.slice(i + 1).find((l) => l.text)?.text;
  if (!next) return undefined;
  const name = match.groups!.name.trim();
  const first = next.split(/(?<=[.!?])\s/)[0];
  return first.includes(name) || next.startsWith(name.split(/\s+/)[0] + ' ') ? name : undefined;
}

/** Lines that mark a press release: "FOR IMMEDIATE RELEASE", "Media contact:", "###", "/PRNewswire/ --". */
export function isReleaseMarker(text: string): boolean {
  return /^(?:for immediate release|(?:press|news|media) release|embargoed\b|#{3}$|-?\s?ends\s?-?$)/i.test(text) || isContactHeading(text) || (text.includes('/') && /\/\s?\p{Lu}[\p{L} -]{1,30}\/\s?(?:--|—|–)/u.test(text));
}
