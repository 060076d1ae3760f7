/**
 * Dates written as spans of other dates, joined after the single expressions are found:
 * - "the week of March 9": the Monday–Sunday week that holds the day (week granularity);
 * - "from Friday through Jan. 12", "between 2017 and 2019", "from Friday, Dec. 19 through Sunday,
 *   Dec. 21": one mention from the first date to the second, at the finer of the two granularities;
 * - "October 7 and 8": two days of one month named together, one day span.
 * A span that would run backwards is not a span: its ends stay two mentions.
 */
import { addDays, dayDate, dayRangeDate, isoOf, lastDayOfMonth, mondayOf, monthOf, weekDate, yearOf, type ResolvedDate } from './dateMath.ts';
import type { DateMention } from './dates.ts';
import { speaksOfPast } from './dateTense.ts';
import { pattern } from './rules/pattern.ts';

const WEEK_OF = /\b(?:the\s+)?week\s+(?:of|beginning|starting|commencing)\s+$/i;
/** Words between the two ends of a span. */
const JOIN = /^,?\s*(?:through|thru|to|until|till|and|-|–|—)\s*$/i;
/** A word that opens a span, ending the text before a date (spaces after it): "from", "between", "runs". */
const OPENER_WORD = /\b(?:from|between|runs?|running|open|opens)$/i;

/**
 * Where the span's opening word starts when the text before `index` ends with one and then spaces (what
 * /\b(?:from|…)\s+$/i finds), read on the last few characters, not on the whole text before every date.
 */
function openerBefore(text: string, index: number): { index: number } | null {
  let end = index;
  while (end > 0 && /\s/.test(text[end - 1])) end--;
  if (end === index) return null;
  // The longest word is 7 letters: 3 more characters tell whether it starts a word.
  const from = Math.max(0, end - 10);
  const word = OPENER_WORD.exec(text.slice(from, end));
  return word ? { index: from + word.index } : null;
}
const BARE_WEEKDAY = pattern('^(?:on\\s+)?{weekday}$', 'i');
/** "and 8" after "October 7": the second day, then a break or a function word. */
const SECOND_DAY = /^\s+(?:and|&)\s+(?<day>\d{1,2})(?:st|nd|rd|th)?\b(?![-–:.,/]?\d)(?=\s*(?:[,.;:)—–]|$|(?:in|at|on|and|with|when|to|for|from|at|,)\b))/i;

/** "9 & " before "10 November": the first day of a pair written day first, after a word that introduces a date. */
const FIRST_DAY = /(?:^|\b(?:on|from|between|the|until|till|by|and)\s+)(?<day>\d{1,2})(?:st|nd|rd|th)?\s+(?:and|&)\s+$/i;

const granularityRank = { day: 0, week: 1, month: 2, quarter: 3, season: 3, year: 4 } as const;

function spanOf(first: ResolvedDate, last: ResolvedDate): ResolvedDate | undefined {
  if (last.end < first.start) return undefined;
  if (first.granularity === 'day' && last.granularity === 'day') return dayRangeDate(first.start, last.end);
  if (first.granularity === 'year' && last.granularity === 'year') {
    const from = yearOf(first.start);
    const to = yearOf(last.end);
    return { start: first.start, end: last.end, granularity: 'year', label: `${from}–${to}` };
  }
  const granularity = granularityRank[first.granularity] <= granularityRank[last.granularity] ? first.granularity : last.granularity;
  return { start: first.start, end: last.end, granularity, label: `${first.label} – ${last.label}` };
}

function isPlainDay(m: DateMention): boolean {
  return !!m.date && m.date.granularity === 'day' && m.date.start === m.date.end && !m.clock;
}

/** Joins spans in one sentence's mentions (in order of position). */
export function joinSpans(text: string, mentions: DateMention[], published?: string): DateMention[] {
  const out: DateMention[] = [];
  for (let i = 0; i < mentions.length; i++) {
    let m = mentions[i];
    // "the week of March 9"
    if (isPlainDay(m)) {
      const before = WEEK_OF.exec(text.slice(0, m.index));
      if (before) {
        const monday = mondayOf(m.date!.start);
        m = { ...m, rule: 'date.span.week-of', index: before.index, expression: text.slice(before.index, m.index + m.expression.length), date: weekDate(monday), yearless: undefined };
      }
    }
    // "October 7 and 8"
    if (isPlainDay(m) && /\d$/.test(m.expression)) {
      const second = SECOND_DAY.exec(text.slice(m.index + m.expression.length));
      const start = m.date!.start;
      const day = second ? Number(second.groups!.day) : 0;
      if (second && day > Number(start.slice(8)) && day <= lastDayOfMonth(yearOf(start), monthOf(start))) {
        const end = isoOf(yearOf(start), monthOf(start), day);
        m = { ...m, rule: 'date.span.day-pair', expression: m.expression + second[0].replace(/\s+$/, ''), date: dayRangeDate(start, end), yearless: undefined };
      }
    }
    // "9 & 10 November", "on the 9th and 10th November": the first day of a day-first pair, before it.
    if (isPlainDay(m) && /^\d/.test(m.expression)) {
      const first = FIRST_DAY.exec(text.slice(0, m.index));
      const start = m.date!.start;
      const day = first ? Number(first.groups!.day) : 0;
      if (first && day >= 1 && day < Number(start.slice(8))) {
        const from = first.index + first[0].indexOf(first.groups!.day);
        // "the 9th" read on its own is now the span's first day.
        while (out.length && out[out.length - 1].index + out[out.length - 1].expression.length > from) out.pop();
        m = { ...m, rule: 'date.span.day-pair-day-first', index: from, expression: text.slice(from, m.index + m.expression.length), date: dayRangeDate(isoOf(yearOf(start), monthOf(start), day), start), yearless: undefined };
      }
    }
    // "from Friday through Jan. 12", "between 2017 and 2019"
    const next = mentions[i + 1];
    const between = next ? text.slice(m.index + m.expression.length, next.index) : '';
    // The opener is looked for only when the rest holds: the end-anchored pattern reads the whole text before
    // the mention, so asking it for every mention of a long sentence of dates read that sentence over and over.
    const opener =
      next && m.date && next.date && !m.clock && !next.clock && m.anchor === undefined && next.anchor === undefined && JOIN.test(between)
        ? (openerBefore(text, m.index) ?? (/^(?:from|between)\b/i.test(m.expression) ? { index: m.index } : null))
        : null;
    if (next && m.date && next.date && opener) {
      const usable = /\band\b/i.test(between) ? /\bbetween\b/i.test(text.slice(opener.index, m.index + m.expression.length)) : true;
      let first = m.date;
      // A bare weekday that opens a span running past publication is the coming one, unless the
      // sentence is plainly in the past ("runs from Friday through Jan. 12").
      if (published && BARE_WEEKDAY.test(m.expression.replace(/^from\s+/i, '')) && first.start < published && next.date.end > published && !speaksOfPast(text, m.index)) {
        first = dayDate(addDays(first.start, 7));
      }
      const span = usable ? spanOf(first, next.date) : undefined;
      if (span) {
        const start = /^(?:from|between)\b/i.test(m.expression) ? m.index : m.index;
        out.push({ ...m, rule: 'date.span.range', index: start, expression: text.slice(start, next.index + next.expression.length), date: span, yearless: undefined, names: undefined, future: m.future || next.future });
        i++;
        continue;
      }
    }
    out.push(m);
  }
  return out;
}
