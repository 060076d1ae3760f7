/**
 * Speech cues: the verb that tells who spoke ("said", "tweeted", "warned", "according to") and the
 * phrase naming the speaker, before the verb ("Trump tweeted") or after it ("said Okafor").
 */
import { wordSet, words } from './lexicon/index.ts';
import { alternation } from './rules/pattern.ts';
import type { Token } from './speechText.ts';

const SPEECH_VERB = wordSet('speechVerb');
const SPEECH_VERB_PLURAL = wordSet('speechVerbPlural');
const SPEECH_VERB_ADJACENT = wordSet('speechVerbAdjacent');

/**
 * A verb of saying (lexicon/speechVerbs.ts). `adjacent`: the verb stands right next to the quote, where the
 * verbs that name a speaker only there count too ("'Why?' she asked", "“…,” read a letter from Ida Marsh").
 */
export function isSpeechVerb(word: string, adjacent: boolean): boolean {
  const w = word.toLowerCase();
  return SPEECH_VERB.has(w) || SPEECH_VERB_PLURAL.has(w) || (adjacent && SPEECH_VERB_ADJACENT.has(w));
}

/** Words between a subject and its verb ("had said", "also told", "on Thursday said"). */
const BETWEEN = new Set([
  'had', 'has', 'have', 'also', 'later', 'then', 'again', 'once', 'recently', 'previously', 'publicly', 'earlier',
  'repeatedly', 'yesterday', 'today', 'tonight', 'on', 'last', 'this', 'week', 'month', 'year', 'simply', 'just',
  'still', 'further', 'would', 'will', 'did', 'does', 'separately', 'privately', 'flatly', 'bluntly', 'quietly',
  'angrily', 'firmly', 'reportedly', 'however', 'only', 'to', 'went', 'go',
  // "on Thursday said", "this morning told".
  ...wordSet('weekday'),
  ...wordSet('dayPart'),
]);

/** Words that start a new clause: the speaker is named after the last of them. */
const CLAUSE_BREAK = new Set([
  'that', 'when', 'while', 'after', 'before', 'because', 'since', 'although', 'though', 'if', 'as', 'but', 'so',
  'where', 'which', 'who', 'whom', 'whether', 'and', 'or', 'than', 'until', 'unless', 'saying', 'adding',
]);

/**
 * The subject of a verb at token `verb`: the words before it, back to the start of the clause, with
 * auxiliaries, time words and appositives (", a Republican and a vocal critic of Trump,") removed.
 * Returns '' when the verb has no subject of its own ("… and said").
 */
export function subjectBefore(tokens: Token[], verb: number, floor: number, text: string): { phrase: string; start: number; coordinated: boolean } {
  let end = verb; // exclusive
  while (end > floor && BETWEEN.has(tokens[end - 1].text.toLowerCase())) end--;
  // "He laughed and said": skip "and" plus one verb-like lower-case word.
  let coordinated = false;
  if (end > floor && /^(?:and|but|then)$/i.test(tokens[end - 1].text)) {
    coordinated = true;
    end--;
    if (end > floor && /^\p{Ll}+ed$/u.test(tokens[end - 1].text)) end--;
    else return { phrase: '', start: tokens[end]?.start ?? 0, coordinated };
  }
  // Appositives and asides between commas, up to twice.
  for (let round = 0; round < 2 && end > floor && tokens[end - 1].text === ','; round++) {
    let k = end - 2;
    while (k >= floor && tokens[k].text !== ',' && !/^[.;:!?"“”]$/.test(tokens[k].text)) k--;
    if (k < floor || tokens[k].text !== ',') break;
    end = k;
  }
  while (end > floor && BETWEEN.has(tokens[end - 1].text.toLowerCase())) end--;
  let start = end;
  while (start > floor && start > end - 14) {
    const w = tokens[start - 1].text;
    if (/^[,;:.!?"“”()—–]$/.test(w) || CLAUSE_BREAK.has(w.toLowerCase())) break;
    start--;
  }
  if (start >= end) return { phrase: '', start: tokens[end]?.start ?? 0, coordinated };
  return { phrase: text.slice(tokens[start].start, tokens[end - 1].end), start: tokens[start].start, coordinated };
}

/** The speaker phrase after an inverted verb ("said Inspector Tomas Brandt of the Hamburg police"). */
export function subjectAfter(tokens: Token[], verb: number, ceiling: number, text: string): { phrase: string; start: number } {
  let end = verb + 1;
  while (end < ceiling && end - verb <= 12) {
    const w = tokens[end].text;
    if (/^[,;:.!?"“”()—–]$/.test(w) || /^(?:of|who|in|at|on|from|during|to|after|before|when|while|for|with)$/i.test(w)) break;
    end++;
  }
  if (end === verb + 1) return { phrase: '', start: tokens[verb].end };
  return { phrase: text.slice(tokens[verb + 1].start, tokens[end - 1].end), start: tokens[verb + 1].start };
}

/** Words that say outright that a source is not named. */
const ANONYMITY_MARKER =
  /\b(?:familiar with|on condition of anonymity|speaking anonymously|not authori[sz]ed to|declined to be (?:named|identified)|(?:asked|wished|preferred) not to be (?:named|identified)|(?:did not|didn't|does not|doesn't) (?:want|wish) to be (?:named|identified)|(?:cannot|could not|can ?not|can't|may not|must not) be (?:named|identified)|requested anonymity|who (?:would|did) not give|(?:did not|didn't|does not|doesn't) want (?:his|her|their) (?:full )?name (?:used|published|printed)|(?:declined|refused) to give (?:his|her|their) (?:full |last )?name|would (?:only|not) give (?:his|her|their) (?:first )?name|unnamed|anonymous)\b/i;

/** Whether a phrase says outright that its source is not named ("who asked not to be named"). */
export function hasAnonymityMarker(phrase: string): boolean {
  return ANONYMITY_MARKER.test(phrase);
}

/** Phrases that mark an unnamed source. */
const ANONYMOUS = [
  ANONYMITY_MARKER,
  new RegExp(`^(?:a|an|one|two|three|four|several|some|many|other|another|two other|senior|multiple)\\b.*\\b${alternation(words('unnamedSourceForm'))}\\b`, 'i'),
  new RegExp(`^${alternation(words('sourceAlone'))}$`, 'i'),
];

export function isAnonymous(phrase: string): boolean {
  return ANONYMOUS.some((re) => re.test(phrase.trim()));
}

export const PRONOUNS: Record<string, 'male' | 'female' | 'plural'> = { he: 'male', she: 'female', they: 'plural' };
