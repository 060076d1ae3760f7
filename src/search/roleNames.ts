/**
 * A question that names a person by their role ("what did the minister say", "why did the judge refuse")
 * is about the person the story gives that role to. Sentences about them often use only their name
 * ("Okafor said…"), so a role word of the question also stands for the name of the one person the story
 * gives that role (the people registry's role holder), at a weight below the word itself.
 */
import { peopleOf, type Person } from '../analysis/people.ts';
import { perStory } from '../story/perStory.ts';
import { isRoleWord } from '../analysis/speechLexicon.ts';
import type { Story } from '../story/story.ts';
import type { QueryTerm } from './queryTerms.ts';
import { isStopword, terms } from './tokenize.ts';

/** How much the name of the person a question's "he" or "she" stands for counts. */
export const PRONOUN_NAME_WEIGHT = 0.5;

/**
 * A question that names nobody and asks about "she" or "he" ("is she going right away") is about the
 * person of that gender the story mentions most: the terms of their name, empty when the question names
 * someone, uses no such pronoun, or the story has no clear main person of that gender (the first must be
 * mentioned at least twice as often as the next).
 */
export function pronounNameTerms(story: Story, question: string, gender: 'f' | 'm' | undefined): QueryTerm[] {
  if (!gender) return [];
  const { nameWords, ...main } = mainPeople(story);
  const person = main[gender];
  if (!person) return [];
  // The question names someone: "he" is them, not the story's main person.
  if (question.toLowerCase().split(/[^\p{L}]+/u).some((w) => nameWords.has(w))) return [];
  const out: QueryTerm[] = [];
  for (const term of terms(person.name.toLowerCase())) if (story.index.has(term)) out.push({ term, weight: PRONOUN_NAME_WEIGHT });
  return out;
}

/**
 * The woman and the man the story mentions most, each when clearly ahead of the next (twice the mentions),
 * and every word of three letters or more of every person's names (to tell a question that names someone).
 */
const mainPeople = perStory((story: Story): { f?: Person; m?: Person; nameWords: Set<string> } => {
  const people = peopleOf(story);
  const counts = new Map<string, number>();
  for (const m of people.mentions) if (!m.quoted) counts.set(m.personId, (counts.get(m.personId) ?? 0) + 1);
  const pick = (gender: 'female' | 'male'): Person | undefined => {
    const ranked = [...counts]
      .map(([id, n]) => ({ person: people.get(id), n }))
      .filter((x) => x.person?.kind === 'person' && x.person.gender === gender)
      .sort((a, b) => b.n - a.n);
    return ranked.length && !(ranked[1] && ranked[0].n < 2 * ranked[1].n) ? ranked[0].person : undefined;
  };
  const nameWords = new Set<string>();
  for (const p of people.all) {
    if (p.kind !== 'person') continue;
    for (const name of [p.name, ...p.aliases]) for (const w of name.toLowerCase().split(/\s+/)) if (w.length > 2) nameWords.add(w);
  }
  return { f: pick('female'), m: pick('male'), nameWords };
});

/** How much a role holder's name counts for the role word of a question. */
export const ROLE_NAME_WEIGHT = 0.9;

/**
 * Index terms of the name of the person a role word stands for in this story ("minister" → "okafor",
 * "ngozi"), empty when the word is no role or the story gives the role to nobody or several people.
 * `phrase` is the question's words before it, so a rank ("deputy", "former") must agree.
 */
export function roleNameTerms(story: Story, word: string, phrase: string): QueryTerm[] {
  if (word.length < 3) return [];
  const cache = roleCache(story);
  const key = `${phrase}|${word}`;
  let found = cache.get(key);
  if (!found) {
    found = findRoleNameTerms(story, word, phrase);
    if (cache.size >= ROLE_CACHE_LIMIT) cache.clear();
    cache.set(key, found);
  }
  return found;
}

/** Role words read per story, cached: telling a role word costs a look-up in the tagger's lexicon. */
const roleCache = perStory((_story: Story) => new Map<string, QueryTerm[]>());
const ROLE_CACHE_LIMIT = 10_000;

function findRoleNameTerms(story: Story, word: string, phrase: string): QueryTerm[] {
  if (word.length < 3 || !isRoleWord(word)) return [];
  const holder = peopleOf(story).roleHolder(word, phrase);
  if (!holder || holder.kind !== 'person') return [];
  // "the prime minister" is not the harbour minister: the words qualifying the role in the question
  // must be in the holder's title.
  const title = (holder.description ?? '').toLowerCase();
  const qualifiers = phrase.split(/\s+/).filter((w) => w && !isStopword(w) && !/^(?:what|who|did|does|say|said|tell|told)$/.test(w));
  if (qualifiers.slice(-2).some((w) => !title.includes(w))) return [];
  const out: QueryTerm[] = [];
  for (const name of [holder.name, ...holder.aliases]) {
    for (const term of terms(name.toLowerCase())) {
      if (story.index.has(term) && !out.some((t) => t.term === term)) out.push({ term, weight: ROLE_NAME_WEIGHT });
    }
  }
  return out;
}
