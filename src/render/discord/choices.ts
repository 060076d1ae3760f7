import type { APIApplicationCommandOptionChoice } from 'discord.js';
import type { Choice } from '../../commands/command.ts';
import { LIMITS } from './limits.ts';
import { truncateWords } from './truncate.ts';

/**
 * Autocomplete choices within Discord's limits: at most 25, names cut at a word to 100 characters,
 * and values longer than 100 characters left out (a cut value would ask a different question).
 * Duplicate values are shown once.
 */
export function toChoices(choices: readonly Choice[]): APIApplicationCommandOptionChoice<string>[] {
  const out: APIApplicationCommandOptionChoice<string>[] = [];
  const seen = new Set<string>();
  for (const choice of choices) {
    if (out.length >= LIMITS.choices) break;
    const value = typeof choice?.value === 'string' ? choice.value : '';
    if (!value.trim() || value.length > LIMITS.choiceValue || seen.has(value)) continue;
    const name = truncateWords(String(choice.name ?? '').replace(/\s+/g, ' ').trim() || value, LIMITS.choiceName);
    seen.add(value);
    out.push({ name, value });
  }
  return out;
}
