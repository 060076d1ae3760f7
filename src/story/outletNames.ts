/** Lines of page furniture that name the outlet: mastheads, home links, copyright lines, sources, datelines. */
import { words } from '../analysis/lexicon/index.ts';
import { alternation } from '../analysis/rules/pattern.ts';

/** Words newspapers, broadcasters and sites put in their names. */
export const MASTHEAD_WORD = /\b(?:news|times|post|standard|herald|gazette|journal|tribune|courier|daily|chronicle|radio|tv|television|telegraph|observer|guardian|mail|express|star|record|press|review|weekly|ledger|bulletin|dispatch|sentinel|independent|inquirer|examiner|monitor|register|wire|live|today|magazine|broadcasting|media|channel|tidende|tidning|tidningen|avis|avisen|dagblad|posten|bladet|zeitung|kurier|nachrichten|courant|krant|nieuws|diario|noticias|periódico|corriere|gazzetta|giornale|quotidien|journal|presse|gazeta|dziennik|novosti|sanomat|uutiset)\b/i;

/** Words in the name of a public body or society that publishes its own pages. */
const ORGANISATION_WORD = new RegExp(`\\b${alternation(words('publicBody'))}\\b`, 'i');

/** "Kelmouth District Council", "Ministry of Health": the organisation word ends the name or opens "X of Y". */
function isOrganisationName(text: string): boolean {
  const words = text.split(/\s+/);
  return ORGANISATION_WORD.test(words[words.length - 1]) || new RegExp(`^(?:the )?${ORGANISATION_WORD.source} of \\p{Lu}`, 'iu').test(text);
}

/** A site's name above the headline: "Corvana Evening Standard", "The Harbor Ledger". */
export function mastheadName(line: string): string | undefined {
  const text = line.trim();
  const words = text.split(/\s+/);
  if (words.length < 2 || words.length > 6 || /[.!?:|]/.test(text)) return undefined;
  if (!words.every((w) => /^(?:\p{Lu}[\p{L}\p{N}'’&-]*|\p{N}+|&|of|the|and|on)$/u.test(w)) || !(MASTHEAD_WORD.test(text) || isOrganisationName(text))) return undefined;
  return text;
}

/** The outlet a line under a byline's name gives: "ABN News, Dunmere" → "ABN News". */
export function outletLine(line: string): string | undefined {
  const text = line.trim();
  return mastheadName(text.split(/\s*,\s*/)[0]);
}

/** "The Meridian - Back to homepage", "Skerrholm Tidende | Home": the site's name on its home link. */
export function siteNameOfHomeLink(line: string): string | undefined {
  // Cheap pre-checks first: the \p{…} pattern below costs more to compile than most lines are worth, and
  // the first is tried at every position of a line unless its last letter is the "e" of "home"/"page".
  const end = line.trimEnd();
  const last = end.charCodeAt(end.length - 1);
  if ((last !== 101 && last !== 69) || !/home(?: ?page)?\s*$/iu.test(line)) return undefined;
  const match = /^(?<site>\p{Lu}[\p{L}\p{N}&'’ .-]{1,50}?)\s*(?:-|–|—|\||:)\s*(?:back to )?(?:the )?home(?: ?page)?$/iu.exec(line.trim());
  return match?.groups!.site.trim();
}

/** The organisation a press release names as its source: "SOURCE Marrow Vale Health Trust". */
export function releaseSource(line: string): string | undefined {
  if (!line.includes('SOURCE')) return undefined;
  const match = /^SOURCE:?\s+(?<source>\p{Lu}[\p{L}\p{N}&'’., -]{1,80})$/u.exec(line.trim());
  return match?.groups!.source.trim().replace(/[.,]$/, '');
}

/** The rights holder of "Copyright © 2024 Corvana Public Radio. All rights reserved.", as the outlet. */
export function copyrightHolder(line: string): string | undefined {
  if (!/all rights reserved/iu.test(line)) return undefined;
  const match = /^(?:copyright|©|\(c\))\s*(?:©\s*)?(?:\d{4}(?:[-–]\d{4})?,?\s+)?(?<holder>[\p{Lu}][\p{L}\p{N}&'’., -]{1,60}?)[.,]?\s+all rights reserved\b/iu.exec(line.trim());
  if (!match) return undefined;
  const holder = match.groups!.holder.trim().replace(/,\s+(?:a|an|part of|a division|a subsidiary|a member)\b.*$/i, '').replace(/[.,]$/, '');
  return /^\p{Lu}/u.test(holder) && holder.split(/\s+/).length <= 6 ? holder : undefined;
}

/** The publication a newsletter names in its sign-off: "Thanks for reading Stolen Hours! Subscribe…". */
const NEWSLETTER_NAME = String.raw`(?<name>(?:the )?\p{Lu}[\p{L}\p{N}'’&-]*(?:\s+[\p{Lu}\p{N}&][\p{L}\p{N}'’&-]*){0,5})`;
const THANKS_FOR_READING = new RegExp(String.raw`^[Tt]hanks for reading ${NEWSLETTER_NAME}\s*[!.]`, 'u');
/** "You are receiving this because you subscribed to Wexbridge Weekly." */
const SUBSCRIBED_TO = new RegExp(String.raw`\b(?:subscribed|signed up|opted in) (?:to|for) ${NEWSLETTER_NAME}\s*(?:[.!,]|$)`, 'u');

export function newsletterName(line: string): string | undefined {
  const text = line.trim();
  // Plain-text pre-checks keep the \p{…} patterns off lines that cannot match (most of them).
  const thanks = /^[Tt]hanks for reading /.test(text) ? THANKS_FOR_READING.exec(text) : null;
  return (thanks ?? (/(?:subscribed|signed up|opted in) (?:to|for) /.test(text) ? SUBSCRIBED_TO.exec(text) : null))?.groups!.name;
}

/** The agency of a wire dateline: "CORVANA, Oct 3 (Reuters) -", "KYIV, Ukraine (AP) —". */
export function datelineAgency(paragraph: string): string | undefined {
  if (!paragraph.includes(')')) return undefined;
  const match = /^\p{Lu}[\p{Lu}.'’ -]{1,40}(?:,[^()—–]{1,40})?\s\((?<agency>[\p{Lu}][\p{L}&. -]{0,30})\)\s?(?:-{1,2}|—|–)\s/u.exec(paragraph);
  return match?.groups!.agency.trim();
}
