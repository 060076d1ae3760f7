import type { Paragraph, Sentence } from '../story/types.ts';
import { lowerBound } from '../search/lowerBound.ts';
import { pattern } from './rules/pattern.ts';
import { words } from './lexicon/index.ts';

/**
 * A paragraph as one string (its sentences joined by a space) with the offset where each sentence
 * starts, so that spans found in the text (quotes, names) map back to citable sentences.
 */
export interface ParagraphText {
  file: string;
  paragraph: Paragraph;
  text: string;
  /** starts[i] is the offset of paragraph.sentences[i] in text. */
  starts: number[];
}

export function paragraphText(file: string, paragraph: Paragraph): ParagraphText {
  const starts: number[] = [];
  let text = '';
  for (const sentence of paragraph.sentences) {
    if (text) text += ' ';
    starts.push(text.length);
    text += sentence.text;
  }
  return { file, paragraph, text, starts };
}

/**
 * Where each paragraph of a list stands in it (by file and number: the last of the list with that file and
 * number), found by the paragraph object before building its file#number key.
 */
export class ParagraphOrder {
  private readonly byKey = new Map<string, number>();
  private readonly byObject = new Map<ParagraphText, number>();

  /** How many paragraphs the list had (a list that has grown since is ordered anew). */
  private readonly length: number;

  constructor(paragraphs: readonly ParagraphText[]) {
    this.length = paragraphs.length;
    const keys = paragraphs.map((pt) => `${pt.file}#${pt.paragraph.number}`);
    keys.forEach((key, i) => this.byKey.set(key, i));
    paragraphs.forEach((pt, i) => this.byObject.set(pt, this.byKey.get(keys[i])!));
  }

  of(pt: ParagraphText): number | undefined {
    return this.byObject.get(pt) ?? this.byKey.get(`${pt.file}#${pt.paragraph.number}`);
  }

  at(file: string, paragraph: number): number | undefined {
    return this.byKey.get(`${file}#${paragraph}`);
  }

  /** The order of a list of paragraphs, built once per list (the quote stage and its speaker searches share it). */
  static of(paragraphs: readonly ParagraphText[]): ParagraphOrder {
    let order = orders.get(paragraphs);
    if (!order || order.length !== paragraphs.length) orders.set(paragraphs, (order = new ParagraphOrder(paragraphs)));
    return order;
  }
}

const orders = new WeakMap<readonly ParagraphText[], ParagraphOrder>();

/** Index (0-based) of the sentence that holds the character at `offset`. */
export function sentenceIndexAt(pt: ParagraphText, offset: number): number {
  const starts = pt.starts;
  if (starts.length > 8) {
    // starts only grow (paragraphText): the last sentence starting at or before offset, by binary search.
    return lowerBound(starts.length - 1, (i) => starts[i + 1] <= offset);
  }
  let i = 0;
  while (i + 1 < starts.length && starts[i + 1] <= offset) i++;
  return i;
}

export function sentenceAt(pt: ParagraphText, offset: number): Sentence {
  return pt.paragraph.sentences[sentenceIndexAt(pt, offset)];
}

/** A title abbreviation a sentence splitter may take for a full stop ("said Det. Sgt. Colm Brannigan"). */
const TITLE_ABBREVIATION = pattern('(?:^|[\\s(]){titleAbbreviation}\\.$');
/**
 * Longer than any match of TITLE_ABBREVIATION by one: it is tested on a sentence's last characters only (a
 * pattern anchored at the end is still tried from every character before it).
 */
const TITLE_TAIL = Math.max(...words('titleAbbreviation').map((w) => w.length)) + 3;
const endsWithTitle = (text: string): boolean => TITLE_ABBREVIATION.test(text.length > TITLE_TAIL ? text.slice(-TITLE_TAIL) : text);

/**
 * Offsets [start, end) of the sentence holding `offset`. Sentences split after a title abbreviation
 * ("… said Det." / "Sgt. Colm Brannigan …") count as one.
 */
export function sentenceBounds(pt: ParagraphText, offset: number): [number, number] {
  let first = sentenceIndexAt(pt, offset);
  let last = first;
  const sentences = pt.paragraph.sentences;
  while (first > 0 && endsWithTitle(sentences[first - 1].text)) first--;
  while (last + 1 < sentences.length && endsWithTitle(sentences[last].text)) last++;
  const start = pt.starts[first];
  const end = last + 1 < pt.starts.length ? pt.starts[last + 1] - 1 : pt.text.length;
  return [start, end];
}

/** A word of a text with its offsets. */
export interface Token {
  text: string;
  start: number;
  end: number;
}

