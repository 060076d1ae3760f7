/**
 * Calendar arithmetic on YYYY-MM-DD strings (UTC, no time of day) and the resolved-date values the
 * timeline works with. A resolved date keeps its granularity: a year is the whole year, not 1 January.
 */
import { MONTHS, WEEKDAYS } from './lexicon/calendar.ts';

export type Granularity = 'day' | 'week' | 'month' | 'quarter' | 'season' | 'year';

export interface ResolvedDate {
  /** First day covered, YYYY-MM-DD. */
  start: string;
  /** Last day covered, YYYY-MM-DD. */
  end: string;
  granularity: Granularity;
  /**
   * How people read it: "Mon 16 Jul 2018", "16–18 Jul 2018", "Week of 16 Jul 2018", "July 2018",
   * "Q3 2018", "Autumn 2018", "2016".
   */
  label: string;
}

export type Season = 'spring' | 'summer' | 'autumn' | 'winter';

const DAY_MS = 86_400_000;
/** Sunday first, as `weekdayOf` counts (from the lexicon). */
export const WEEKDAY_NAMES: readonly string[] = WEEKDAYS;
/** January first (from the lexicon). */
export const MONTH_NAMES: readonly string[] = MONTHS;

/** The days converted lately, both ways (a story names a few hundred days, converted again and again). */
const dayNumbers = new Map<string, number>();
const isoDays = new Map<number, string>();
const DAY_MEMO_SIZE = 65_536;

/** Days since 1970-01-01 for a YYYY-MM-DD string. */
export function dayNumber(iso: string): number {
  let day = dayNumbers.get(iso);
  if (day === undefined) {
    day = Math.round(Date.UTC(+iso.slice(0, 4), +iso.slice(5, 7) - 1, +iso.slice(8, 10)) / DAY_MS);
    if (dayNumbers.size >= DAY_MEMO_SIZE) dayNumbers.clear();
    dayNumbers.set(iso, day);
  }
  return day;
}

export function isoOfDay(day: number): string {
  let iso = isoDays.get(day);
  if (iso === undefined) {
    iso = new Date(day * DAY_MS).toISOString().slice(0, 10);
    if (isoDays.size >= DAY_MEMO_SIZE) isoDays.clear();
    isoDays.set(day, iso);
  }
  return iso;
}

export function isoOf(year: number, month: number, day: number): string {
  return isoOfDay(Math.round(Date.UTC(year, month - 1, day) / DAY_MS));
}

export function addDays(iso: string, days: number): string {
  return isoOfDay(dayNumber(iso) + days);
}

/** 0 = Sunday … 6 = Saturday. */
export function weekdayOf(iso: string): number {
  // 1970-01-01 was a Thursday.
  return (((dayNumber(iso) + 4) % 7) + 7) % 7;
}

export function yearOf(iso: string): number {
  return +iso.slice(0, 4);
}

export function monthOf(iso: string): number {
  return +iso.slice(5, 7);
}

export function lastDayOfMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Monday of the ISO week that contains the day. */
export function mondayOf(iso: string): string {
  return addDays(iso, -((weekdayOf(iso) + 6) % 7));
}

function shortDay(iso: string): string {
  return `${+iso.slice(8, 10)} ${MONTH_NAMES[monthOf(iso) - 1].slice(0, 3)} ${yearOf(iso)}`;
}

export function dayDate(iso: string): ResolvedDate {
  return { start: iso, end: iso, granularity: 'day', label: `${WEEKDAY_NAMES[weekdayOf(iso)].slice(0, 3)} ${shortDay(iso)}` };
}

/** "16–18 Jul 2024", "30 Jun–2 Jul 2024", "30 Dec 2024–2 Jan 2025". */
function dayRangeText(start: string, end: string): string {
  const [a, b] = [shortDay(start).split(' '), shortDay(end).split(' ')];
  if (a[2] !== b[2]) return `${a.join(' ')}–${b.join(' ')}`;
  if (a[1] !== b[1]) return `${a[0]} ${a[1]}–${b.join(' ')}`;
  return `${a[0]}–${b.join(' ')}`;
}

/** Several days named together ("July 16-18"): day granularity from the first to the last. */
export function dayRangeDate(start: string, end: string): ResolvedDate {
  if (start === end) return dayDate(start);
  return { start, end, granularity: 'day', label: dayRangeText(start, end) };
}

/** The night that starts on the evening of `evening` ("overnight"): both days, day granularity. */
export function nightDate(evening: string): ResolvedDate {
  const morning = addDays(evening, 1);
  return { start: evening, end: morning, granularity: 'day', label: `Night of ${dayRangeText(evening, morning)}` };
}

/** The Monday–Sunday week containing `iso`, optionally narrowed to part of it ("earlier this week"). */
export function weekDate(iso: string, part?: { start: string; end: string }): ResolvedDate {
  const monday = mondayOf(iso);
  const start = part?.start ?? monday;
  const end = part?.end ?? addDays(monday, 6);
  return { start, end, granularity: 'week', label: `Week of ${shortDay(monday)}` };
}

