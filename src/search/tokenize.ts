// natural is imported by subpath: the package index loads every module and calls dotenv.config().
import porterStemmer from 'natural/lib/natural/stemmers/porter_stemmer.js';
import { words as naturalStopwords } from 'natural/lib/natural/util/stopwords.js';

/**
 * natural's stopwords that carry meaning in a question and in the sentence answering it: verbs of
 * saying, making, taking, coming and seeing ("what did she say about making history", "how long will
 * it take"), and single digits ("Tuesday 3 June", "category 4"). Quantifiers ("many", "much",
 * "more", "most", "few") and "like" stay stopwords: in questions they come with "how many" / "what
 * was it like", which the question cues read, and in news text they are everywhere.
 */
const MEANINGFUL = new Set(['said', 'take', 'make', 'come', 'came', 'see', '0', '1', '2', '3', '4', '5', '6', '7', '8', '9']);

const STOPWORDS = new Set<string>([
  ...(naturalStopwords as string[]).filter((w) => !MEANINGFUL.has(w)),
  // Possessive pronouns natural's list lacks ("how do I know if mine is recalled").
  'mine', 'hers',
  // Question words and auxiliaries that carry no topic in a question typed to the bot.
  'who', 'whom', 'whose', 'what', 'when', 'where', 'why', 'how', 'which', 'did', 'does', 'do', 'is', 'was',
  'were', 'are', 'has', 'have', 'had', 'been', 'be', 'will', 'would', 'can', 'could', 'should', 'about',
]);

/** Common irregular verb forms, so "said" finds "say" and "met" finds "meeting". English, not story-specific. */
const IRREGULAR: Record<string, string> = {
  said: 'say', says: 'say', told: 'tell', wrote: 'write', written: 'write', met: 'meet', spoke: 'speak',
  spoken: 'speak', thought: 'think', knew: 'know', known: 'know', began: 'begin', begun: 'begin', took: 'take',
  taken: 'take', gave: 'give', given: 'give', went: 'go', gone: 'go', came: 'come', saw: 'see', seen: 'see',
  made: 'make', found: 'find', left: 'leave', held: 'hold', won: 'win', lost: 'lose', paid: 'pay', sent: 'send',
  sought: 'seek', brought: 'bring', bought: 'buy', caught: 'catch', chose: 'choose', chosen: 'choose',
  drew: 'draw', drawn: 'draw', fell: 'fall', fallen: 'fall', felt: 'feel', fought: 'fight', forgot: 'forget',
  froze: 'freeze', frozen: 'freeze', grew: 'grow', grown: 'grow', heard: 'hear', hid: 'hide', kept: 'keep',
  led: 'lead', meant: 'mean', ran: 'run', rang: 'ring', rose: 'rise', risen: 'rise', sold: 'sell', shot: 'shoot',
  stood: 'stand', struck: 'strike', swore: 'swear', sworn: 'swear', threw: 'throw', thrown: 'throw',
  understood: 'understand', woke: 'wake', withdrew: 'withdraw', broke: 'break', broken: 'break', built: 'build',
  dealt: 'deal', fled: 'flee', flew: 'fly', flown: 'fly', hung: 'hang', laid: 'lay', lent: 'lend', slept: 'sleep',
  spent: 'spend', stole: 'steal', stolen: 'steal', taught: 'teach', tore: 'tear', torn: 'tear', wore: 'wear',
  // Porter stems "died" to "di" but "die" to "die"; the same for lie and tie.
  died: 'die', dies: 'die', dying: 'die', lied: 'lie', lies: 'lie', lying: 'lie', tied: 'tie', ties: 'tie', tying: 'tie',
  // Irregular plurals, and -us nouns whose plural Porter stems apart from the singular ("buses" / "bus").
  children: 'child', men: 'man', women: 'woman', feet: 'foot', teeth: 'tooth', mice: 'mouse', geese: 'goose',
  buses: 'bus', viruses: 'virus', campuses: 'campus', bonuses: 'bonus', censuses: 'census', statuses: 'status',
  focuses: 'focus', surpluses: 'surplus', choruses: 'chorus', circuses: 'circus', geniuses: 'genius',
};

/** The base form of an irregular verb or plural ("stolen" → "steal", "children" → "child"), else undefined. */
export function irregularBase(word: string): string | undefined {
  return Object.hasOwn(IRREGULAR, word) ? IRREGULAR[word] : undefined;
}

const stemCache = new Map<string, string>();
const STEM_CACHE_LIMIT = 200_000;

/** Porter stem of a lower-case word, memoised. */
export function stem(word: string): string {
  let stemmed = stemCache.get(word);
  if (stemmed === undefined) {
    stemmed = (porterStemmer as { stem(w: string): string }).stem(IRREGULAR[word] ?? word);
    if (stemCache.size >= STEM_CACHE_LIMIT) stemCache.clear();
    stemCache.set(word, stemmed);
  }
  return stemmed;
}

const WORD = /[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu;
/** The same pattern for ASCII text (after lower-casing), which the plain regex engine matches faster. */
const ASCII_WORD = /[a-z0-9]+(?:'[a-z]+)*/g;
const NON_ASCII = /[^\x00-\x7f]/;

/** Lower-case words of a text, possessives and quote marks removed. */
export function words(text: string): string[] {
  // NFKC leaves ASCII as it is: only normalise text that has something else.
  const ascii = !NON_ASCII.test(text);
  const lower = (ascii ? text : text.normalize('NFKC')).toLowerCase();
  const out = lower.match(ascii ? ASCII_WORD : WORD) ?? [];
  for (let i = 0; i < out.length; i++) {
    let word = out[i];
    const curly = word.includes('’');
    if (!curly && !word.includes("'")) continue;
    if (curly) word = word.replace(/’/g, "'");
    if (word.endsWith("'s")) word = word.slice(0, -2);
    else word = word.replace(/'/g, '');
    out[i] = word;
  }
  return out;
}

export function isStopword(word: string): boolean {
  return STOPWORDS.has(word);
}

/** Word → its index term, null for a word that is not indexed (stopword, single letter). */
const termCache = new Map<string, string | null>();

/**
 * A figure written with its unit ("30C", "14mm", "2GB", "5kg"): the number and the unit, so that "30
 * degrees" finds "30C". Ordinals and decades ("19th", "1990s") stay whole.
 */
const NUMBER_UNIT = /^(\d+)([a-z]+)$/;
const NOT_A_UNIT = new Set(['st', 'nd', 'rd', 'th', 's']);

/** The index terms of a text: words without stopwords, stemmed; a figure and its unit apart. */
export function terms(text: string): string[] {
  const out: string[] = [];
  for (const word of words(text)) {
    if (isDigit(word)) {
      const unit = NUMBER_UNIT.exec(word);
      if (unit && !NOT_A_UNIT.has(unit[2])) {
        out.push(unit[1]);
        if (unit[2].length >= 2 && !STOPWORDS.has(unit[2])) out.push(stem(unit[2]));
        continue;
      }
    }
    let term = termCache.get(word);
    if (term === undefined) {
      term = (word.length < 2 && !isDigit(word)) || STOPWORDS.has(word) ? null : stem(word);
      if (termCache.size >= STEM_CACHE_LIMIT) termCache.clear();
      termCache.set(word, term);
    }
    if (term !== null) out.push(term);
  }
  return out;
}

function isDigit(char: string): boolean {
  const c = char.charCodeAt(0);
  return c >= 48 && c <= 57;
}
