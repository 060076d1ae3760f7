/**
 * Initials and the names they stand for, as the story writes them: "Harbour Minister" (HM), "Northfield
 * Water Board" (NWB), "Regional Transit Authority" (RTA). A question typed with the initials ("how long
 * has she been hm") also finds the sentences that spell the name out,
 * through the name's rarest word. Read from the story's own capitalised runs: nothing is listed by hand.
 */
import { perStory } from '../story/perStory.ts';
import type { Story } from '../story/story.ts';
import { terms } from './tokenize.ts';

/** A run of two to six capitalised words, with "of", "and", "for", "the" inside ("Department of State"). */
const CAPITALISED_RUN = /\b\p{Lu}[\p{Ll}’'-]+(?:\s+(?:(?:of|and|for|the|on|de)\s+)?\p{Lu}[\p{Ll}’'-]+){1,5}/gu;
const LINKING = new Set(['of', 'and', 'for', 'the', 'on', 'de']);
/** Longest sentence read (longer ones are read up to here): keeps the scan linear whatever is pasted. */
const MAX_SENTENCE = 2000;
/** At most this many sentences are read, evenly spread over a large story: names recur. */
const SAMPLE = 50_000;
/** At most this many initials are kept. */
const MAX_ENTRIES = 50_000;

/** Initials (lower case) → index terms of the name's words, rarest first. */
const acronymTable = perStory((story: Story): Map<string, string[]> => {
  const table = new Map<string, string[]>();
  const step = Math.max(1, Math.floor(story.sentences.length / SAMPLE));
  for (let i = 0; i < story.sentences.length && table.size < MAX_ENTRIES; i += step) {
    const sentence = story.sentences[i];
    const text = sentence.text.length > MAX_SENTENCE ? sentence.text.slice(0, MAX_SENTENCE) : sentence.text;
    for (const match of text.matchAll(CAPITALISED_RUN)) {
      // Every part of the run of two words or more: "Harbour Minister Adaeze Okonkwo" holds "Harbour
      // Minister" (HM) as well as the whole.
      const words = match[0].split(/\s+/).filter((w) => !LINKING.has(w));
      for (let from = 0; from < words.length - 1; from++) {
        for (let to = from + 2; to <= words.length; to++) {
          const part = words.slice(from, to);
          const initials = part.map((w) => w[0].toLowerCase()).join('');
          if (table.has(initials)) continue;
          const nameTerms = part.flatMap((w) => terms(w.toLowerCase())).filter((t) => story.index.has(t));
          if (nameTerms.length) table.set(initials, [...new Set(nameTerms)].sort((a, b) => story.index.documentFrequency(a) - story.index.documentFrequency(b)));
        }
      }
    }
  }
  return table;
});

/** Builds the table ahead of the first question (with the other search tables). */
export function prepareAcronyms(story: Story): void {
  acronymTable(story);
}

/**
 * The rarest word of the name a typed word abbreviates in this story ("fm" → "minist" for "First
 * Minister"), or undefined when the word is no initials of a name the story writes out.
 */
export function acronymTerm(story: Story, word: string): string | undefined {
  if (word.length < 2 || word.length > 6 || !/^[a-z]+$/.test(word)) return undefined;
  return acronymTable(story).get(word)?.[0];
}
