/**
 * A question that names a person by their role ("what did the minister say", "why did the judge refuse")
 * is about the person the story gives that role to. Sentences about them often use only their name
 * ("Okafor said…"), so a role word of the question also stands for the name of the one person the story
 * gives that role (the people registry's role holder), at a weight below the word itself.
 */
import { peopleOf } from '../analysis/people.ts';
import { isRoleWord } from '../analysis/speechLexicon.ts';
import type { Story } from '../story/story.ts';
import type { QueryTerm } from './queryTerms.ts';
import { isStopword, terms } from './tokenize.ts';

/** How much a role holder's name counts for the role word of a question. */
export const ROLE_NAME_WEIGHT = 0.9;

/**
 * Index terms of the name of the person a role word stands for in this story ("minister" → "okafor",
 * "ngozi"), empty when the word is no role or the story gives the role to nobody or several people.
 * `phrase` is the question's words before it, so a rank ("deputy", "former") must agree.
 */
export function roleNameTerms(story: Story, word: string, phrase: string): QueryTerm[] {
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