/** Saturday and Sunday of the weekend that ends the week of `saturday`. */
export function weekendDate(saturday: string): ResolvedDate {
  return { start: saturday, end: addDays(saturday, 1), granularity: 'week', label: `Weekend of ${shortDay(saturday)}` };
}

export function monthDate(year: number, month: number, part?: { start: string; end: string; prefix: string }): ResolvedDate {
  const name = `${MONTH_NAMES[month - 1]} ${year}`;
  return {
    start: part?.start ?? isoOf(year, month, 1),
    end: part?.end ?? isoOf(year, month, lastDayOfMonth(year, month)),
    granularity: 'month',
    label: part ? `${part.prefix} ${name}` : name,
  };
}

/** Months named together ("between March and May"): month granularity from the first to the last. */
export function monthRangeDate(fromYear: number, fromMonth: number, toYear: number, toMonth: number): ResolvedDate {
  if (fromYear === toYear && fromMonth === toMonth) return monthDate(fromYear, fromMonth);
  const first = monthDate(fromYear, fromMonth);
  const last = monthDate(toYear, toMonth);
  const label = fromYear === toYear ? `${MONTH_NAMES[fromMonth - 1]}–${last.label}` : `${first.label}–${last.label}`;
  return { start: first.start, end: last.end, granularity: 'month', label };
}

/** A calendar quarter: Q1 is January–March. */
export function quarterDate(year: number, quarter: number): ResolvedDate {
  const first = (quarter - 1) * 3 + 1;
  return { start: isoOf(year, first, 1), end: isoOf(year, first + 2, lastDayOfMonth(year, first + 2)), granularity: 'quarter', label: `Q${quarter} ${year}` };
}

/**
 * Meteorological seasons. In the northern hemisphere spring is March–May, summer June–August, autumn
 * September–November, winter December–February; in the southern hemisphere (`southern`) summer is
 * December–February, autumn March–May, winter June–August, spring September–November. The season that
 * spans the new year (winter in the north, summer in the south) has as its `year` the year of its
 * December.
 */
export function seasonDate(season: Season, year: number, southern = false): ResolvedDate {
  const name = season[0].toUpperCase() + season.slice(1);
  if (season === crossingSeason(southern)) {
    const endYear = year + 1;
    return {
      start: isoOf(year, 12, 1),
      end: isoOf(endYear, 2, lastDayOfMonth(endYear, 2)),
      granularity: 'season',
      label: `${name} ${year}–${String(endYear).slice(2)}`,
    };
  }
  const first = (southern ? SOUTHERN_START : NORTHERN_START)[season];
  return { start: isoOf(year, first, 1), end: isoOf(year, first + 2, lastDayOfMonth(year, first + 2)), granularity: 'season', label: `${name} ${year}` };
}

/** The month each season starts in. */
const NORTHERN_START: Record<Season, number> = { spring: 3, summer: 6, autumn: 9, winter: 12 };
const SOUTHERN_START: Record<Season, number> = { autumn: 3, winter: 6, spring: 9, summer: 12 };

/** The season that runs from December into the next year: winter in the north, summer in the south. */
export function crossingSeason(southern = false): Season {
  return southern ? 'summer' : 'winter';
}

/** The season instance (by its year) that contains a day. */
export function seasonYearContaining(season: Season, iso: string, southern = false): number | undefined {
  const year = yearOf(iso);
  for (const y of [year - 1, year]) {
    const s = seasonDate(season, y, southern);
    if (s.start <= iso && iso <= s.end) return y;
  }
  return undefined;
}

export function yearDate(year: number, part?: { start: string; end: string; prefix: string }): ResolvedDate {
  return {
    start: part?.start ?? isoOf(year, 1, 1),
    end: part?.end ?? isoOf(year, 12, 31),
    granularity: 'year',
    label: part ? `${part.prefix} ${year}` : String(year),
  };
}

/** A valid calendar day, or undefined (e.g. 31 February). */
export function validDay(year: number, month: number, day: number): string | undefined {
  if (month < 1 || month > 12 || day < 1 || day > lastDayOfMonth(year, month)) return undefined;
  return isoOf(year, month, day);
}

/** A stable key for a resolved date (used to group events). */
export function dateKey(date: ResolvedDate): string {
  return `${date.start}/${date.end}/${date.granularity}`;
}

const GRANULARITY_RANK: Record<Granularity, number> = { day: 0, week: 1, month: 2, quarter: 3, season: 3, year: 4 };

/** Orders dates by start, then the more precise first, then by end. */
export function compareDates(a: ResolvedDate, b: ResolvedDate): number {
  return a.start < b.start ? -1 : a.start > b.start ? 1 : GRANULARITY_RANK[a.granularity] - GRANULARITY_RANK[b.granularity] || (a.end < b.end ? -1 : a.end > b.end ? 1 : 0);
}

/** True when `outer` covers all of `inner` and is less precise. */
export function contains(outer: ResolvedDate, inner: ResolvedDate): boolean {
  return outer.start <= inner.start && inner.end <= outer.end && GRANULARITY_RANK[outer.granularity] > GRANULARITY_RANK[inner.granularity];
}
