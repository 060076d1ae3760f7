/**
 * Social posts pasted into an article as plain text, without quote marks: a Twitter/X embed whose
 * account line follows the post ("— Jane Doe (@janedoe) March 3, 2024"), and a Reddit post that opens
 * with "Posted by u/name". The words of the post are its author's, the author named by the account line.
 * (An embed whose account line comes first, "Jane Doe@janedoe", is found by the story parser.)
 */
import { words } from './lexicon/index.ts';
import { alternation } from './rules/pattern.ts';
import type { ParagraphText } from './speechText.ts';

export interface PastedPost {
  /** How the post was told apart: an account line after its words, or a Reddit "Posted by u/…" line. */
  kind: 'account-line' | 'reddit';
  /** The author as the account line gives them: a display name ("Jane Doe") or a Reddit user ("u/jd"). */
  author: string;
  handle?: string;
  /** The post's words, without the account line. */
  text: string;
}

export interface PastedPosts {
  /** Posts by the paragraph holding their words, keyed by `${file}#${paragraph}`. */
  bodies: Map<string, PastedPost>;
  /** Paragraphs that are only an account line (no words of anyone's). */
  accountLines: Set<string>;
}

const NAME = String.raw`\p{Lu}[\p{L}'’.-]*(?:\s+(?:of|the|and|&|\p{Lu}[\p{L}'’.-]*)){0,5}`;
/** A month written in full or cut short: the first three letters of a month, and any more ("Sept.", "March"). */
const MONTH = `${alternation(words('month').map((m) => m.slice(0, 3)))}[a-z]*\\.?`;
const DATE = String.raw`(?:${MONTH}\s+\d{1,2},?\s+\d{4}|\d{1,2}\s+${MONTH}\s+\d{4})`;
/** "— Jane Doe (@janedoe) March 3, 2024" at the end of a paragraph (or as the whole paragraph), perhaps with an
 * aside in brackets after the display name ("— Jane Doe (Text JOIN to 555) (@janedoe)"). */
export const TRAILING_ACCOUNT = new RegExp(String.raw`(?:^|\s)[—–-]{1,2}\s*(?<author>${NAME})(?:\s*\([^()@]{1,40}\))?\s*\(@(?<handle>[A-Za-z0-9_]{1,30})\)(?:\s+${DATE})?\s*$`, 'u');
/** "Posted by u/jane_doe" opening a paragraph, the post's words after it (or in the next paragraph). */
export const REDDIT = /^Posted by (?<author>u\/[A-Za-z0-9_-]{2,30})(?:\s*[·•|]\s*\d+\s*\w+\s+ago)?\s*(?<text>.*)$/u;

/** Longer than any post on the networks whose account lines these are (280 characters, plus links). */
const MAX_POST = 400;

const key = (pt: ParagraphText) => `${pt.file}#${pt.paragraph.number}`;

export function pastedPosts(paragraphs: ParagraphText[]): PastedPosts {
  const bodies = new Map<string, PastedPost>();
  const accountLines = new Set<string>();
  paragraphs.forEach((pt, i) => {
    const previous = i > 0 && paragraphs[i - 1].file === pt.file ? paragraphs[i - 1] : undefined;
    const next = i + 1 < paragraphs.length && paragraphs[i + 1].file === pt.file ? paragraphs[i + 1] : undefined;
    const trailing = TRAILING_ACCOUNT.exec(pt.text);
    if (trailing) {
      const text = pt.text.slice(0, trailing.index).trim();
      const post = { kind: 'account-line' as const, author: trailing.groups!.author.trim(), handle: trailing.groups!.handle };
      // A post is a few sentences at most: a long paragraph ending in an account line is the article's own
      // lines run together with a post the page lost, and whose words are whose cannot be told.
      if (text.length > MAX_POST) return;
      if (/[\p{L}\p{N}]/u.test(text)) bodies.set(key(pt), { ...post, text });
      else if (previous && !bodies.has(key(previous)) && !accountLines.has(key(previous)) && !/:$/.test(previous.text)) {
        accountLines.add(key(pt));
        bodies.set(key(previous), { ...post, text: previous.text });
      }
      return;
    }
    const reddit = REDDIT.exec(pt.text);
    if (!reddit?.groups) return;
    const { author, text } = reddit.groups;
    if (text) bodies.set(key(pt), { kind: 'reddit', author, text });
    else if (next) {
      accountLines.add(key(pt));
      bodies.set(key(next), { kind: 'reddit', author, text: next.text });
    }
  });
  return { bodies, accountLines };
}
