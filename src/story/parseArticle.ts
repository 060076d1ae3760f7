import { firstSubstantiveSentence } from './displayTitle.ts';
import { LINE_CLASSIFIERS, type LineClassifier } from './lineClassifiers.ts';
import { datelineAgency } from './outletNames.ts';
import { type Block, numberParagraphs } from './paragraphs.ts';
import { flush, openState, type ParseState, type ParseTrace } from './parseState.ts';
import { pieceCount, wordCount } from './spaces.ts';
import { isAuthorBio } from './storyEnd.ts';
import type { Article, ArticleMeta } from './types.ts';
import { ruleTable, type NamedRule } from '../analysis/rules/ruleTable.ts';

export { cleanLine } from './markup.ts';

/**
 * Turns an article body into paragraphs and sentences with stable ids.
 * Paragraph rules: a blank line ends a paragraph; within a block, a line that ends a sentence ends a
 * paragraph too (one-paragraph-per-line files), while hard-wrapped lines are joined. Page furniture is
 * removed, and what it tells (byline, dates, copyright holder, wire agency) fills in missing metadata.
 * Each line goes through the line classifiers (lineClassifiers.ts) in order until one takes it;
 * `trace`, when given, hears which classifier took or noted which line.
 */
export function parseArticle(file: string, body: string, meta: ArticleMeta, trace?: ParseTrace): Article {
  const s = openState(body, meta, trace);
  for (s.i = 0; s.i < s.lines.length; s.i++) classifyLine(s);
  flush(s);
  // An author's bio at the end ("Jane Doe is a reporter covering …") is not the story.
  while (s.blocks.length > 1 && isAuthorBio(s.blocks[s.blocks.length - 1].text.replace(/^\*|\*$/g, ''), s.author)) {
    const bio = s.blocks.pop()!.text;
    s.removed.push(bio);
    trace?.('paragraph.author-bio', bio);
  }
  for (const copy of pullQuotes(s.blocks)) {
    s.removed.push(s.blocks.splice(s.blocks.indexOf(copy), 1)[0].text);
    trace?.('paragraph.pull-quote', copy.text);
  }
  return articleOf(file, meta, s);
}

/** Runs the classifiers on the current line until one takes it. */
function classifyLine(s: ParseState): void {
  const line = s.lines[s.i].text;
  for (const classifier of LINE_CLASSIFIERS) {
    const outcome = classifier.read(s, line);
    if (!outcome) continue;
    s.trace?.(classifier.id, line);
    if (outcome === 'took') return;
  }
}

/** The article the state built: paragraphs numbered, metadata filled in from what the page told. */
function articleOf(file: string, meta: ArticleMeta, s: ParseState): Article {
  const { paragraphs, sentences } = numberParagraphs(file, s.blocks);
  const words = sentences.reduce((n, sentence) => n + wordCount(sentence.text), 0);
  // A press release is the word of the organisation its "About" section describes.
  const issuer = s.pressRelease ? s.aboutName : undefined;
  const outlet = meta.outlet ?? s.bylineOutlet ?? s.releaseOutlet ?? issuer ?? s.siteName ?? s.copyright ?? s.masthead ?? (paragraphs[0] ? datelineAgency(paragraphs[0].text) : undefined) ?? s.newsletter ?? s.emailOutlet;
  const published = meta.published ?? [...s.dates].sort()[0];
  const { title, author } = s;
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
    removed: s.removed,
  };
}

/** The lines (or paragraphs) rule `id` took or noted when `text` was parsed as a page, or undefined when none. */
function tracedBy(id: string, text: string): string[] | undefined {
  const taken: string[] = [];
  parseArticle('example.md', text, {}, (rule, line) => {
    if (rule === id) taken.push(line);
  });
  return taken.length ? taken : undefined;
}

/**
 * The line classifiers as a rule table: an example is a small page and the lines the classifier takes or
 * notes on it (in order); a non-example is a page where it takes none.
 */
export const LINE_CLASSIFIER_TABLE = ruleTable<LineClassifier>({ name: 'line-classifiers', rules: LINE_CLASSIFIERS, tryRule: (rule, text) => tracedBy(rule.id, text) });

/** What goes once the paragraphs are built (parseArticle runs these after the lines). */
const PARAGRAPH_RULES: readonly NamedRule<string[]>[] = [
  {
    id: 'paragraph.author-bio',
    note: 'A last paragraph that opens with the author\'s name (or surname) and a verb of a bio ("is", "covers", "can be reached") is the author\'s bio, not the story.',
    examples: [
      {
        text: 'By Ana Ruiz\n\nThe river rose two metres overnight in the town centre.\n\nAna Ruiz is the Ledger\'s environment reporter.',
        expect: ['Ana Ruiz is the Ledger\'s environment reporter.'],
      },
    ],
    notMatching: ['By Ana Ruiz\n\nThe river rose two metres overnight in the town centre.\n\nRuiz said the town had not flooded since 1968.'],
  },
  {
    id: 'paragraph.pull-quote',
    note: 'A short quoted paragraph that repeats words found in full in a longer paragraph is a pull quote: the copy goes, the original stays.',
    examples: [
      {
        text: 'The river rose two metres overnight in the town centre.\n\n"We had never seen water like it."\n\nThe mayor, Ana Ruiz, said: "We had never seen water like it. Nobody was ready."',
        expect: ['"We had never seen water like it."'],
      },
    ],
    notMatching: ['The river rose two metres overnight in the town centre.\n\n"We had never seen water like it."\n\nThe council will meet on Monday.'],
  },
];

