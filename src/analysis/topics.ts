import { boundedLevenshtein } from '../search/editDistance.ts';
import type { Choice } from '../commands/command.ts';
import { isStopword } from '../search/tokenize.ts';
import { perStory } from '../story/perStory.ts';
import type { Story } from '../story/story.ts';

/**
 * Topics to suggest while someone types an `about` option: the names the story uses (runs of
 * capitalised words: "Aspen Security Forum", "Robert Mueller") and its common content words ("summit",
 * "invitation"), most frequent first. Built from the story's own text, once per story.
 */
export interface Topic {
  name: string;
  /** In how many sentences it appears. */
  sentences: number;
}

const MAX_TOPICS = 400;
const MAX_CHOICES = 25;
const CAPITALISED_RUN = /\p{Lu}[\p{L}'’.-]*(?:\s+(?:of|the|for|and|de|van|von|al)?\s*\p{Lu}[\p{L}'’.-]*)*/gu;
const WORD = /\p{L}[\p{L}'’-]{3,}/gu;

function buildTopics(story: Story): Topic[] {
  const counts = new Map<string, { name: string; sentences: number }>();
  const add = (name: string, seen: Set<string>) => {
    const key = name.toLowerCase();
    if (seen.has(key)) return;
    seen.add(key);
    const entry = counts.get(key);
    if (entry) entry.sentences++;
    else counts.set(key, { name, sentences: 1 });
  };
  for (const sentence of story.sentences) {
    const seen = new Set<string>();
    const text = sentence.text;
    for (const match of text.matchAll(CAPITALISED_RUN)) {
      const words = match[0].replace(/[.\s]+$/, '').split(/\s+/);
      // "The White House" is "White House"; "Robert Mueller's Russia" ends at the possessive.
      while (words.length > 1 && isStopword(words[0].toLowerCase())) words.shift();
      const possessive = words.findIndex((w) => /[’']s$/.test(w));
      if (possessive >= 0) words.splice(possessive + 1);
      const name = words.join(' ').replace(/[’']s$/, '');
      // A lone capitalised word that opens the sentence is just grammar ("The", "Although").
      if (words.length === 1 && (match.index === 0 || isStopword(name.toLowerCase()))) continue;
      if (name.length < 3 || name.length > 100) continue;
      add(name, seen);
    }
    for (const match of text.matchAll(WORD)) {
      const word = match[0].toLowerCase().replace(/[’']s$/, '');
      if (match[0] !== word && /^\p{Lu}/u.test(match[0])) continue;
      if (isStopword(word)) continue;
      add(word, seen);
    }
  }
  return [...counts.values()]
    .filter((t) => t.sentences >= 2 || /\s/.test(t.name))
    .sort((a, b) => b.sentences - a.sentences || a.name.localeCompare(b.name))
    .slice(0, MAX_TOPICS);
}

export const topicsOf: (story: Story) => Topic[] = perStory(buildTopics);

/**
 * Autocomplete choices for a topic: those with a word starting with what was typed, then those within
 * one typo of it (for 4+ letters), most frequent first; at most 25, each at most 100 characters.
 */
export function topicChoices(story: Story, typed: string): Choice[] {
  const query = typed.normalize('NFKC').toLowerCase().replace(/\s+/g, ' ').trim().slice(0, 100);
  const topics = topicsOf(story);
  const chosen: Topic[] = [];
  if (!query) chosen.push(...topics.filter((t) => /\s/.test(t.name) || /^\p{Lu}/u.test(t.name)).slice(0, MAX_CHOICES));
  else {
    const lower = (t: Topic) => t.name.toLowerCase();
    const startsWord = (t: Topic) => lower(t).startsWith(query) || lower(t).includes(' ' + query);
    chosen.push(...topics.filter(startsWord));
    if (chosen.length < MAX_CHOICES && query.length >= 4) {
      const close = topics.filter((t) => !chosen.includes(t) && lower(t).split(' ').some((w) => boundedLevenshtein(w.slice(0, query.length + 1), query, 2) <= 1 || boundedLevenshtein(w, query, 2) <= 1));
      chosen.push(...close);
    }
  }
  return chosen.slice(0, MAX_CHOICES).map((t) => ({ name: t.name, value: t.name }));
}
