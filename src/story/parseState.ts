/**
 * The one state object parseArticle's line classifiers read and change (see lineClassifiers.ts): the page's
 * lines and what was found about them beforehand (header, press release, repeated lines), the metadata
 * found so far, the modes an earlier line set (after the story's end, under a caption label…), and the
 * paragraphs built so far.
 */
import { readEmailHeaders } from './emailHeaders.ts';
import { isPersonName } from './bylines.ts';
import { dateOfLine } from './dateLines.ts';
import { findHeader, type Header } from './header.ts';
import { boundLine, cutText, MAX_PARAGRAPH } from './boundedText.ts';
import { isListItem, TERMINAL } from './lineShapes.ts';
import { cleanLine, splitRunTogether, type CleanLine } from './markup.ts';
import type { Block } from './paragraphs.ts';
import { joinWrapped, repeatedLineTest } from './pdfText.ts';
import { isReleaseMarker } from './pressRelease.ts';
import { pieceCount, tidySpaces } from './spaces.ts';
import type { ArticleMeta, EmbeddedPost } from './types.ts';

/** Called with a classifier's id and the line it took or noted (for tests and --explain). */
export type ParseTrace = (rule: string, line: string) => void;

export interface ParseState {
  /** The article's text as given (to mend words hyphenated across lines, see joinWrapped). */
  readonly body: string;
  readonly lines: CleanLine[];
  readonly header: Header;
  /** The page has a release line, a contact box or an end mark: only then may it end in an "About" box. */
  readonly pressRelease: boolean;
  /** Short lines that come back (running headers and footers of a PDF, "Reply" under every comment). */
  readonly repeated: (text: string) => boolean;
  /** The line being read. A classifier that takes the lines after it too moves it on. */
  i: number;

  // What the page says about the article.
  title?: string;
  author?: string;
  siteName?: string;
  releaseOutlet?: string;
  bylineOutlet?: string;
  copyright?: string;
  newsletter?: string;
  masthead?: string;
  aboutName?: string;
  emailOutlet?: string;
  /** Dates of the page's date lines, bylines and email header. */
  dates: string[];
  /** The organisation a press release's "SOURCE …" line names, when the current line is one. */
  source?: string;

  // Modes an earlier line set.
  /** After "NEWS PROVIDED BY": the next line is the issuer's name. */
  pendingReleaseOutlet: boolean;
  /** After a bare "Image caption," label: the next line is the caption. */
  captionNext: boolean;
  /** In a press release's contact box (until a blank line). */
  contactBlock: boolean;
  /** In a press release's "About …" box. */
  aboutMode: boolean;
  /** After a tail marker: only furniture follows (a long paragraph of prose excepted). */
  tailMode: boolean;
  /** Under a "Related" heading: the short lines are links. */
  inRelatedList: boolean;
  /** Some line of the story was kept or the headline seen (a later Markdown heading is not the title). */
  sawText: boolean;

  // What is built.
  blocks: Block[];
  /** The lines of the paragraph being read. */
  current: string[];
  /** The embedded post the next paragraph belongs to. */
  pendingPost?: EmbeddedPost;
  /** Lines removed as furniture, for diagnostics. */
  removed: string[];
  trace?: ParseTrace;
}

/** The page's lines, bounded and cleaned, and the state before the first line is read. */
export function openState(body: string, meta: ArticleMeta, trace?: ParseTrace): ParseState {
  const removed: string[] = [];
  const lines: CleanLine[] = [];
  for (const raw of (body.includes('\r') ? body.replace(/\r\n?/g, '\n') : body).split('\n')) {
    for (const bounded of boundLine(raw)) for (const piece of splitRunTogether(bounded)) lines.push(cleanLine(piece));
  }
  const email = readEmailHeaders(lines);
  for (const i of email.lines) {
    removed.push(lines[i].text);
    lines[i] = { text: '', image: false };
  }
  const state: ParseState = {
    body,
    lines,
    header: findHeader(lines),
    pressRelease: lines.some((l) => l.text && isReleaseMarker(l.text)),
    repeated: repeatedLineTest(lines),
    i: 0,
    // Every field is set here, so that every state has one shape (V8 keeps the classifiers' property reads fast).
    title: meta.title ?? email.subject,
    author: meta.author,
    siteName: undefined,
    releaseOutlet: undefined,
    bylineOutlet: undefined,
    copyright: undefined,
    newsletter: undefined,
    masthead: undefined,
    aboutName: undefined,
    emailOutlet: undefined,
    dates: [],
    source: undefined,
    pendingReleaseOutlet: false,
    captionNext: false,
    contactBlock: false,
    aboutMode: false,
    tailMode: false,
    inRelatedList: false,
    sawText: false,
    blocks: [],
    current: [],
    pendingPost: undefined,
    removed,
    trace,
  };
  if (email.from) {
    if (isPersonName(email.from)) state.author ??= email.from;
    else state.emailOutlet = email.from;
  }
  const date = email.date ? dateOfLine(email.date) : undefined;
  if (date) state.dates.push(date);
  return state;
}

/** "— Jane Doe (@janedoe) March 3, 2024": the account line under a post pasted as text. */
const POST_ACCOUNT_LINE = /^[—–]\s*\S.{0,80}\(@[A-Za-z0-9_]{1,30}\)/u;

/**
 * Ends the paragraph being read. A block of consecutive lines is either hard-wrapped prose (joined into
 * one paragraph) or one paragraph per line (every line but the last ends a sentence).
 */
export function flush(s: ParseState): void {
  if (!s.current.length) return;
  // Posts pasted with their account lines ("— Jane Doe (@janedoe) March 3, 2024") come one line each:
  // joined, the article's lines and the posts' would run into one paragraph of nobody's words.
  const pasted = s.current.some((l) => POST_ACCOUNT_LINE.test(l));
  const hardWrapped = !pasted && s.current.slice(0, -1).some((l) => !TERMINAL.test(l) && !isListItem(l));
  // Hard-wrapped lines make one paragraph, cut at MAX_PARAGRAPH like any other (boundedText.ts).
  const paragraphs = hardWrapped ? cutText(joinWrapped(s.current, s.body), MAX_PARAGRAPH) : s.current;
  for (const raw of paragraphs) {
    const text = tidySpaces(raw).trim();
    // A paragraph cut by a page break or a box ("… was declared" | page footer | "at 23.40.") goes on.
    const last = s.blocks[s.blocks.length - 1];
    if (last && !s.pendingPost && !last.post && /^\p{Ll}/u.test(text) && isOpenSentence(last.text) && !isListItem(last.text) && last.text.length + text.length < MAX_PARAGRAPH) {
      last.text = joinWrapped([last.text, text], s.body);
      continue;
    }
    s.blocks.push({ text, post: s.pendingPost });
    s.pendingPost = undefined;
  }
  s.current = [];
}

/** A paragraph of some length whose sentence is not finished: a lower-case line after it carries it on. */
export function isOpenSentence(text: string): boolean {
  return !TERMINAL.test(text) && !/[:;]$/.test(text) && pieceCount(text) >= 8;
}

/** Removes a line as furniture: it also ends the paragraph being read. */
export function drop(s: ParseState, line: string): void {
  s.removed.push(line);
  flush(s);
}

/** The text of the line `offset` lines from the current one (undefined past either end). */
export function lineAt(s: ParseState, offset: number): string | undefined {
  return s.lines[s.i + offset]?.text;
}
