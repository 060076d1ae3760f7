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

const BYLINE = /^[Bb]y\s+((?:[A-Z][\w'’.-]+\s?){1,4}?)(?:\s*(?:,|\band\b|\bwith\b|\bfor\b|\||-|—)\s*(.*))?$/;

export type LineKind = 'text' | 'boilerplate' | 'byline' | 'post-account';

export interface Byline {
  author: string;
  outlet?: string;
}

/** A line that looks like "By Jane Doe with NBC News Politics" becomes the author (and maybe the outlet). */
export function parseByline(line: string): Byline | undefined {
  const text = line.trim();
  if (text.length > 120 || /[.!?]["”]?$/.test(text) && !/\b[A-Z]\.$/.test(text)) return undefined;
  const match = BYLINE.exec(text);
  if (!match) return undefined;
  const author = match[1].trim();
  if (author.split(/\s+/).length < 2) return undefined;
  let outlet: string | undefined = match[2]?.trim().replace(/\s+(politics|news desk|staff|contributor)$/i, '');
  if (outlet && !/^[A-Z]/.test(outlet)) outlet = undefined;
  return { author, outlet: outlet || undefined };
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