// Combining marks belong to the letter before them (Yoruba "Adébáyọ̀" ends in one).
const TOKEN = /[\p{L}\p{N}][\p{L}\p{N}\p{M}'’.-]*[\p{L}\p{N}\p{M}]|[\p{L}\p{N}]\p{M}*|[^\s\p{L}\p{N}]/gu;

const NON_ASCII = /[^\x00-\x7f]/;

/** ASCII letters and digits: the only \p{L} and \p{N} of ASCII text (which has no \p{M}). */
const isAsciiWordChar = (c: number) => (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57);

/** "Dr." / "J." keep a trailing dot when short (abbreviation); a sentence-final dot is its own token. */
const ABBREVIATION = /^[\p{Lu}][\p{L}]{0,3}$/u;

function pushToken(out: Token[], text: string, match: string, start: number): void {
  const word = ABBREVIATION.test(match) && text[start + match.length] === '.' ? `${match}.` : match;
  out.push({ text: word, start, end: start + word.length });
}

/** Words and punctuation marks with offsets. "Dr." keeps its dot; "U.S." stays one token. */
export function tokenize(text: string, from = 0, to = text.length): Token[] {
  if (from !== 0 || to !== text.length) return tokensOf(text, from, to);
  // A paragraph's text is tokenised by several stages in turn (the quote, its cues, the speaker searches):
  // the last few texts' tokens are kept. Nobody changes a token list (they filter or slice it).
  let tokens = recentTokens.get(text);
  if (!tokens) {
    tokens = tokensOf(text, 0, text.length);
    if (recentTokens.size >= 16) recentTokens.delete(recentTokens.keys().next().value!);
    recentTokens.set(text, tokens);
  }
  return tokens;
}

const recentTokens = new Map<string, Token[]>();

function tokensOf(text: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  const slice = from === 0 && to === text.length ? text : text.slice(from, to);
  if (NON_ASCII.test(slice)) {
    TOKEN.lastIndex = 0;
    for (const match of slice.matchAll(TOKEN)) pushToken(out, text, match[0], from + (match.index ?? 0));
  } else asciiTokens(out, text, slice, from);
  // Drop the separate '.' tokens that were folded into abbreviations.
  return out.filter((t, i) => !(t.text === '.' && i > 0 && out[i - 1].end > t.start));
}

/**
 * TOKEN's matches in ASCII text, found by a scan of the characters instead of the regex (most paragraphs
 * are ASCII, and the scan makes no match objects): a letter or digit, then the longest run of letters,
 * digits, apostrophes, dots and hyphens that ends in a letter or digit; any other character but a space alone.
 */
function asciiTokens(out: Token[], text: string, slice: string, from: number): void {
  const n = slice.length;
  for (let i = 0; i < n; ) {
    const c = slice.charCodeAt(i);
    if (isAsciiWordChar(c)) {
      let end = i + 1;
      for (let j = i + 1; j < n; j++) {
        const d = slice.charCodeAt(j);
        if (isAsciiWordChar(d)) end = j + 1;
        else if (d !== 39 && d !== 46 && d !== 45) break;
      }
      pushToken(out, text, slice.slice(i, end), from + i);
      i = end;
    } else {
      // JavaScript's \s in ASCII: tab, line feed, vertical tab, form feed, carriage return, space.
      if (!((c >= 9 && c <= 13) || c === 32)) pushToken(out, text, slice[i], from + i);
      i++;
    }
  }
}

/**
 * The tokens (in text order, as tokenize gives them) with start ≥ from and end ≤ to: `tokens.filter(…)` by
 * binary search, so a paragraph's quotes do not each scan all its tokens.
 */
export function tokensBetween(tokens: readonly Token[], from: number, to: number): Token[] {
  const lo = lowerBound(tokens.length, (i) => tokens[i].start < from);
  let end = lo;
  while (end < tokens.length && tokens[end].end <= to) end++;
  return tokens.slice(lo, end);
}

/** "Trump's" → "Trump", "officials’" → "officials". */
export function stripPossessive(word: string): string {
  // As word.replace(/['’]s?$/u, ''), without a regex for the words that end otherwise (nearly all).
  const n = word.length;
  const last = word[n - 1];
  if (last === "'" || last === '’') return word.slice(0, n - 1);
  if (last === 's' && (word[n - 2] === "'" || word[n - 2] === '’')) return word.slice(0, n - 2);
  return word;
}

/** Article prefixes that keep a surname lower-case (the lexicon's namePrefix): "al-Mansouri", "el-Amin". */
const ARTICLE_PREFIX = pattern('^{namePrefix}-\\p{Lu}', 'u');
/** The letters those prefixes start with (a word starting otherwise needs no test for one). */
const PREFIX_FIRST_LETTERS = new Set(words('namePrefix').map((p) => p.charCodeAt(0)));

/** Whether a word starts with a capital, or is a surname with a lower-case article prefix ("al-Mansouri"). */
export function isCapitalised(word: string): boolean {
  // ASCII first letters answered without a regex: A–Z are the only capitals.
  const c = word.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return PREFIX_FIRST_LETTERS.has(c) && ARTICLE_PREFIX.test(word);
  return /^\p{Lu}/u.test(word) || ARTICLE_PREFIX.test(word);
}

/** Lower-case particles inside a name: "Khalid bin Rashid", "Ruud van der Berg", "Ana de Souza". */
const NAME_PARTICLES = new Set(['bin', 'ibn', 'bint', 'ben', 'abu', 'van', 'von', 'de', 'da', 'do', 'dos', 'das', 'del', 'della', 'der', 'den', 'ter', 'du', 'di', 'la', 'le']);

export function isNameParticle(word: string): boolean {
  return NAME_PARTICLES.has(word);
}

/** Whether `offset` falls inside round brackets ("Linh (Nguyễn Thị Thu Hà, superb)"). */
export function insideBrackets(text: string, offset: number): boolean {
  return bracketDepths(text)[Math.max(0, Math.min(offset, text.length))] > 0;
}

/** depths[i]: how many round brackets are open before offset i. Kept for the last text asked about: one scan per paragraph, not one per word. */
let lastDepths: { text: string; depths: Uint32Array } | undefined;

function bracketDepths(text: string): Uint32Array {
  if (lastDepths?.text === text) return lastDepths.depths;
  const depths = new Uint32Array(text.length + 1);
  let depth = 0;
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '(') depth++;
    else if (text[i] === ')' && depth > 0) depth--;
    depths[i + 1] = depth;
  }
  lastDepths = { text, depths };
  return depths;
}
