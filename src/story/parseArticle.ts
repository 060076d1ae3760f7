import {
  copyrightHolder,
  dateOfLine,
  datelineAgency,
  isBoilerplate,
  isCaption,
  isDateLine,
  isNavLine,
  isRelatedHeading,
  isShortLabel,
  mastheadName,
  newsletterName,
  parseBareByline,
  parseByline,
  parsePostAccount,
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
  return line.length <= 200 && words.length >= 2 && real >= 2 && words.length <= 30 && !TERMINAL.test(line) && !isListItem(line) && !/^#{1,6}\s/.test(line);
}

/** The first line of the story's prose: a sentence of some length, a list item or a wire dateline. */
function isProse(line: string): boolean {
  if (isListItem(line)) return true;
  if (/^\p{Lu}[\p{Lu}.'’ -]{1,40}(?:,[^—–]{1,40})?\s(?:\([^()]{1,40}\)\s)?(?:—|–|--?)\s/u.test(line)) return true;
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
  const title = run.find((i) => !wrappedProse(lines, i));
  return { title: title ?? -1, prose };
}

/** True when line i opens a hard-wrapped paragraph rather than standing alone as a headline. */
function wrappedProse(lines: readonly CleanLine[], i: number): boolean {
  const next = lines[i + 1]?.text;
  if (!next) return false;
  if (/^\p{Ll}/u.test(next)) return true;
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
  const header = findHeader(lines);
  let title = meta.title;
  let author = meta.author;
  let bylineOutlet: string | undefined;
  let copyright: string | undefined;
  let newsletter: string | undefined;
  let masthead: string | undefined;
  const dates: string[] = [];
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
    const paragraphs = hardWrapped ? [current.join(' ')] : current;
    for (const text of paragraphs) {
      blocks.push({ text: text.replace(/\s+/g, ' ').trim(), post: pendingPost });
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
      flush();
      continue;
    }
    if (i === header.title) {
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
    if (isBoilerplate(line) || isRelatedHeading(line)) {
      inRelatedList = isRelatedHeading(line) || /^(related|read more|more)\s*:?$/i.test(line);
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
    if (isShortLabel(line) && !pendingPost && (previous === undefined || TERMINAL.test(previous) || previous.length < 50) && !(lines[i + 1]?.text && /^\p{Ll}/u.test(lines[i + 1].text))) {
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
  const outlet = meta.outlet ?? bylineOutlet ?? copyright ?? masthead ?? (paragraphs[0] ? datelineAgency(paragraphs[0].text) : undefined) ?? newsletter;
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
