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
import { COUNT_NOUNS, GROUP_WORDS, SOURCE_ALONE, type WordGroupName } from './wordGroups.ts';

const groupForms = (group: WordGroupName): string[] => GROUP_WORDS.filter((w) => w.group === group).flatMap((w) => w.forms ?? [w.word]);
import { DISCLOSURE_VERBS, IRREGULAR_PAST, IRREGULAR_PAST_SPEECH_VERBS, NOT_PAST_ED, REPORT_AFTER_DATE_VERBS, REPORT_DATING_VERBS } from './tenseWords.ts';

/** The past form of a speech verb or a disclosure verb, by its base (tenseWords.ts names verbs so). */
const pastOf = (base: string): string => {
  const past = SPEECH_VERBS.find((v) => v.base === base)?.past ?? DISCLOSURE_VERBS.find((v) => v.base === base)?.past;
  if (!past) throw new Error(`lexicon: no past form for the verb "${base}"`);
  return past;
};
const thirdOfSay = (): string => SPEECH_VERBS.find((v) => v.base === 'say')!.third!;
import { CLAUSE_END_VERBS, SPEAKER_WORDS, type SpeakerWordKind } from './speakerWords.ts';

const speakerWords = (kind: SpeakerWordKind): string[] => SPEAKER_WORDS.filter((w) => w.kind === kind).map((w) => w.word);
const capitalised = (word: string): string => word[0].toUpperCase() + word.slice(1);
// Names and people.
import { ARTICLES, POSSESSIVES } from './determiners.ts';
import { GENDERED_WORDS } from './genderedWords.ts';
import { NAME_PREFIXES, NAME_SUFFIXES } from './nameParts.ts';
import { ORGANISATION_WORDS } from './organisations.ts';
import { PERSON_NOUNS } from './personNouns.ts';
import { ROLE_INITIALS, ROLE_SUFFIXES, ROLE_WORDS } from './roles.ts';

const forms = (verb: SpeechVerb): string[] => [verb.third, verb.past, verb.ing, ...(verb.also ?? [])].filter((f): f is string => f !== null);

/** Gender each table that tells one gives a word (lower case). */
const GENDERS = {
  titles: TITLES.filter((t) => t.courtesy).map((t) => ({ word: t.word.toLowerCase(), gender: t.gender })),
  roles: ROLE_WORDS.map((r) => ({ word: r.word, gender: r.gender })),
  personNouns: PERSON_NOUNS.map((p) => ({ word: p.word, gender: p.gender })),
  genderedWords: GENDERED_WORDS,
};
const allGendered = Object.values(GENDERS).flat();

/** The word lists of names and people (roles, organisations, person nouns, genders, name parts). */
const PEOPLE_WORD_LISTS = {
  /** Nouns that name a role ("mayor", "goalkeeper"), with rank and office titles written short ("det", "gov"). */
  roleNoun: [...ROLE_WORDS.filter((r) => r.noun).map((r) => r.word), ...TITLES.filter((t) => !t.honorific).map((t) => t.word.toLowerCase())],
  /** Words that qualify a role written after them ("press secretary", "union leader"). */
  roleModifier: [...ROLE_WORDS.filter((r) => r.modifier).map((r) => r.word), ...ORGANISATION_WORDS.filter((o) => o.qualifiesRole).map((o) => o.word)],
  /** Qualifiers that make a role a different post ("deputy", "shadow"). */
  roleRank: ROLE_WORDS.filter((r) => r.rank).map((r) => r.word),
  roleSuffix: [...ROLE_SUFFIXES],
  roleInitials: ROLE_INITIALS.map((r) => r.word),
  /** Words compromise tags as actors or honorifics that name no role: forms of address, "people", "critic". */
  notARole: [...TITLES.filter((t) => t.courtesy).map((t) => t.word.toLowerCase()), ...PERSON_NOUNS.filter((p) => p.notARole).map((p) => p.word)],
  organisationNoun: ORGANISATION_WORDS.filter((o) => o.kind === 'noun').map((o) => o.word),
  organisationNameEnd: ORGANISATION_WORDS.filter((o) => o.kind === 'nameEnd').map((o) => o.word),
  /** Nouns for someone the story does not name ("a resident said"). */
  personNoun: PERSON_NOUNS.filter((p) => p.unnamed).map((p) => p.word),
  femaleWord: allGendered.filter((g) => g.gender === 'female').map((g) => g.word),
  maleWord: allGendered.filter((g) => g.gender === 'male').map((g) => g.word),
  nameSuffix: [...NAME_SUFFIXES],
  namePrefix: [...NAME_PREFIXES],
  /** "his", "its", "their"… (articles are not a list here: "the" repeats in any sentence; read ARTICLES). */
  possessive: POSSESSIVES.map((p) => p.word),
};

