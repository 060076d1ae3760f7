/** What to call an article that has no headline. */
import { pattern } from '../analysis/rules/pattern.ts';
import type { Sentence } from './types.ts';

/** "HOST: ", "SAMI HADDAD, BYLINE: ": the speaker label a transcript line opens with. */
const SPEAKER = /^\p{Lu}[\p{Lu}.'’ -]{1,40}(?:,\s*\p{Lu}[\p{Lu} ]{1,30})?:\s+/u;

/** "Good evening.", "Hello", "Thanks": a greeting, not what the article is about. */
const GREETING = pattern('^(?:good {dayPart}|hello|hi|welcome|thanks|thank you)\\b', 'i');

/**
 * What to show for an untitled article: its first substantive sentence, without a transcript's
 * speaker label and skipping greetings and self-introductions ("Good evening.", "I'm Ruth Adebayo").
 */
export function firstSubstantiveSentence(sentences: readonly Sentence[]): string | undefined {
  for (const sentence of sentences.slice(0, 12)) {
    const text = sentence.text.includes(':') ? sentence.text.replace(SPEAKER, '') : sentence.text;
    const words = text.split(/\s+/).length;
    if (words < 5) continue;
    if (GREETING.test(text) && words <= 8) continue;
    if (/^(?:I'm|I’m|I am|this is|we're|we’re|you're|you’re) /i.test(text) && /\b(?:this is|I'm|I’m|welcome|listening|watching|with me)\b/i.test(text) && words <= 20) continue;
    return text;
  }
  return sentences[0]?.text;
}
