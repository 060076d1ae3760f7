/**
 * Dates typed by a user (the /timeline `from` and `to` options): "2018-07-16", "2018-07", "2018",
 * "July 16 2018", "16 July 2018", "July 2018", "autumn 2018". Only dates that carry their year: there
 * is no publication date to resolve "Monday" against.
 */
import { dayDate, monthDate, validDay, yearDate, type ResolvedDate } from './dateMath.ts';
import { findDateMentions } from './dates.ts';

export class DateInputError extends Error {}

/** Reads a typed date; throws DateInputError with a reason a person can act on. */
export function parseUserDate(input: string): ResolvedDate {
  const text = input.trim().replace(/\s+/g, ' ');
  const day = /^(?<year>\d{4})-(?<month>\d{1,2})-(?<day>\d{1,2})$/.exec(text)?.groups;
  if (day) {
    const iso = validDay(+day.year, +day.month, +day.day);
    if (!iso) throw new DateInputError(`${text} is not a day of the calendar.`);
    return dayDate(iso);
  }
  const month = /^(?<year>\d{4})-(?<month>\d{1,2})$/.exec(text)?.groups;
  if (month) {
    if (+month.month < 1 || +month.month > 12) throw new DateInputError(`${text}: there is no month ${+month.month}.`);
    return monthDate(+month.year, +month.month);
  }
  if (/^\d{4}$/.test(text)) return yearDate(+text);
  const mentions = findDateMentions(text);
  const dated = mentions.filter((x) => x.date);
  if (dated.length === 1) {
    const found = dated[0];
    // The date must be most of what was typed ("July 16 2018", not "the week after July 16 2018 maybe").
    if (text.replace(found.expression, '').replace(/[\s,.]|^(?:on|in)\b/gi, '').length <= 3) return found.date!;
  }
  if (mentions.some((x) => !x.date)) throw new DateInputError(`“${text}” has no year; add one, e.g. 2018-07-16 or July 16 2018.`);
  throw new DateInputError(`“${text}” is not a date I can read; write it like 2018-07-16, July 16 2018, July 2018 or 2018.`);
}
