/**
 * The vocabulary of the analyses, once: every word list a stage or a rule needs is derived here from the
 * concept tables of this folder (one file per concept). Rules name a list in a pattern as a placeholder
 * (`{speechVerb}`, see ../rules/pattern.ts); code reads it with `words` or `wordSet`.
 *
 * To add a concept: a file with its table, its lists in WORD_LISTS, and its table in LEXICON_TABLES (the
 * lexicon test then checks it against the others).
 */
import { DAY_PARTS, MONTHS, MONTH_ABBREVIATIONS, SEASONS, WEEKDAYS } from './calendar.ts';
import { RELATIVE_WORDS } from './relativeWords.ts';
import { SPEECH_VERBS, type SpeechVerb } from './speechVerbs.ts';
import { TITLES } from './titles.ts';

const forms = (verb: SpeechVerb): string[] => [verb.third, verb.past, verb.ing, ...(verb.also ?? [])].filter((f): f is string => f !== null);

/** Every named word list. */
export const WORD_LISTS = {
  /** Forms of verbs of saying that cue a quote anywhere in its sentence ("said", "tweets", "warning"). */
  speechVerb: SPEECH_VERBS.filter((v) => !v.adjacentOnly).flatMap(forms),
  /** Forms that cue a quote only right next to it ("asked", "read"). */
  speechVerbAdjacent: SPEECH_VERBS.filter((v) => v.adjacentOnly).flatMap(forms),
  /** Base forms that cue a quote as they are ("officials say"). */
  speechVerbPlural: SPEECH_VERBS.filter((v) => v.pluralCue).map((v) => v.base),
  speechVerbPast: SPEECH_VERBS.filter((v) => !v.adjacentOnly).flatMap((v) => (v.past ? [v.past] : [])),
  speechVerbThird: SPEECH_VERBS.filter((v) => !v.adjacentOnly).flatMap((v) => (v.third ? [v.third] : [])),
  speechVerbIng: SPEECH_VERBS.filter((v) => !v.adjacentOnly).flatMap((v) => (v.ing ? [v.ing] : [])),
  title: TITLES.map((t) => t.word),
  honorific: TITLES.filter((t) => t.honorific).map((t) => t.word),
  rankTitle: TITLES.filter((t) => !t.honorific).map((t) => t.word),
  titleAbbreviation: TITLES.filter((t) => t.abbreviation).map((t) => t.word),
  maleTitle: TITLES.filter((t) => t.gender === 'male').map((t) => t.word),
  femaleTitle: TITLES.filter((t) => t.gender === 'female').map((t) => t.word),
  weekday: [...WEEKDAYS],
  month: [...MONTHS],
  monthAbbreviation: MONTH_ABBREVIATIONS.map((m) => m.word),
  season: [...SEASONS],
  dayPart: [...DAY_PARTS],
  relativePast: RELATIVE_WORDS.filter((r) => r.step === -1).map((r) => r.word),
  relativeNext: RELATIVE_WORDS.filter((r) => r.step === 1).map((r) => r.word),
  relativeThis: RELATIVE_WORDS.filter((r) => r.step === 0).map((r) => r.word),
} satisfies Record<string, readonly string[]>;

export type WordListName = keyof typeof WORD_LISTS;

export function words(name: WordListName): readonly string[] {
  return WORD_LISTS[name];
}

const sets = new Map<WordListName, ReadonlySet<string>>();

/** The list in lower case, for membership tests on a word of the text. */
export function wordSet(name: WordListName): ReadonlySet<string> {
  let set = sets.get(name);
  if (!set) sets.set(name, (set = new Set(WORD_LISTS[name].map((w) => w.toLowerCase()))));
  return set;
}

/**
 * The concept tables as word columns, for the lexicon test: a word listed twice in one table, or in two
 * tables, fails it, unless it is one of `sharedWords` (a word two concepts really share, with why).
 */
export const LEXICON_TABLES: readonly { name: string; words: readonly string[] }[] = [
  { name: 'speechVerbs', words: SPEECH_VERBS.flatMap((v) => [...new Set([v.base, ...forms(v)])]) },
  { name: 'titles', words: TITLES.map((t) => t.word) },
  { name: 'weekdays', words: WEEKDAYS },
  { name: 'months', words: [...MONTHS, ...MONTH_ABBREVIATIONS.map((m) => m.word)] },
  { name: 'seasons', words: SEASONS },
  { name: 'dayParts', words: DAY_PARTS },
  { name: 'relativeWords', words: RELATIVE_WORDS.map((r) => r.word) },
];

/** Words that two concept tables list on purpose, each with why ("may" is a month and a verb…). */
export const SHARED_WORDS: readonly { word: string; tables: readonly string[]; why: string }[] = [];

/**
 * Gender a table tells for a word, for the check that two tables never disagree ("Lady" female in titles
 * and in gendered words). Each table that tells a gender adds its rows here.
 */
export const GENDER_TELLERS: readonly { table: string; rows: readonly { word: string; gender: 'male' | 'female' | null }[] }[] = [
  { table: 'titles', rows: TITLES.map((t) => ({ word: t.word, gender: t.gender })) },
];
