/**
 * Social posts pasted into an article ("Big day for the harbour today. Proud of the crews! — Jo Marsh
 * (@jomarsh) November 8, 2016"): the post's relative dates ("today") are the day of the
 * post its account line states, not the day of the article that quotes it a day later.
 */
import type { Article } from '../story/types.ts';
import { findCalendarDates } from './dateCalendar.ts';
import { validDay } from './dateMath.ts';

/** "— Name (@handle) March 3, 2024": an account line with the post's full date. */
const ACCOUNT_LINE = /[—–]\s*[^()—–]{1,60}\(@[A-Za-z0-9_]{1,30}\)\s+(?=\S)/u;
/** How many sentences before its account line a post may run. */
const POST_SENTENCES = 3;

/** The day of the post each sentence belongs to, by sentence index, for sentences of pasted posts. */
export function postDays(article: Article): Map<number, string> {
  const days = new Map<number, string>();
  article.sentences.forEach((sentence, position) => {
    const line = ACCOUNT_LINE.exec(sentence.text);
    // Only an account line that opens its sentence ends a post told in the sentences before it.
    if (!line || /\p{L}/u.test(sentence.text.slice(0, line.index))) return;
    const after = sentence.text.slice(line.index + line[0].length);
    const hit = findCalendarDates(after).find((h) => h.index === 0 && h.year !== undefined && h.day !== undefined);
    const day = hit && validDay(hit.year!, hit.month, hit.day!);
    if (!day) return;
    // The post's words: the sentences before the account line in its paragraph, back to another post.
    for (let k = position - 1; k >= 0 && k >= position - POST_SENTENCES; k--) {
      const before = article.sentences[k];
      if (before.paragraph !== sentence.paragraph || ACCOUNT_LINE.test(before.text) || days.has(before.index)) break;
      days.set(before.index, day);
    }
  });
  return days;
}
