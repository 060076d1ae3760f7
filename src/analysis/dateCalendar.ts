/**
 * Calendar days written out in the text ("February 28", "on March 18", "Dec. 5, 2017", "3/14"), found
 * by chrono-node's strict parser (its casual one also reads "now", "may", "march"; months alone are
 * matched by a rule in dates.ts). chrono finds and reads them; which year an undated "March 18" means is
 * decided here, with the same past bias as weekdays. Weekdays and relative words are left to the
 * rules in dates.ts, which know more about news than chrono does.
 */
import { createRequire } from 'node:module';
import type * as ChronoEn from 'chrono-node/en';
import { pattern } from './rules/pattern.ts';
import { dayDate, dayNumber, dayRangeDate, monthDate, MONTH_NAMES, validDay, weekdayOf, yearOf, type ResolvedDate } from './dateMath.ts';

/**
 * chrono-node's English parser, loaded on the first sentence that names a month (its import costs
 * tens of milliseconds at start-up, for a command few invocations use). Loaded through `require`
 * so the first analysis stays synchronous.
 */
let chronoEn: typeof ChronoEn | undefined;
function chrono(): typeof ChronoEn {
  chronoEn ??= createRequire(import.meta.url)('chrono-node/en') as typeof ChronoEn;
  return chronoEn;
}

/** A calendar date as the text writes it: only the parts it states. */
export interface CalendarDate {
  index: number;
  text: string;
  month: number;
  day?: number;
  year?: number;
  /** The last day of a range ("July 16-18", "Dec. 30-Jan. 2"), when the text names one. */
  end?: { month: number; day: number; year?: number };
  /** The weekday the text names with the date ("Saturday 16th March"): 0 = Sunday … 6 = Saturday. */
  weekday?: number;
  /** A numeric date whose day and month could be either way round ("01/03/2024") with no way to tell. */
  orderUnknown?: boolean;
}

/** A calendar date found in a sentence, with what read it. */
export interface CalendarHit extends CalendarDate {
  /** `date.calendar.numeric`, `date.calendar.range`, `date.calendar.day-month` or `date.calendar.month-day`. */
  rule: string;
}

export interface CalendarOptions {
  /**
   * How the article writes numeric dates: true for day first ("25/03/2024", British and European),
   * false for month first (American); undefined when the article gives no evidence either way.
   */
  dayFirst?: boolean;
}

/** "01/03/2024", "1.3.2024", "3/14": a numeric date, its two leading numbers and its year. */
const NUMERIC_PARTS = /^(?:(?:Mon|Tues?|Wed(?:nes)?|Thu(?:rs)?|Fri|Sat(?:ur)?|Sun)(?:day)?,?\s+|on\s+)*(?<first>\d{1,2})(?<separator>[/.])(?<second>\d{1,2})(?:\k<separator>(?<year>\d{4}|\d{2}))?$/i;

/**
 * Day and month of a numeric date: a number above 12 can only be the day; otherwise the article's
 * convention decides, then the weekday named with it; with neither, the order stays unknown.
 */
function numericOrder(text: string, weekday: number | undefined, options: CalendarOptions): { month: number; day: number; year?: number; orderUnknown?: boolean } | undefined {
  const m = NUMERIC_PARTS.exec(text.trim())?.groups;
  if (!m) return undefined;
  const a = Number(m.first);
  const b = Number(m.second);
  const year = m.year ? (m.year.length === 2 ? 2000 + Number(m.year) : Number(m.year)) : undefined;
  if (a > 12 && b <= 12) return { day: a, month: b, year };
  if (b > 12 && a <= 12) return { month: a, day: b, year };
  if (a === b) return { month: a, day: b, year };
  if (weekday !== undefined && year !== undefined) {
    const fits = [
      { day: a, month: b },
      { month: a, day: b },
    ].filter((r) => {
      const iso = validDay(year, r.month, r.day);
      return iso && weekdayOf(iso) === weekday;
    });
    if (fits.length === 1) return { ...fits[0], year };
  }
  if (options.dayFirst === true) return { day: a, month: b, year };
  if (options.dayFirst === false) return { month: a, day: b, year };
  return { month: a, day: b, year, orderUnknown: true };
}

const MONTH_WORD = pattern('\\b(?:{month}|{monthAbbreviation})\\b', '');
/** "3/14", "14/03/2024", and ISO dates, also as the start of a timestamp ("2024-03-05T14:30Z"). */
const NUMERIC_DATE = /\b\d{1,2}\/\d{1,2}(?:\/\d{2,4})?\b|\b\d{4}-\d{2}-\d{2}(?![\d-])/;
/** Any fixed reference instant: a hit is kept only for what the text itself says (month, day, year). */
const REFERENCE = { instant: new Date(Date.UTC(2000, 0, 1, 12)), timezone: 0 };

/** "on 5 March", "Tuesday 5th March": the day is written before the month. */
function dayFirstIn(text: string): boolean {
  const digit = text.search(/\d/);
  return digit >= 0 && digit < text.search(MONTH_WORD);
}