/** Every named word list. */
export const WORD_LISTS = {
  /** Forms of verbs of saying that cue a quote anywhere in its sentence ("said", "tweets", "warning"). */
  speechVerb: SPEECH_VERBS.filter((v) => !v.adjacentOnly).flatMap(forms),
  /** Forms that cue a quote only right next to it ("asked", "read"). */
  speechVerbAdjacent: SPEECH_VERBS.filter((v) => v.adjacentOnly).flatMap(forms),
  /** Base forms that cue a quote as they are ("officials say"). */
  speechVerbPlural: SPEECH_VERBS.filter((v) => v.pluralCue).map((v) => v.base),
  title: TITLES.map((t) => t.word),
  honorific: TITLES.filter((t) => t.honorific).map((t) => t.word),
  titleAbbreviation: TITLES.filter((t) => t.abbreviation).map((t) => t.word),
  weekday: [...WEEKDAYS],
  month: [...MONTHS],
  monthAbbreviation: MONTH_ABBREVIATIONS.map((m) => m.word),
  /** Short months news copy writes with a full stop on their own or before a year ("Sept. 2019"). */
  monthAbbreviationDotted: MONTH_ABBREVIATIONS.filter((m) => m.dotted).map((m) => m.word),
  season: [...SEASONS],
  dayPart: [...DAY_PARTS],
  relativePast: RELATIVE_WORDS.filter((r) => r.step === -1).map((r) => r.word),
  relativeNext: RELATIVE_WORDS.filter((r) => r.step === 1).map((r) => r.word),
  relativeThis: RELATIVE_WORDS.filter((r) => r.step === 0).map((r) => r.word),
  // Tense (tenseWords.ts, read by dateTense.ts).
  notPastEd: [...NOT_PAST_ED],
  /** "said", "says", "announced", "reported"…: right before a date, it dates a report. */
  reportVerb: [...REPORT_DATING_VERBS.map(pastOf), thirdOfSay()],
  /** "said", "says", "announced", "confirmed", "reported": after a date that opens the sentence. */
  reportVerbAfter: [...REPORT_AFTER_DATE_VERBS.map(pastOf), thirdOfSay()],
  /** Speaker rules (../speakerRules.ts). */
  ownedMessage: SPEAKER_WORDS.filter((w) => w.owned).map((w) => w.word),
  writtenMessage: SPEAKER_WORDS.filter((w) => w.written).map((w) => w.word),
  spokesperson: speakerWords('spokesperson'),
  staffNoun: speakerWords('staff').flatMap((w) => [w, capitalised(w)]),
  unnamedSourceNoun: speakerWords('unnamedSource'),
  anyOrganisationNoun: speakerWords('anyOrganisation'),
  releaseVerb: speakerWords('release'),
  clauseEndVerb: CLAUSE_END_VERBS.flatMap(({ base, forms }) => {
    const verb = SPEECH_VERBS.find((v) => v.base === base)!;
    return forms.map((f) => verb[f]!);
  }),
  // Names and people.
  ...PEOPLE_WORD_LISTS,
  // Word groups (wordGroups.ts).
  bylineJob: groupForms('bylineJob'),
  deskOfOutlet: GROUP_WORDS.filter((w) => w.endsOutletName).map((w) => w.word),
  publicBody: groupForms('publicBody'),
  unnamedSourceForm: groupForms('unnamedSource'),
  sourceAlone: [...SOURCE_ALONE],
  countNoun: COUNT_NOUNS.flatMap((w) => w.forms ?? [w.word]),
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
  { name: 'tenseWords', words: [...IRREGULAR_PAST, ...NOT_PAST_ED, ...DISCLOSURE_VERBS.flatMap((v) => [v.base, v.past])] },
  { name: 'speakerWords', words: SPEAKER_WORDS.filter((w) => !w.listedIn).map((w) => w.word) },
  { name: 'wordGroups', words: [...new Set(GROUP_WORDS.filter((w) => !w.listedIn).map((w) => w.word))] },
  { name: 'countNouns', words: COUNT_NOUNS.filter((w) => !w.listedIn).map((w) => w.word) },
  // Names and people.
  { name: 'roles', words: [...ROLE_WORDS.map((r) => r.word), ...ROLE_INITIALS.map((r) => r.word)] },
  { name: 'organisations', words: ORGANISATION_WORDS.map((o) => o.word) },
  { name: 'personNouns', words: PERSON_NOUNS.map((p) => p.word) },
  { name: 'genderedWords', words: GENDERED_WORDS.map((g) => g.word) },
  { name: 'nameParts', words: [...NAME_SUFFIXES, ...NAME_PREFIXES] },
  { name: 'determiners', words: [...ARTICLES, ...POSSESSIVES.map((p) => p.word)] },
];

