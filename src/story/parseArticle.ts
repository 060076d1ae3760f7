import {
  copyrightHolder,
  dateOfLine,
  datelineAgency,
  isBoilerplate,
  isCaption,
  isDateLine,
  isNavLine,
  isPersonName,
  isRoleLine,
  isRelatedHeading,
  isShortLabel,
  mastheadName,
  newsletterName,
  outletLine,
  parseBareByline,
  parseByline,
  parsePostAccount,
  releaseSource,
  siteNameOfHomeLink,
  type Byline,
} from './boilerplate.ts';
import { splitSentences } from './sentences.ts';
import type { Article, ArticleMeta, EmbeddedPost, Paragraph, Sentence } from './types.ts';

const TERMINAL = /[.!?…]["”’')\]]*$/;

function isListItem(line: string): boolean {
  return /^[-*•]\s/.test(line);
}

const ENTITIES: Record<string, string> = {
  amp: '&', quot: '"', apos: "'", lt: '<', gt: '>', nbsp: ' ', rsquo: '’', lsquo: '‘', rdquo: '”', ldquo: '“',
  mdash: '—', ndash: '–', hellip: '…', eacute: 'é', egrave: 'è', aacute: 'á', iacute: 'í', oacute: 'ó', uacute: 'ú',
  ntilde: 'ñ', ouml: 'ö', uuml: 'ü', auml: 'ä', ccedil: 'ç', euro: '€', pound: '£', copy: '©', middot: '·', bull: '•',
};

/** Decodes the HTML entities a copy from a web page keeps: "&amp;", "&#8217;", "&#x2019;". */
export function decodeEntities(text: string): string {
  return text.replace(/&(#\d{1,7}|#x[0-9a-f]{1,6}|[a-z]{2,8});/gi, (whole, code: string) => {
    if (code[0] === '#') {
      const n = code[1] === 'x' || code[1] === 'X' ? parseInt(code.slice(2), 16) : parseInt(code.slice(1), 10);
      return n > 0 && n <= 0x10ffff ? String.fromCodePoint(n) : whole;
    }
    return ENTITIES[code.toLowerCase()] ?? whole;
  });
}

interface CleanLine {
  text: string;
  /** The line was only an image (Markdown image or linked image). */
  image: boolean;
  /** The line was only a link to a person's profile page: the name, as a byline. */
  profile?: string;
}

const PROFILE_URL = /\/(@[\w.-]+|authors?\/|people\/|profiles?\/|staff\/|contributors?\/|by\/|journalists?\/)/i;

/** Removes the markup of a pasted line: HTML entities and tags, Markdown links, images, emphasis, quotes. */
export function cleanLine(raw: string): CleanLine {
  let text = decodeEntities(raw).replace(/\u00a0/g, ' ').trim();
  text = text.replace(/<\/?(p|br|em|strong|b|i|u|span|div|a|small|sup|sub)\b[^>]*>/gi, '');
  if (/^(!\[[^\]]*\]\([^)]*\)|\[!\[[^\]]*\]\([^)]*\)\]\([^)]*\))\s*$/.test(text)) return { text: '', image: true };
  const profile = /^\[([^\]]{3,60})\]\(([^)\s]+)\)$/.exec(text);
  text = text
    .replace(/!\[[^\]]*\]\([^)]*\)/g, '')
    .replace(/\[([^\]]+)\]\((?:[^()\s]|\([^()\s]*\))+(?:\s+"[^"]*")?\)/g, '$1')
    .replace(/<(https?:\/\/[^>\s]+)>/g, '$1')
    .replace(/^>\s?/, '')
    .replace(/\*\*(\S(?:.*?\S)?)\*\*/g, '$1')
    .replace(/__(\S(?:.*?\S)?)__/g, '$1')
    .replace(/(^|[\s(“"‘'])\*(\S(?:.*?\S)?)\*(?=$|[\s).,;:!?’'"”])/g, '$1$2')
    .replace(/(^|[\s(“"‘'])_(\S(?:.*?\S)?)_(?=$|[\s).,;:!?’'"”])/g, '$1$2')
    .trim();
  return { text, image: false, profile: profile && PROFILE_URL.test(profile[2]) ? text : undefined };
}

/** A short line without closing punctuation, with at least two real words, can be a headline. */
function looksLikeHeadline(line: string): boolean {
  const words = line.split(/\s+/);
  const real = words.filter((w) => /\p{L}{3,}/u.test(w)).length;
  return line.length <= 200 && words.length >= 2 && real >= 2 && words.length <= 30 && !TERMINAL.test(line) && !isListItem(line) && !/^#{1,6}\s/.test(line) && !/(^|\s)(u\/|@)\w/.test(line) && !/\S\s{4,}\S/.test(line);
}

/** The first line of the story's prose: a sentence of some length, a list item or a wire dateline. */
function isProse(line: string): boolean {
  if (isListItem(line)) return true;
  if (/^\p{Lu}[\p{Lu}.'’ -]{1,40}(?:,[^—–]{1,40})?\s(?:\([^()]{1,40}\)\s)?(?:—|–|--?)\s/u.test(line)) return true;
  // A hard-wrapped line in which one sentence ends and the next begins ("… drafted. The count was") is prose.
  if (line.split(/\s+/).length >= 6 && /\p{Ll}[.!?]["”’]?\s+["“]?\p{Lu}\p{Ll}/u.test(line)) return true;
  return TERMINAL.test(line) && line.split(/\s+/).length >= 6;
}

function bylineOf(line: CleanLine): Byline | undefined {
  if (line.profile) return /^(?:\p{Lu}[\p{L}'’.-]*\s+){1,3}\p{Lu}[\p{L}'’.-]*$/u.test(line.profile) ? { author: line.profile } : undefined;
  return parseByline(line.text) ?? parseBareByline(line.text);
}

interface Header {
  /** Index of the headline line, or -1. */
  title: number;
  /** Index of the first line of prose (the end of the page header). */
  prose: number;
}

/**
 * Finds the headline among the lines above the story: the page header runs from the top to the first
 * line of prose. Menus, section labels, dates and bylines split it into runs; the headline opens the
 * last run of headline-like lines before the byline or date (a standfirst may follow it).
 */
function findHeader(lines: readonly CleanLine[]): Header {
  let prose = lines.findIndex((l) => l.text && !isBoilerplate(l.text) && isProse(l.text));
  if (prose < 0) prose = lines.length;
  let stop = prose;
  for (let i = 0; i < prose; i++) {
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
      if (/^[^.!?]{0,30}\b(provided|presented|sponsored|brought to you) by\s*:?$/i.test(text)) {
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
  if (!run.length && stop < prose) run = candidates(prose);
  // A site or organisation name over the headline ("SKERRHOLM MUNICIPALITY", "The Harbor Ledger") is not it.
  const title = run.find((i, k) => !wrappedProse(lines, i) && !(k < run.length - 1 && isSiteLabel(lines[i].text)));
  return { title: title ?? -1, prose };
}

function isSiteLabel(text: string): boolean {
  return (text === text.toUpperCase() && text.split(/\s+/).length <= 3) || mastheadName(text) !== undefined;
}

const EMAIL_HEADER = /^(from|date|sent|subject|to|cc|reply-to):\s*(.*)$/i;

interface EmailHeaders {
  subject?: string;
  from?: string;
  date?: string;
  /** Indexes of the header lines. */
  lines: number[];
}

/** The headers an email pasted with them opens with: "From: The Lakes Letter <…>", "Subject: …". */
function readEmailHeaders(lines: readonly CleanLine[]): EmailHeaders {
  const found: Record<string, string> = {};
  const at: number[] = [];
  for (let i = 0; i < lines.length && i < 15; i++) {
    const text = lines[i].text;
    if (!text) {
      if (at.length) break;
      continue;
    }
    const match = EMAIL_HEADER.exec(text);
    if (!match) break;
    found[match[1].toLowerCase()] = match[2].trim();
    at.push(i);
  }
  if (at.length < 2 || (found.subject === undefined && found.from === undefined)) return { lines: [] };
  const from = found.from?.replace(/<[^>]*>/g, '').replace(/["']/g, '').trim();
  return { subject: found.subject?.replace(/^((re|fwd?|fw):\s*)+/i, '').trim() || undefined, from: from || undefined, date: found.date ?? found.sent, lines: at };
}

/** "Until next week,", "Thanks for reading,", "Best,": the sign-off above the writer's name. */
const SIGN_OFF = /^(until next (week|time|issue|month)|see you (next \w+|soon)|talk (soon|next week)|best( wishes)?|all the best|cheers|thanks|thank you|thanks for reading|warmly|regards|kind regards|yours( truly)?|take care|more soon|onward)\s*[,!.—-]?$/i;

/** A line after which only page furniture follows: an author card, a reading list, a release's end mark. */
function isTailMarker(text: string): boolean {
  return /^(written by\s+\p{Lu}.{0,60}|more from\s+\p{Lu}.{0,60}|recommended from\s+\S.{0,40}|sign up to discover\b.*|explore more on (these|this) topics?|reuse this content|about the author|#{3}|-\s?30\s?-)$/iu.test(text);
}

/** "Media contact:", "Press enquiries", "Contact: Jane Doe, …": a press release's contact box. */
function isContactHeading(text: string): boolean {
  return /^((media|press|investor|news)( relations)? (contacts?|enquiries|inquiries)|contacts?|for (more|further) information)\b\s*(:.{0,120})?$/i.test(text);
}

/**
 * "About Marrow Vale Health Trust" over a paragraph about it ("Marrow Vale Health Trust provides …",
 * "Founded in 1952, Calder Park Zoo is …"): a press release's boilerplate. Returns the name.
 */
function aboutSection(lines: readonly CleanLine[], i: number): string | undefined {
  const match = /^[Aa]bout (?:the )?(\p{Lu}[^.!?:]{1,60})$/u.exec(lines[i].text);
  if (!match) return undefined;
  const next = lines.slice(i + 1).find((l) => l.text)?.text;
  if (!next) return undefined;
  const name = match[1].trim();
  const first = next.split(/(?<=[.!?])\s/)[0];
  return first.includes(name) || next.startsWith(name.split(/\s+/)[0] + ' ') ? name : undefined;
}

/** Lines that mark a press release: "FOR IMMEDIATE RELEASE", "Media contact:", "###", "/PRNewswire/ --". */
function isReleaseMarker(text: string): boolean {
  return /^(for immediate release|(press|news|media) release|embargoed\b|#{3}$|-?\s?ends\s?-?$)/i.test(text) || isContactHeading(text) || /\/\s?\p{Lu}[\p{L} -]{1,30}\/\s?(--|—|–)/u.test(text);
}

/** Compound words keep their hyphen across a line break ("well-\nknown"); split words do not. */
const COMPOUND_PREFIX = /^(self|well|non|ex|anti|all|half|cross|full|high|low|long|short|mid|semi|multi|vice|one|two|three|four|five|six|seven|eight|nine|ten|twenty|thirty|forty|fifty|year|day|week|month)$/i;

/** Joins hard-wrapped lines, mending words a PDF hyphenated at a line end ("govern-\nment"). */
function joinWrapped(parts: readonly string[], whole: string): string {
  let text = parts[0] ?? '';
  for (const part of parts.slice(1)) {
    const broken = /(\p{L}+)-$/u.exec(text);
    const next = /^(\p{Ll}[\p{L}]*)/u.exec(part);
    if (broken && next) {
      const [head, tail] = [broken[1], next[1]];
      const keep = !whole.includes(head + tail) && (whole.includes(head + '-' + tail) || COMPOUND_PREFIX.test(head));
      text = keep ? text + part : text.slice(0, -1) + part;
    } else if (/\p{N}-$/u.test(text) && /^\p{Ll}/u.test(part)) text += part;
    else text += ' ' + part;
  }
  return text;
}

/** True when line i opens a hard-wrapped paragraph rather than standing alone as a headline. */
function wrappedProse(lines: readonly CleanLine[], i: number): boolean {
  const next = lines[i + 1]?.text;
  if (!next) return false;
  if (/^\p{Ll}/u.test(next)) return true;
  // A page whose paragraphs run on long lines is not hard-wrapped: a line break above a capital is real.
  if (lines.filter((l) => l.text.length > 120 && TERMINAL.test(l.text)).length >= 3) return false;
  for (let j = i + 1; j < lines.length && lines[j].text; j++) {
    const text = lines[j].text;
    if (bylineOf(lines[j]) || isBoilerplate(text) || isShortLabel(text)) return false;
    if (TERMINAL.test(text)) {
      // One paragraph per line: most lines end a sentence, so a headline line may sit right above one.
      const nonEmpty = lines.map((l) => l.text).filter(Boolean);
      const terminal = nonEmpty.filter((l) => TERMINAL.test(l)).length;
      return !(j === i + 1 && /^[\p{Lu}"“‘'-]/u.test(next) && terminal / nonEmpty.length >= 0.6);
    }
  }
  return false;
}

/** A label or subtitle rather than a phrase: one or two words, or up to six in Title Case or capitals. */
function isLabelCase(line: string): boolean {
  const words = line.split(/\s+/);
  if (words.length <= 2) return true;
  return words.length <= 6 && words.filter((w) => /^\p{L}{4,}/u.test(w)).every((w) => /^\p{Lu}/u.test(w));
}

/** "MARTA KELLNER" → "Marta Kellner". */
function nameCaseOf(name: string): string {
  return parseBareByline(name + ', Reporter')?.author ?? name;
}

/** "Jane Doe is the paper's transport correspondent.", "Doe can be reached at …": an author's bio. */
function isAuthorBio(text: string, author: string | undefined): boolean {
  if (!author) return false;
  const names = author.split(/\s+and\s+/).flatMap((n) => [n, n.split(/\s+/).pop()!]);
  return names.some((name) => {
    if (!text.startsWith(name + ' ')) return false;
    const rest = text.slice(name.length + 1);
    return /^(is|was|covers|writes|reports|edits|has (covered|reported|written|been)|can be (reached|contacted|emailed)|joined|previously|lives|is based)\b/.test(rest) && rest.length < 300;
  });
}

/** "HOST: ", "SAMI HADDAD, BYLINE: ": the speaker label a transcript line opens with. */
const SPEAKER = /^\p{Lu}[\p{Lu}.'’ -]{1,40}(?:,\s*\p{Lu}[\p{Lu} ]{1,30})?:\s+/u;

/**
 * What to show for an untitled article: its first substantive sentence, without a transcript's
 * speaker label and skipping greetings and self-introductions ("Good evening.", "I'm Ruth Adebayo").
 */
function firstSubstantiveSentence(sentences: readonly Sentence[]): string | undefined {
  for (const sentence of sentences.slice(0, 12)) {
    const text = sentence.text.replace(SPEAKER, '');
    const words = text.split(/\s+/).length;
    if (words < 5) continue;
    if (/^(good (morning|afternoon|evening|night)|hello|hi|welcome|thanks|thank you)\b/i.test(text) && words <= 8) continue;
    if (/^(I'm|I’m|I am|this is|we're|we’re|you're|you’re) /i.test(text) && /\b(this is|I'm|I’m|welcome|listening|watching|with me)\b/i.test(text) && words <= 20) continue;
    return text;
  }
  return sentences[0]?.text;
}

/**
 * Turns an article body into paragraphs and sentences with stable ids.
 * Paragraph rules: a blank line ends a paragraph; within a block, a line that ends a sentence ends a
 * paragraph too (one-paragraph-per-line files), while hard-wrapped lines are joined. Page furniture is
 * removed, and what it tells (byline, dates, copyright holder, wire agency) fills in missing metadata.
 */
export function parseArticle(file: string, body: string, meta: ArticleMeta): Article {
  const removed: string[] = [];
  const lines = body.replace(/\r\n?/g, '\n').split('\n').map(cleanLine);
  const email = readEmailHeaders(lines);
  for (const i of email.lines) {
    removed.push(lines[i].text);
    lines[i] = { text: '', image: false };
  }
  const header = findHeader(lines);
  let title = meta.title ?? email.subject;
  let author = meta.author;
  let emailOutlet: string | undefined;
  if (email.from) {
    if (isPersonName(email.from)) author ??= email.from;
    else emailOutlet = email.from;
  }
  let siteName: string | undefined;
  let releaseOutlet: string | undefined;
  let pendingReleaseOutlet = false;
  let captionNext = false;
  let contactBlock = false;
  let aboutMode = false;
  let aboutName: string | undefined;
  const pressRelease = lines.some((l) => l.text && isReleaseMarker(l.text));
  let tailMode = false;
  // Short lines that come back (running headers and footers of a PDF, "Reply" under every comment).
  const seen = new Map<string, number>();
  for (const l of lines) if (l.text) seen.set(l.text.replace(/\s+/g, ' ').toLowerCase(), (seen.get(l.text.replace(/\s+/g, ' ').toLowerCase()) ?? 0) + 1);
  const repeated = (text: string) =>
    (seen.get(text.replace(/\s+/g, ' ').toLowerCase()) ?? 0) >= 2 && /^[\p{Lu}\p{N}]/u.test(text) && !TERMINAL.test(text) && !/[-,]$/.test(text) && text.split(/\s+/).length <= 12 && text.split(/\s+/).length >= 2;
  let bylineOutlet: string | undefined;
  let copyright: string | undefined;
  let newsletter: string | undefined;
  let masthead: string | undefined;
  const dates: string[] = [];
  if (email.date) {
    const date = dateOfLine(email.date);
    if (date) dates.push(date);
  }
  const blocks: { text: string; post?: EmbeddedPost }[] = [];
  let current: string[] = [];
  let pendingPost: EmbeddedPost | undefined;
  let sawText = false;
  let inRelatedList = false;

  // A block of consecutive lines is either hard-wrapped prose (joined into one paragraph) or one
  // paragraph per line (every line but the last ends a sentence).
  const flush = () => {
    if (!current.length) return;
    const hardWrapped = current.slice(0, -1).some((l) => !TERMINAL.test(l) && !isListItem(l));
    const paragraphs = hardWrapped ? [joinWrapped(current, body)] : current;
    for (const raw of paragraphs) {
      const text = raw.replace(/\s+/g, ' ').trim();
      // A paragraph cut by a page break or a box ("… was declared" | page footer | "at 23.40.") goes on.
      const last = blocks[blocks.length - 1];
      if (last && !pendingPost && !last.post && /^\p{Ll}/u.test(text) && !TERMINAL.test(last.text) && !/[:;]$/.test(last.text) && !isListItem(last.text) && last.text.split(/\s+/).length >= 8) {
        last.text = joinWrapped([last.text, text], body);
        continue;
      }
      blocks.push({ text, post: pendingPost });
      pendingPost = undefined;
    }
    current = [];
  };
  const drop = (line: string) => {
    removed.push(line);
    flush();
  };

  for (let i = 0; i < lines.length; i++) {
    const { text: line, image } = lines[i];
    if (image) {
      drop('(image)');
      continue;
    }
    if (!line) {
      contactBlock = false;
      flush();
      continue;
    }
    siteName ??= siteNameOfHomeLink(line);
    if (pendingReleaseOutlet) {
      // "NEWS PROVIDED BY" over the name of the organisation that issued the release.
      pendingReleaseOutlet = false;
      if (line.length <= 80 && !TERMINAL.test(line)) {
        releaseOutlet ??= line;
        drop(line);
        continue;
      }
    }
    if (/^news provided by\s*:?$/i.test(line)) {
      pendingReleaseOutlet = true;
      drop(line);
      continue;
    }
    const source = releaseSource(line);
    if (source) releaseOutlet ??= source;
    if (contactBlock || aboutMode || tailMode) {
      if (isContactHeading(line)) contactBlock = true;
      copyright ??= copyrightHolder(line);
      const writer = /^written by\s+(.+)$/i.exec(line);
      if (writer && isPersonName(writer[1])) author ??= writer[1];
      // After the story's end, only a long paragraph of prose is kept (a late update, a correction).
      if (contactBlock || source || !(tailMode && !aboutMode && TERMINAL.test(line) && line.split(/\s+/).length >= 25)) {
        if (source) aboutMode = false;
        drop(line);
        continue;
      }
    }
    if (captionNext) {
      // The line after a bare "Image caption," label is the caption.
      captionNext = false;
      if (line.length <= 300) {
        drop(line);
        continue;
      }
    }
    if (/^(image |photo |video )?caption\s*[,:]?$/i.test(line)) {
      captionNext = true;
      drop(line);
      continue;
    }
    if (blocks.length >= 1 && i !== header.title) {
      if (isContactHeading(line)) {
        contactBlock = true;
        drop(line);
        continue;
      }
      // Only a press release (it has a release line, a contact box or an end mark) ends in an "About" box.
      const about = pressRelease && blocks.length >= 2 ? aboutSection(lines, i) : undefined;
      if (about) {
        aboutName ??= about;
        aboutMode = true;
        drop(line);
        continue;
      }
      if (blocks.length >= 2 && i > header.prose + 2 && isTailMarker(line)) {
        const writer = /^written by\s+(.+)$/i.exec(line);
        if (writer && isPersonName(writer[1])) author ??= writer[1];
        tailMode = true;
        drop(line);
        continue;
      }
      // "Until next week, / Joanna Markle / Editor, The Lakes Letter": a newsletter's sign-off.
      const name = lines[i + 1]?.text;
      if (SIGN_OFF.test(line) && name && isPersonName(name.replace(/^[—–-]\s*/, ''))) {
        author ??= name.replace(/^[—–-]\s*/, '');
        drop(line);
        removed.push(name);
        i++;
        if (lines[i + 1]?.text && isRoleLine(lines[i + 1].text)) removed.push(lines[++i].text);
        continue;
      }
    }
    if (i !== header.title && repeated(line)) {
      drop(line);
      continue;
    }
    if (i === header.title) {
      inRelatedList = false;
      flush();
      title ??= line;
      if (title !== line) removed.push(line);
      sawText = true;
      continue;
    }
    if (inRelatedList && (isListItem(line) || (!/[.!…]["”’')\]]*$/.test(line) && line.split(/\s+/).length <= 15))) {
      drop(line);
      continue;
    }
    inRelatedList = false;
    // A line that carries on an unfinished sentence in lower case ("at 23.40." after a page footer) is prose.
    const open = current.length ? current[current.length - 1] : blocks[blocks.length - 1]?.text;
    if (/^\p{Ll}/u.test(line) && open && !TERMINAL.test(open) && !/[:;]$/.test(open) && open.split(/\s+/).length >= 8) {
      sawText = true;
      current.push(line);
      continue;
    }
    if (isBoilerplate(line) || isRelatedHeading(line)) {
      // "Weather" or "Obituaries" in a menu is a link; under the story's first paragraphs it heads a sidebar.
      inRelatedList = (isRelatedHeading(line) && (blocks.length > 0 || !/^(weather|obituaries|death notices)$/i.test(line))) || /^(related|read more|more)\s*:?$/i.test(line);
      // "Updated 3:45 PM EST, Tue March 5, 2024", "FOR IMMEDIATE RELEASE – 28 May 2025": the page's dates.
      if (isDateLine(line) || (line.length <= 80 && !copyrightHolder(line))) {
        const date = dateOfLine(line);
        if (date) dates.push(date);
      }
      copyright ??= copyrightHolder(line);
      newsletter ??= newsletterName(line);
      drop(line);
      continue;
    }
    // "Ellen Hartigan / ABN News, Dunmere", "Ingrid Solvang / Journalist": a name over its outlet or job.
    const under = lines[i + 1]?.text;
    const underHeadline = header.title >= 0 && i > header.title && i < header.prose;
    if (blocks.length < 2 && i < header.prose + 3 && under && isPersonName(line) && (isRoleLine(under) || outletLine(under) || (underHeadline && isDateLine(under)))) {
      if (isDateLine(under)) {
        // "Tom Achebe-Reyes / Mon 3 Nov 2025 07.00 GMT": the date line is read as a date below.
        author ??= nameCaseOf(line);
        drop(line);
        continue;
      }
      author ??= nameCaseOf(line);
      bylineOutlet ??= outletLine(under);
      drop(line);
      removed.push(under);
      i++;
      continue;
    }
    const byline = blocks.length < 4 && (i < header.prose + 3 || blocks.length === 0) ? bylineOf(lines[i]) : undefined;
    if (byline) {
      author ??= byline.author;
      bylineOutlet ??= byline.outlet;
      drop(line);
      continue;
    }
    const account = parsePostAccount(line);
    if (account) {
      flush();
      pendingPost = account;
      removed.push(line);
      continue;
    }
    if (/^#{1,6}\s/.test(line)) {
      // A Markdown heading: the first one is the headline, later ones are section titles (not prose).
      flush();
      if (!sawText && title === undefined) title = line.replace(/^#+\s*/, '');
      removed.push(line);
      continue;
    }
    // Between the headline and the story, a short line standing alone is a kicker, label or subtitle.
    // (A standfirst in sentence case, "Councillors argue over a $40m plan", is kept.)
    if (header.title >= 0 && i > header.title && i < header.prose && !isProse(line) && !TERMINAL.test(line) && isLabelCase(line)) {
      const before = lines[i - 1]?.text;
      const after = lines[i + 1]?.text;
      if ((!before || i - 1 === header.title || removed[removed.length - 1] === before) && !(after && /^\p{Ll}/u.test(after))) {
        drop(line);
        continue;
      }
    }
    // Above the headline, only prose is kept: site names, taglines and section labels are not the story.
    if (i < header.title && !isProse(line)) {
      masthead ??= mastheadName(line);
      drop(line);
      continue;
    }
    // A short label standing on its own ("Share", "Key events", "142") is a widget, not prose; the last
    // line of a hard-wrapped paragraph (after a long line that does not end a sentence), or the body of
    // an embedded post, is not.
    const previous = current[current.length - 1];
    const following = lines[i + 1]?.text;
    if (isShortLabel(line) && !pendingPost && (previous === undefined || TERMINAL.test(previous) || previous.length < 50) && !(following && /^\p{Ll}/u.test(following) && !isBoilerplate(following))) {
      drop(line);
      continue;
    }
    sawText = true;
    current.push(line);
  }
  flush();

  // An author's bio at the end ("Jane Doe is a reporter covering …") is not the story.
  while (blocks.length > 1 && isAuthorBio(blocks[blocks.length - 1].text.replace(/^\*|\*$/g, ''), author)) {
    removed.push(blocks.pop()!.text);
  }

  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  for (const block of blocks) {
    const text = block.text.replace(/^[-*•]\s+/, '');
    const pieces = splitSentences(text);
    if (!pieces.length) continue;
    const number = paragraphs.length + 1;
    const paragraph: Paragraph = { number, text, sentences: [], embeddedPost: block.post };
    pieces.forEach((piece, i) => {
      const sentence: Sentence = { id: `${file}#p${number}s${i + 1}`, file, paragraph: number, sentence: i + 1, text: piece, index: -1 };
      paragraph.sentences.push(sentence);
      sentences.push(sentence);
    });
    paragraphs.push(paragraph);
  }
  const words = sentences.reduce((n, s) => n + s.text.split(/\s+/).filter(Boolean).length, 0);
  // A press release is the word of the organisation its "About" section describes.
  const issuer = pressRelease ? aboutName : undefined;
  const outlet = meta.outlet ?? bylineOutlet ?? releaseOutlet ?? issuer ?? siteName ?? copyright ?? masthead ?? (paragraphs[0] ? datelineAgency(paragraphs[0].text) : undefined) ?? newsletter ?? emailOutlet;
  const published = meta.published ?? [...dates].sort()[0];
  const fullMeta: ArticleMeta = {
    ...meta,
    ...(title ? { title } : {}),
    ...(author ? { author } : {}),
    ...(outlet ? { outlet } : {}),
    ...(published ? { published } : {}),
  };
  return {
    file,
    meta: fullMeta,
    title,
    displayTitle: title ?? firstSubstantiveSentence(sentences) ?? file,
    paragraphs,
    sentences,
    words,
    removed,
  };
}