export const PARAGRAPH_RULE_TABLE = ruleTable({ name: 'paragraph-rules', rules: PARAGRAPH_RULES, tryRule: (rule, text) => tracedBy(rule.id, text) });

/** Letters and digits only, lower case: how a pull quote and the sentence it repeats are compared. */
const bare = (text: string) => text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();

/**
 * A magazine's pull quotes: a short paragraph that repeats words found in full in another, longer
 * paragraph ("I thought it was finished." set large beside the paragraph that quotes it). The copy goes,
 * the original stays. It must be quoted or long enough not to be a stock phrase ("He declined to comment.").
 */
function pullQuotes(blocks: readonly Block[]): Block[] {
  const candidates = blocks.flatMap((block, index) => (mayBePullQuote(block) ? [index] : []));
  if (!candidates.length) return [];
  const few = blocks.length <= FEW_PARAGRAPHS;
  // The bare texts, padded with a space each side; on a short page only those that are compared are made.
  const texts = few ? [] : blocks.map((b) => bare(b.text));
  const spaced: string[] = [];
  const spacedOf = (index: number) => (spaced[index] ??= ` ${texts[index] ?? bare(blocks[index].text)} `);
  const lower: string[] = [];
  const holders = few ? () => blocks.keys() : sharingRarestRun(blocks, texts, candidates);
  return candidates
    .filter((index) => {
      const block = blocks[index];
      const own = spacedOf(index);
      // Four words at least (a run), found whole in another, longer paragraph. A paragraph that holds them
      // holds their longest word: a paragraph without it is not made bare.
      if (wordCount(own) < 4) return false;
      const word = longestWord(own);
      for (const other of holders(index)) {
        if (other === index || blocks[other].text.length <= block.text.length) continue;
        if ((lower[other] ??= blocks[other].text.toLowerCase()).includes(word) && spacedOf(other).includes(own)) return true;
      }
      return false;
    })
    .map((index) => blocks[index]);
}

/** The longest word of a text of words separated by spaces. */
function longestWord(text: string): string {
  let [from, to] = [0, 0];
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf(' ', start);
    if (end < 0) end = text.length;
    if (end - start > to - from) [from, to] = [start, end];
    start = end + 1;
  }
  return text.slice(from, to);
}

/** Up to this many paragraphs, a candidate is compared with each of them (cheaper than indexing their runs). */
const FEW_PARAGRAPHS = 64;

/**
 * For each candidate, the paragraphs longer than it that share its rarest run of four words: a paragraph
 * that holds the candidate holds every run of it, so no other paragraph need be compared with it.
 */
function sharingRarestRun(blocks: readonly Block[], texts: readonly string[], candidates: readonly number[]): (index: number) => number[] {
  const runs = new Map<number, number[]>();
  const own = new Map<number, number[]>();
  for (const index of candidates) {
    own.set(index, runsOf(texts[index]));
    for (const run of own.get(index)!) runs.set(run, []);
  }
  // Only a paragraph longer than the shortest candidate can hold one.
  const shortest = candidates.reduce((min, index) => Math.min(min, blocks[index].text.length), Infinity);
  texts.forEach((text, index) => {
    if (blocks[index].text.length <= shortest) return;
    for (const run of runsOf(text)) {
      const at = runs.get(run);
      if (at && at[at.length - 1] !== index) at.push(index);
    }
  });
  // Each list, once it is someone's rarest, is sorted longest paragraph first: a candidate reads only the
  // paragraphs longer than itself (a page of one paragraph repeated reads none, not all of them).
  const sorted = new Set<number[]>();
  return (index) => {
    const lists = own.get(index)!.map((run) => runs.get(run)!);
    if (!lists.length) return [];
    const rarest = lists.reduce((a, b) => (b.length < a.length ? b : a));
    if (!sorted.has(rarest)) {
      rarest.sort((a, b) => blocks[b].text.length - blocks[a].text.length || a - b);
      sorted.add(rarest);
    }
    const length = blocks[index].text.length;
    let end = 0;
    while (end < rarest.length && blocks[rarest[end]].text.length > length) end++;
    return rarest.slice(0, end);
  };
}

/** A paragraph short enough to be a pull quote: quoted, or long enough not to be a stock phrase, and not an embedded post. */
function mayBePullQuote(block: Block): boolean {
  const words = pieceCount(block.text, 60);
  return !block.post && words <= 60 && words >= 4 && (words >= 12 || /^["“‘']/.test(block.text));
}

/**
 * The runs of four words of a text whose words are separated by one space (as `bare` leaves it), each as a
 * number made from its words (no string per run: a 5 MB page has a million runs). Two runs may share a number:
 * a list of holders is then longer, never shorter, and every holder is checked on the text itself.
 */
function runsOf(text: string): number[] {
  const words: number[] = [];
  let hash = 0x811c9dc5;
  for (let i = 0; i <= text.length; i++) {
    const code = i < text.length ? text.charCodeAt(i) : 32;
    if (code !== 32) {
      hash = Math.imul(hash ^ code, 0x01000193);
      continue;
    }
    words.push(hash);
    hash = 0x811c9dc5;
  }
  const out: number[] = [];
  for (let k = 0; k + 4 <= words.length; k++) out.push(Math.imul(Math.imul(Math.imul(words[k], 31) + words[k + 1], 31) + words[k + 2], 31) + words[k + 3]);
  return out;
}
