/**
 * Recognises lines of a web page that are not part of the story: share widgets, image captions and
 * credits, "more from this section" rails, update notices. Rules are about page furniture in general,
 * never about one story.
 */

const SHARE_OR_NAV = [
  /^share\b.*\b(article|story|this|facebook|twitter|email|button)/i,
  /^(comments?|close button|advertisement|ad|sponsored( content)?|skip (to|navigation).*|print|email|whatsapp|facebook|twitter|linkedin|reddit)$/i,
  /^(more|also|related|recommended|trending|popular|latest|top stories)( stories| articles| news| from this section| in [\w ]+| on [\w ]+)?:?$/i,
  /^(read|see) (more|also|next)\b.{0,60}$/i,
  /^(sign up|subscribe)\b.{0,80}$/i,
  /^(click here|follow us)\b.{0,80}$/i,
  /^this is a (breaking|developing) (news )?story\b.*$/i,
  /^(this (story|article) (is developing|has been updated|will be updated))\b.*$/i,
  /^please (check|refresh) back\b.*$/i,
  /^(updated|published|posted|last updated):?\s.{0,60}\d.{0,30}$/i,
];

const IMAGE = [
  /^(image|photo|picture|video|graphic|caption|gallery)( \d+)?:/i,
  /\b(copyright|©|\(c\))\s/i,
  /\b(getty images|afp|reuters|associated press|shutterstock|ap photo|epa)\b.*\/|\/\s*(getty images|afp|reuters|ap|epa)\b/i,
  /^(photo|image|picture)s? (by|credit|courtesy)\b/i,
];

export type LineKind = 'text' | 'boilerplate' | 'byline' | 'post-account';

export interface Byline {
  author: string;
  outlet?: string;
}

/** A line that looks like "By Jane Doe with NBC News Politics" becomes the author (and maybe the outlet). */
export function parseByline(line: string): Byline | undefined {
  const text = line.trim();
  if (text.length > 120 || !/^by\s/i.test(text) || /[.!?]["”]?$/.test(text) && !/\b[A-Z]\.$/.test(text)) return undefined;
  const rest = text.slice(3).trim();
  const separator = /\s*(?:,|\||—|–|\s-\s|\sfor\s|\swith\s)\s*/.exec(rest);
  const names = separator ? rest.slice(0, separator.index) : rest;
  const authors = names.split(/\s+(?:and|&)\s+/);
  const isName = (n: string) => /^(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’.-]*$/u.test(n);
  if (!authors.every(isName)) return undefined;
  let outlet = separator ? rest.slice(separator.index + separator[0].length).trim() : undefined;
  outlet = outlet?.replace(/\s+(politics|news desk|staff|contributor|correspondent)$/i, '');
  if (outlet && (!/^\p{Lu}/u.test(outlet) || outlet.split(/\s+/).length > 6)) outlet = undefined;
  return { author: authors.join(' and '), outlet: outlet || undefined };
}

/** "Sarah Sanders@PressSec": the account line an embedded post starts with. */
const POST_ACCOUNT = /^((?:[\p{Lu}][\p{L}'’.-]*\s){0,3}[\p{Lu}][\p{L}'’.-]*)\s?@([A-Za-z0-9_]{1,30})(?:\s*[·•|-]\s*.*)?$/u;

export function parsePostAccount(line: string): { name: string; handle: string } | undefined {
  const match = POST_ACCOUNT.exec(line.trim());
  if (!match) return undefined;
  return { name: match[1].trim(), handle: match[2] };
}

export function isBoilerplate(line: string): boolean {
  const text = line.trim();
  if (!text) return false;
  if (SHARE_OR_NAV.some((re) => re.test(text))) return true;
  // Captions and credits are short; a long sentence that mentions Reuters is reporting, not a credit.
  if (text.length <= 160 && IMAGE.some((re) => re.test(text))) return true;
  // A run-together widget label such as "Share this articleComments".
  if (/^share this (article|story)/i.test(text) && text.length < 60) return true;
  return false;
}
