/** Removes the markup a line pasted from a web page or a Markdown file carries. */

const ENTITIES: Record<string, string> = {
  amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: ' ', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“',
  mdash: '—', ndash: '–', hellip: '…', eacute: 'é', egrave: 'è', aacute: 'á', iacute: 'í', oacute: 'ó', uacute: 'ú',
  ntilde: 'ñ', ouml: 'ö', uuml: 'ü', auml: 'ä', ccedil: 'ç', euro: '€', pound: '£', copy: '©', middot: '·', bull: '•',
};

/**
 * An apostrophe's numeric entity whose "&#" a copying tool stripped, after a lower-case letter: "last
 * week39;s losses", "the company39;s shares" (not "the A39; the M5").
 */
const STRIPPED_APOSTROPHE = /(?<=[a-z])(?:39|8217);(?=s\b|[\s,.;:!?]|$)/g;

/** Decodes the HTML entities a copy from a web page keeps: "&amp;", "&#8217;", "&#x2019;". */
export function decodeEntities(text: string): string {
  if (text.includes('39;') || text.includes('8217;')) text = text.replace(STRIPPED_APOSTROPHE, '’');
  return text.replace(/&(?<code>#\d{1,7}|#x[0-9a-f]{1,6}|[a-z]{2,8});/gi, (whole, code: string) => {
    if (code[0] === '#') {
      const n = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : whole;
    }
    return ENTITIES[code.toLowerCase()] ?? whole;
  });
}

export interface CleanLine {
  text: string;
  /** The line was only an image (Markdown image or linked image). */
  image: boolean;
  /** The line was only a link to a person's profile page: the name, as a byline. */
  profile?: string;
}

const PROFILE_URL = /\/(?:@[\w.-]+|authors?\/|people\/|profiles?\/|staff\/|contributors?\/|by\/|journalists?\/)/i;

/** Removes the markup of a pasted line: HTML entities and tags, Markdown links, images, emphasis, quotes. */
export function cleanLine(raw: string): CleanLine {
  // Each replacement runs only on a line that has the mark it needs ("&", "<", "[", "*", "_"…): most lines have none.
  let text = raw.includes('&') || raw.includes('39;') || raw.includes('8217;') ? decodeEntities(raw) : raw;
  if (text.includes('\u00a0')) text = text.replace(/\u00a0/g, ' ');
  text = text.trim();
  if (text.includes('<')) text = text.replace(/<\/?(?:p|br|em|strong|b|i|u|span|div|a|small|sup|sub)\b[^>]*>/gi, '');
  if ((text.startsWith('!') || text.startsWith('[')) && /^(?:!\[[^\]]*\]\([^)]*\)|\[!\[[^\]]*\]\([^)]*\)\]\([^)]*\))\s*$/.test(text)) return { text: '', image: true };
  const profile = text.startsWith('[') ? /^\[[^\]]{3,60}\]\((?<url>[^)\s]+)\)$/.exec(text) : null;
  if (text.includes('](')) {
    text = text.replace(/!\[[^\]]*\]\([^)]*\)/g, '').replace(/\[(?<label>[^\]]+)\]\((?:[^()\s]|\([^()\s]*\))+(?:\s+"[^"]*")?\)/g, '$<label>');
  }
  if (text.includes('<')) text = text.replace(/<(?<url>https?:\/\/[^>\s]+)>/g, '$<url>');
  if (text.startsWith('>')) text = text.replace(/^>\s?/, '');
  // Footnote markers after a word or a sentence: "in the county.[1] It opened" → "in the county. It opened".
  // (The plain pre-check keeps the costly \p{…} pattern from being compiled for lines without a marker.)
  if (/\[\d/.test(text)) text = text.replace(/(?<=[\p{L}\p{N}.,;:!?"”’')])\[\d{1,3}\]/gu, '');
  text = unemphasised(text);
  return { text, image: false, profile: profile && PROFILE_URL.test(profile.groups!.url) ? text : undefined };
}

/** The text without Markdown emphasis: "**bold**", "__bold__", "*italic*", "_italic_". */
function unemphasised(text: string): string {
  if (text.includes('*')) text = text.replace(/\*\*(?<inner>\S(?:.*?\S)?)\*\*/g, '$<inner>');
  if (text.includes('_')) text = text.replace(/__(?<inner>\S(?:.*?\S)?)__/g, '$<inner>');
  if (text.includes('*')) text = text.replace(/(?<before>^|[\s(“"‘'])\*(?<inner>\S(?:.*?\S)?)\*(?=$|[\s).,;:!?’'"”])/g, '$<before>$<inner>');
  if (text.includes('_')) text = text.replace(/(?<before>^|[\s(“"‘'])_(?<inner>\S(?:.*?\S)?)_(?=$|[\s).,;:!?’'"”])/g, '$<before>$<inner>');
  return text.trim();
}

/**
 * A paste that lost its line breaks runs the page's menu, headline, byline and date into one line with
 * wide gaps where the breaks were: "Radio Dunmore  News  Local  Fire crew invited  By Kit Roe  20 May 2025".
 * Three or more pieces, none of which ends a sentence, are split back into lines; prose with two spaces
 * after each full stop is left alone.
 */
export function splitRunTogether(raw: string): string[] {
  // Without two spaces in a row (or a no-break space) the line is one piece.
  if (!raw.includes('  ') && !raw.includes('\u00a0')) return [raw];
  const pieces = raw.trim().split(/[ \u00a0]{2,}|\u00a0[ \u00a0]+/);
  if (pieces.length < 3 || pieces.some((p) => /[.!?…]["”’')\]]*$/.test(p) || p.split(/\s+/).length > 14)) return [raw];
  return pieces;
}
