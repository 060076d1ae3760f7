/** Paragraphs and sentences with stable ids, from the blocks of text the parser kept. */
import { cutText, MAX_PARAGRAPH } from './boundedText.ts';
import { splitSentences } from './sentences.ts';
import type { EmbeddedPost, Paragraph, Sentence } from './types.ts';

/** A paragraph of the story as the parser kept it, with the embedded post it belongs to. */
export interface Block {
  text: string;
  post?: EmbeddedPost;
}

/** Splits each block into sentences and numbers both: sentence ids are `${file}#p${n}s${m}`. */
export function numberParagraphs(file: string, blocks: readonly Block[]): { paragraphs: Paragraph[]; sentences: Sentence[] } {
  const paragraphs: Paragraph[] = [];
  const sentences: Sentence[] = [];
  for (const block of blocks.flatMap(bounded)) {
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
  return { paragraphs, sentences };
}

/** A block longer than MAX_PARAGRAPH as several paragraphs (see boundedText.ts). */
function bounded(block: Block): Block[] {
  return block.text.length <= MAX_PARAGRAPH ? [block] : cutText(block.text, MAX_PARAGRAPH).map((text) => ({ text, post: block.post }));
}
