import { isBoilerplate, parseByline, parsePostAccount } from './boilerplate.ts';
import { splitSentences } from './sentences.ts';
import type { Article, ArticleMeta, EmbeddedPost, Paragraph, Sentence } from './types.ts';

const TERMINAL = /[.!?…]["”’')\]]*$/;

function isListItem(line: string): boolean {
  return /^[-*•]\s/.test(line);
}

/** A headline is followed by a blank line, or by a line that starts a new sentence in a one-line-per-paragraph file. */
function standsAlone(lines: readonly string[], i: number): boolean {
  const next = lines[i + 1];
  if (next === undefined || next === '') return true;
  const nonEmpty = lines.filter(Boolean);
  const terminal = nonEmpty.filter((l) => TERMINAL.test(l)).length;
  return /^[\p{Lu}"“‘'-]/u.test(next) && terminal / nonEmpty.length >= 0.6;
}

/** A short first line without closing punctuation is a headline. */
function looksLikeHeadline(line: string): boolean {
  const words = line.split(/\s+/).length;
  return line.length <= 200 && words >= 2 && words <= 30 && !TERMINAL.test(line) && !/^[-*•]\s/.test(line);
}

/**
 * Turns an article body into paragraphs and sentences with stable ids.
 * Paragraph rules: a blank line ends a paragraph; within a block, a line that ends a sentence ends a
 * paragraph too (one-paragraph-per-line files), while hard-wrapped lines are joined.
 */
export function parseArticle(file: string, body: string, meta: ArticleMeta): Article {
  const removed: string[] = [];
  const lines = body.replace(/\r\n?/g, '\n').replace(/\u00a0/g, ' ').split('\n').map((l) => l.trim());
  let title = meta.title;
  let author = meta.author;
  let outlet = meta.outlet;
  const blocks: { text: string; post?: EmbeddedPost }[] = [];
  let current: string[] = [];
  let pendingPost: EmbeddedPost | undefined;
  let sawText = false;

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

  for (let i = 0; i < lines.length; i++) {
    const line = lines[i];
    if (!line) {
      flush();
      continue;
    }
    if (isBoilerplate(line)) {
      removed.push(line);
      flush();
      continue;
    }
    const byline = blocks.length < 4 ? parseByline(line) : undefined;
    if (byline) {
      author ??= byline.author;
      outlet ??= byline.outlet;
      removed.push(line);
      flush();
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
    if (!sawText && current.length === 0 && looksLikeHeadline(line) && standsAlone(lines, i)) {
      title ??= line;
      if (title !== line) removed.push(line);
      sawText = true;
      continue;
    }
    sawText = true;
    current.push(line);
  }
  flush();

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
  const fullMeta: ArticleMeta = { ...meta, ...(title ? { title } : {}), ...(author ? { author } : {}), ...(outlet ? { outlet } : {}) };
  return {
    file,
    meta: fullMeta,
    title,
    displayTitle: title ?? sentences[0]?.text ?? file,
    paragraphs,
    sentences,
    words,
    removed,
  };
}