/**
 * Irregular past forms ("fell", "said"), speech verbs' included: what dateTense.ts takes for a past verb.
 * Not a WORD_LISTS list: no rule names them as a placeholder, and code that lists a few of them for its own
 * purpose ("Name said|told|met") is not copying this list.
 */
export const IRREGULAR_PAST_FORMS: ReadonlySet<string> = new Set([...IRREGULAR_PAST, ...IRREGULAR_PAST_SPEECH_VERBS.map(pastOf)]);

/** Words that two concept tables list on purpose, each with why ("may" is a month and a verb…). */
export const SHARED_WORDS: readonly { word: string; tables: readonly string[]; why: string }[] = [
  // An irregular past form, and a verb that issues a message ("a letter sent by the minister").
  { word: 'state', tables: ['speechVerbs', 'roles'], why: 'a verb of saying ("she stated") and a role modifier ("state senator")' },
  { word: 'sent', tables: ['tenseWords', 'speakerWords'], why: 'an irregular past form, and a verb that issues a message' },
  // A verb of saying and the message it makes: "she posted" cues a quote, "her post said" names its owner.
  ...['post', 'tweet', 'message', 'email', 'blog', 'note'].map((word) => ({ word, tables: ['speechVerbs', 'speakerWords'], why: 'a verb of saying and the message it makes' })),
  // Names and people.
  ...['player', 'pensioner', 'volunteer'].map((word) => ({
    word,
    tables: ['roles', 'personNouns'],
    why: `a role before a name ("${word} Ana Cole") and a noun for someone unnamed ("a ${word} said")`,
  })),
  { word: 'an', tables: ['nameParts', 'determiners'], why: 'an article ("an aide") and a prefix joined to a surname ("an-Nasir")' },
];

/**
 * Gender a table tells for a word, for the check that two tables never disagree ("Lady" female in titles
 * and in gendered words). Each table that tells a gender adds its rows here.
 */
export const GENDER_TELLERS: readonly { table: string; rows: readonly { word: string; gender: 'male' | 'female' | null }[] }[] = [
  { table: 'titles', rows: TITLES.map((t) => ({ word: t.word, gender: t.gender })) },
  // Names and people.
  { table: 'roles', rows: GENDERS.roles },
  { table: 'personNouns', rows: GENDERS.personNouns },
  { table: 'genderedWords', rows: GENDERS.genderedWords },
];
