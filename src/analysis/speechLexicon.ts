import { createRequire } from 'node:module';
import type nlpType from 'compromise';
import { words, wordSet } from './lexicon/index.ts';
import { ROLE_INITIALS } from './lexicon/roles.ts';
import { alternation, pattern } from './rules/pattern.ts';

/**
 * compromise, loaded on first use rather than at import: its CommonJS bundle takes 130–240 ms to load
 * (unpacking its lexicon; `compromise/two` costs the same, `compromise/one` has no lexicon), which
 * would otherwise be paid by every start-up, even one that never analyses quotes.
 */
const require = createRequire(import.meta.url);

interface Lexicon {
  nlp: typeof nlpType;
  words: Record<string, string | string[]>;
  orgWords: Set<string>;
}

let loaded: Lexicon | undefined;

function lexicon(): Lexicon {
  if (!loaded) {
    const nlp = require('compromise') as typeof nlpType;
    const model = nlp.model() as unknown as {
      one: { lexicon: Record<string, string | string[]> };
      two: { orgWords?: Record<string, unknown> };
    };
    loaded = { nlp, words: model.one.lexicon, orgWords: new Set([...Object.keys(model.two.orgWords ?? {}), ...words('organisationNameEnd')]) };
  }
  return loaded;
}

/** Whether compromise has been loaded yet (for start-up measurements and tests). */
export function lexiconLoaded(): boolean {
  return loaded !== undefined;
}

/**
 * A word test remembered per word as written: the lexicon does not change once loaded, and the name and
 * quote stages ask about the same words millions of times. Forgets everything past 250,000
 * words (a hostile text of random words must not grow it without bound).
 */
export function perWord<T>(read: (word: string) => T): (word: string) => T {
  const known = new Map<string, T>();
  return (word) => {
    const found = known.get(word);
    if (found !== undefined || known.has(word)) return found as T;
    if (known.size >= 250_000) known.clear();
    const value = read(word);
    known.set(word, value);
    return value;
  };
}

function tagsOf(word: string): string[] {
  const tags = lexicon().words[word.toLowerCase()];
  return tags === undefined ? [] : Array.isArray(tags) ? tags : [tags];
}

/** 'male' / 'female' / 'unknown' for a word compromise knows as a first name; undefined otherwise. */
export const firstNameGender = perWord((word: string): 'male' | 'female' | 'unknown' | undefined => {
  const tags = tagsOf(word);
  if (tags.includes('MaleName')) return 'male';
  if (tags.includes('FemaleName')) return 'female';
  if (tags.includes('FirstName')) return 'unknown';
  return undefined;
});

/** Role nouns beyond compromise's Actor nouns (which cover president, mayor, secretary…), and the words it tags as actors that name no role. */
const ROLES = wordSet('roleNoun');
const NOT_ROLES = wordSet('notARole');
/** Scientists and specialists by suffix: "microbiologist", "geochemist", "physicist", "economist". */
const ROLE_SUFFIX = new RegExp(`^\\p{Ll}[\\p{Ll}-]*${alternation(words('roleSuffix'))}$`, 'u');

export const isRoleWord = perWord((word: string): boolean => {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (NOT_ROLES.has(w)) return false;
  if (ROLES.has(w) || ROLE_SUFFIX.test(w)) return true;
  const tags = tagsOf(w);
  return tags.includes('Actor') || tags.includes('Honorific');
});

/** Words that qualify a role ("press secretary", "national security adviser"). */
const ROLE_MODIFIERS = wordSet('roleModifier');

export const isRoleModifier = perWord((word: string): boolean => {
  const w = word.toLowerCase();
  return ROLE_MODIFIERS.has(w) || tagsOf(w).includes('Demonym');
});

export const isDemonym = perWord((word: string): boolean => {
  return tagsOf(word).includes('Demonym') || tagsOf(word).includes('Country');
});

export const isHonorific = perWord((word: string): boolean => {
  return tagsOf(word.replace(/\.$/, '')).includes('Honorific');
});

/** Capitalised words that end a person's name: months, weekdays, places, organisation words. */
export const endsName = perWord((word: string): boolean => {
  const w = word.toLowerCase();
  if (lexicon().orgWords.has(w)) return true;
  const tags = tagsOf(w);
  return ['Month', 'WeekDay', 'Place', 'Country', 'City', 'Region', 'Demonym', 'Organization', 'Determiner', 'Preposition', 'Conjunction', 'Pronoun'].some((t) => tags.includes(t));
});

/** Capitalised words that are function words at a sentence start ("The", "On", "But"). */
export const isFunctionWord = perWord((word: string): boolean => {
  const tags = tagsOf(word);
  return ['Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Adverb', 'QuestionWord'].some((t) => tags.includes(t));
});

export const isOrgWord = perWord((word: string): boolean => {
  return lexicon().orgWords.has(word.toLowerCase()) || tagsOf(word).includes('Organization');
});

/** Whether compromise reads a short phrase as naming a person ("Kowalczyk", "Priya Raman"). */
export const looksLikePerson = perWord((phrase: string): boolean => {
  const doc = lexicon().nlp(phrase);
  return doc.has('#Person') && !doc.has('#Organization');
});

/** Months, weekdays and other calendar words ("Thursday", "July"). */
export const isTimeWord = perWord((word: string): boolean => {
  const tags = tagsOf(word);
  return ['Month', 'WeekDay', 'Date', 'Duration'].some((t) => tags.includes(t));
});

const NAME_SUFFIX = pattern('^{nameSuffix}\\.?$', 'i');

/** Letters after a name that are not part of it: "Fergus Lennox KC", "Jane Doe MP", "John Smith Jr". */
export const isPostNominal = perWord((word: string): boolean => {
  return /^\p{Lu}{2,4}$/u.test(word) || NAME_SUFFIX.test(word);
});

const FEMALE_WORDS = wordSet('femaleWord');
const MALE_WORDS = wordSet('maleWord');

/** The gender a noun gives the person it describes ("his wife, Grace", "chairwoman Ines Halvorsen"). */
export const nounGender = perWord((word: string): 'male' | 'female' | null => {
  const w = word.toLowerCase().replace(/\.$/, '').replace(/['’]s$/, '');
  return FEMALE_WORDS.has(w) ? 'female' : MALE_WORDS.has(w) ? 'male' : null;
});

/** Nouns by which a story refers to an organisation ("the company said", "a charity"). */
const ORG_NOUNS = wordSet('organisationNoun');

export function isOrgNoun(word: string): boolean {
  return ORG_NOUNS.has(word.toLowerCase());
}

/** Nouns that refer to an unnamed person ("the woman said", "a resident"). */
const PERSON_NOUNS = wordSet('personNoun');

export function isPersonNoun(word: string): boolean {
  return PERSON_NOUNS.has(word.toLowerCase());
}

/** Titles a story writes short ("the PM said", "the pm" typed): the role they stand for. */
const SHORT_TITLES = new Map(ROLE_INITIALS.map((r) => [r.word, r.role]));

export function titleWrittenShort(word: string): string | undefined {
  return SHORT_TITLES.get(word.toLowerCase());
}
