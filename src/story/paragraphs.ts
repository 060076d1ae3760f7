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
  for (const block of blocks) {
    if (block.text.length <= MAX_PARAGRAPH) addParagraph(file, block.text, block.post, paragraphs, sentences);
    else for (const text of cutText(block.text, MAX_PARAGRAPH)) addParagraph(file, text, block.post, paragraphs, sentences);
  }
  return { paragraphs, sentences };
}

/** A paragraph of the text (a block, or a piece of a block longer than MAX_PARAGRAPH, see boundedText.ts) and its sentences, numbered. */
function addParagraph(file: string, blockText: string, post: EmbeddedPost | undefined, paragraphs: Paragraph[], sentences: Sentence[]): void {
  const text = blockText.replace(/^[-*•]\s+/, '');
  const pieces = splitSentences(text);
  if (!pieces.length) return;
  const number = paragraphs.length + 1;
  const paragraph: Paragraph = { number, text, sentences: [], embeddedPost: post };
  for (let i = 0; i < pieces.length; i++) {
    const sentence: Sentence = { id: `${file}#p${number}s${i + 1}`, file, paragraph: number, sentence: i + 1, text: pieces[i], index: -1 };
    paragraph.sentences.push(sentence);
    sentences.push(sentence);
  }
  paragraphs.push(paragraph);
}
