import { createRequire } from 'node:module';
import type nlpType from 'compromise';

// compromise's CommonJS bundle loads in about 240 ms, its ESM source tree in about 400–650 ms.
const require = createRequire(import.meta.url);
export const nlp = require('compromise') as typeof nlpType;

const model = nlp.model() as unknown as {
  one: { lexicon: Record<string, string | string[]> };
  two: { orgWords?: Record<string, unknown> };
};
const LEXICON = model.one.lexicon;
const ORG_WORDS = new Set(Object.keys(model.two.orgWords ?? {}));

function tagsOf(word: string): string[] {
  const tags = LEXICON[word.toLowerCase()];
  return tags === undefined ? [] : Array.isArray(tags) ? tags : [tags];
}

/** 'male' / 'female' / 'unknown' for a word compromise knows as a first name; undefined otherwise. */
export function firstNameGender(word: string): 'male' | 'female' | 'unknown' | undefined {
  const tags = tagsOf(word);
  if (tags.includes('MaleName')) return 'male';
  if (tags.includes('FemaleName')) return 'female';
  if (tags.includes('FirstName')) return 'unknown';
  return undefined;
}

/** Nouns for people's roles, beyond compromise's Actor nouns (which cover president, mayor, secretary…). */
const EXTRA_ROLES = [
  'senator', 'sen', 'representative', 'rep', 'congressman', 'congresswoman', 'lawmaker', 'governor', 'gov',
  'adviser', 'advisor', 'spokesman', 'spokeswoman', 'spokesperson', 'chairman', 'chairwoman', 'chair', 'counsel',
  'ambassador', 'commissioner', 'chancellor', 'premier', 'king', 'queen', 'prince', 'princess', 'pope', 'judge',
  'justice', 'attorney', 'prosecutor', 'sheriff', 'chief', 'inspector', 'detective', 'officer', 'captain',
  'general', 'colonel', 'lieutenant', 'sergeant', 'constable', 'superintendent', 'ceo', 'founder', 'professor',
  'economist', 'analyst', 'councillor', 'councilman', 'councilwoman', 'coach', 'manager', 'head', 'deputy',
  'dean', 'rector', 'bishop', 'minister', 'secretary', 'director', 'president', 'mayor', 'leader', 'official',
  'spokesman', 'executive', 'researcher', 'scientist', 'engineer', 'owner', 'lawyer', 'doctor', 'nurse',
];
const NOT_ROLES = new Set(['mr', 'mrs', 'ms', 'miss', 'mx', 'sir', 'dame', 'lady', 'lord', 'people', 'person', 'man', 'woman', 'friend', 'critic', 'witness']);
const ROLES = new Set(EXTRA_ROLES);

export function isRoleWord(word: string): boolean {
  const w = word.toLowerCase().replace(/\.$/, '');
  if (NOT_ROLES.has(w)) return false;
  if (ROLES.has(w)) return true;
  const tags = tagsOf(w);
  return tags.includes('Actor') || tags.includes('Honorific');
}

/** Words that qualify a role ("press secretary", "national security adviser"). */
const ROLE_MODIFIERS = new Set([
  'press', 'national', 'security', 'deputy', 'vice', 'chief', 'foreign', 'prime', 'senior', 'former', 'special',
  'general', 'attorney', 'executive', 'defense', 'defence', 'state', 'interior', 'health', 'finance',
  'communications', 'campaign', 'police', 'fire', 'union', 'party', 'army', 'navy', 'assistant', 'acting',
  'interim', 'associate', 'managing', 'regional', 'city', 'county', 'district', 'federal', 'trade', 'economic',
  'energy', 'justice', 'environment', 'education', 'transport', 'home', 'council', 'board', 'emergency', 'public',
  'university', 'company', 'port', 'harbour', 'harbor', 'operations', 'safety', 'intelligence', 'of', 'and',
]);

export function isRoleModifier(word: string): boolean {
  const w = word.toLowerCase();
  return ROLE_MODIFIERS.has(w) || tagsOf(w).includes('Demonym');
}

export function isDemonym(word: string): boolean {
  return tagsOf(word).includes('Demonym') || tagsOf(word).includes('Country');
}

export function isHonorific(word: string): boolean {
  return tagsOf(word.replace(/\.$/, '')).includes('Honorific');
}

/** Capitalised words that end a person's name: months, weekdays, places, organisation words. */
export function endsName(word: string): boolean {
  const w = word.toLowerCase();
  if (ORG_WORDS.has(w)) return true;
  const tags = tagsOf(w);
  return ['Month', 'WeekDay', 'Place', 'Country', 'City', 'Region', 'Demonym', 'Organization', 'Determiner', 'Preposition', 'Conjunction', 'Pronoun'].some((t) => tags.includes(t));
}

/** Capitalised words that are function words at a sentence start ("The", "On", "But"). */
export function isFunctionWord(word: string): boolean {
  const tags = tagsOf(word);
  return ['Determiner', 'Preposition', 'Conjunction', 'Pronoun', 'Adverb', 'QuestionWord'].some((t) => tags.includes(t));
}

export function isOrgWord(word: string): boolean {
  return ORG_WORDS.has(word.toLowerCase()) || tagsOf(word).includes('Organization');
}

/** Whether compromise reads a short phrase as naming a person ("Kowalczyk", "Priya Raman"). */
export function looksLikePerson(phrase: string): boolean {
  return nlp(phrase).has('#Person') && !nlp(phrase).has('#Organization');
}

/** Months, weekdays and other calendar words ("Thursday", "July"). */
export function isTimeWord(word: string): boolean {
  const tags = tagsOf(word);
  return ['Month', 'WeekDay', 'Date', 'Duration'].some((t) => tags.includes(t));
}