/** Calendar days in a sentence, with only the parts the text states. */
export function findCalendarDates(text: string, options: CalendarOptions = {}): CalendarHit[] {
  if (!MONTH_WORD.test(text) && !NUMERIC_DATE.test(text)) return [];
  const hits: CalendarHit[] = [];
  for (const result of chrono().strict.parse(text, REFERENCE)) {
    const known = result.start;
    if (!known.isCertain('month')) continue;
    let month = known.get('month');
    if (!month) continue;
    if (!known.isCertain('day')) continue;
    let day = known.get('day') ?? undefined;
    let year = known.isCertain('year') ? (known.get('year') ?? undefined) : undefined;
    const weekday = known.isCertain('weekday') ? (known.get('weekday') ?? undefined) : undefined;
    const chronoText = result.text;
    // chrono reads "01/03/2024" month first; the article's own convention decides instead.
    const numeric = numericOrder(chronoText, weekday, options);
    if (numeric) {
      ({ month, day, year } = numeric);
      hits.push({ rule: 'date.calendar.numeric', index: result.index, text: chronoText.trim(), month, day, year, ...(weekday !== undefined ? { weekday } : {}), ...(numeric.orderUnknown ? { orderUnknown: true } : {}) });
      continue;
    }
    // "now", "tonight": chrono's casual words are handled (with publication dates) in dates.ts.
    if (!MONTH_WORD.test(chronoText) && !NUMERIC_DATE.test(chronoText)) continue;
    const last = result.end;
    const end =
      day !== undefined && last?.isCertain('day') && last.get('day')
        ? { month: last.get('month') ?? month, day: last.get('day')!, year: last.isCertain('year') ? (last.get('year') ?? undefined) : undefined }
        : undefined;
    hits.push({ rule: end ? 'date.calendar.range' : dayFirstIn(chronoText) ? 'date.calendar.day-month' : 'date.calendar.month-day', index: result.index, text: chronoText.trim(), month, day, year, ...(end ? { end } : {}), ...(weekday !== undefined ? { weekday } : {}) });
  }
  return hits;
}

/** How far from publication an undated "April 2" may be read as coming up rather than past. */
const NEAR_FUTURE_DAYS = 183;

/**
 * Resolves a calendar hit against a publication date: the next instance when the sentence looks
 * forward; the last one when it is plainly in the past; otherwise the nearer of the two, so "the
 * council meets on April 2" in an article of 15 March is this April, not last year's.
 */
export function resolveCalendar(hit: CalendarDate, published: string | undefined, future: boolean, past = true): ResolvedDate | undefined {
  const { month, day } = hit;
  if (hit.orderUnknown) return undefined;
  if (hit.year !== undefined) return withEnd(hit, hit.year);
  if (!published) return undefined;
  const pubYear = yearOf(published);
  const candidates = [pubYear - 1, pubYear, pubYear + 1]
    .map((year) => (day === undefined ? monthDate(year, month) : withEnd(hit, year)))
    .filter((d): d is ResolvedDate => !!d);
  // "Saturday 16th March": the year in which that day is a Saturday, when one of them is.
  if (hit.weekday !== undefined && day !== undefined) {
    const fitting = candidates.filter((d) => weekdayOf(d.start) === hit.weekday);
    if (fitting.length === 1) return fitting[0];
  }
  return pickInstance(candidates, published, future, past);
}

/** Longest span a day range may cover ("July 16-18"); anything longer is read as its first day. */
const MAX_RANGE_DAYS = 62;

/** The hit in a given year: its day, its month, or its range of days. */
function withEnd(hit: CalendarDate, year: number): ResolvedDate | undefined {
  if (hit.day === undefined) return monthDate(year, hit.month);
  const start = validDay(year, hit.month, hit.day);
  if (!start) return undefined;
  if (!hit.end) return dayDate(start);
  const endYear = hit.end.year ?? (hit.end.month < hit.month ? year + 1 : year);
  const end = validDay(endYear, hit.end.month, hit.end.day);
  if (!end || end < start || dayNumber(end) - dayNumber(start) > MAX_RANGE_DAYS) return dayDate(start);
  return dayRangeDate(start, end);
}

/**
 * Which of several instances of a date without a year (one a year, in order) the sentence means: the
 * next one when it looks forward; the last one when it is plainly in the past; otherwise the nearer of
 * the two, so "the council meets on April 2" in an article of 15 March is this April.
 */
export function pickInstance(candidates: readonly ResolvedDate[], published: string, future: boolean, past: boolean): ResolvedDate | undefined {
  const next = candidates.find((d) => d.end >= published);
  if (future) return next;
  const last = [...candidates].reverse().find((d) => d.start <= published);
  if (past || !next || !last || next === last) return last ?? next;
  const ahead = daysBetween(published, next.start);
  const behind = daysBetween(last.end, published);
  return ahead < behind && ahead <= NEAR_FUTURE_DAYS ? next : last;
}

/** "18 March, year unknown" / "March, year unknown". */
export function unresolvedCalendarLabel(hit: CalendarDate): string {
  if (hit.orderUnknown) return `${hit.text}, day and month order unknown`;
  const name = MONTH_NAMES[hit.month - 1];
  return `${hit.day !== undefined ? `${hit.day} ${name}` : name}, year unknown`;
}

function daysBetween(fromIso: string, toIso: string): number {
  return (Date.parse(toIso + 'T00:00:00Z') - Date.parse(fromIso + 'T00:00:00Z')) / 86_400_000;
}
