import type { Command, CommandOptions, OptionSpec } from '../../src/commands/command.ts';
import type { Story } from '../../src/story/story.ts';
import { isStopword, words } from '../../src/search/tokenize.ts';

/**
 * Representative options for any command on any story, built from the story itself (no list tuned to
 * one story): questions made of the content words of evenly spaced sentences, names (capitalised
 * word runs), the articles' dates, the command's own autocomplete suggestions, and one query that
 * matches nothing (the slowest path of a search: suggestions).
 */
export async function optionSets(command: Command, story: Story, count = 8): Promise<CommandOptions[]> {
  const sets: CommandOptions[] = [];
  if (!command.options.some((o) => o.required)) sets.push({});
  for (const option of command.options) {
    for (const value of await valuesFor(command, option, story, count)) {
      const set: CommandOptions = { [option.name]: value };
      // Fill the other required options with their first value.
      for (const other of command.options) {
        if (other !== option && other.required) set[other.name] = (await valuesFor(command, other, story, 1))[0];
      }
      sets.push(set);
    }
  }
  return sets;
}

async function valuesFor(command: Command, option: OptionSpec, story: Story, count: number): Promise<string[]> {
  const values: string[] = [];
  if (option.autocomplete && command.autocomplete) {
    for (const typed of ['', ...names(story, 2).map((n) => n.slice(0, 3))]) {
      for (const choice of (await command.autocomplete(story, option.name, typed)).slice(0, 3)) values.push(choice.value);
    }
  }
  const name = option.name.toLowerCase();
  if (/date|day|when|from|to|since|until/.test(name)) values.push(...dates(story).slice(0, count));
  else if (/person|who|name|speaker|people/.test(name)) values.push(...names(story, count));
  else values.push(...questions(story, count), 'zymurgy quixotic xylophones');
  const max = option.maxLength ?? 100;
  return [...new Set(values)].map((v) => v.slice(0, max)).slice(0, count + 4);
}

/** Short questions from the content words of evenly spaced sentences. */
export function questions(story: Story, count: number): string[] {
  const out: string[] = [];
  const step = Math.max(1, Math.floor(story.sentences.length / count));
  const forms = ['who {}', 'what happened {}', '{}', 'when {}'];
  for (let i = Math.floor(step / 2); i < story.sentences.length && out.length < count; i += step) {
    const content = words(story.sentences[i].text).filter((w) => w.length > 3 && !isStopword(w));
    const picked = [...new Set(content)].sort((a, b) => b.length - a.length).slice(0, 1 + (out.length % 3));
    if (picked.length) out.push(forms[out.length % forms.length].replace('{}', picked.join(' ')));
  }
  return out;
}

/** The most frequent runs of capitalised words that do not open a sentence. */
export function names(story: Story, count: number): string[] {
  const counts = new Map<string, number>();
  for (const sentence of story.sentences) {
    for (const match of sentence.text.matchAll(/(?<=\s)\p{Lu}\p{Ll}+(?:\s\p{Lu}\p{Ll}+)*/gu)) {
      counts.set(match[0], (counts.get(match[0]) ?? 0) + 1);
    }
  }
  return [...counts.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).slice(0, count).map(([n]) => n);
}

function dates(story: Story): string[] {
  return [...new Set(story.articles.map((a) => a.meta.published).filter((d): d is string => !!d))];
}
