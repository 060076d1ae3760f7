/**
 * Calendar days written out in the text ("February 28", "on March 18", "Dec. 5, 2017", "3/14"), found
 * by chrono-node's strict parser (its casual one also reads "now", "may", "march"; months alone are
 * matched by a rule in dates.ts). chrono finds and reads them; which year an undated "March 18" means is
 * decided here, with the same past bias as weekdays. Weekdays and relative words are left to the
 * rules in dates.ts, which know more about news than chrono does.
 */
import * as chrono from 'chrono-node/en';
import { dayDate, monthDate, MONTH_NAMES, validDay, yearOf, type ResolvedDate } from './dateMath.ts';

export interface CalendarHit {
  index: number;
  text: string;
  month: number;
  day?: number;
  year?: number;
}

const MONTH_WORD = /\b(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b/;
const NUMERIC_DATE = /\b\d{1,2}\/\d{1,2}(?:\/\d{2,4})?\b|\b\d{4}-\d{2}-\d{2}\b/;
/** Any fixed reference instant: a hit is kept only for what the text itself says (month, day, year). */
const REFERENCE = { instant: new Date(Date.UTC(2000, 0, 1, 12)), timezone: 0 };

/** Calendar days in a sentence, with only the parts the text states. */
export function findCalendarDates(text: string): CalendarHit[] {
  if (!MONTH_WORD.test(text) && !NUMERIC_DATE.test(text)) return [];
  const hits: CalendarHit[] = [];
  for (const result of chrono.strict.parse(text, REFERENCE)) {
    const known = result.start;
    if (!known.isCertain('month')) continue;
    const month = known.get('month');
    if (!month) continue;
    if (!known.isCertain('day')) continue;
    const day = known.get('day') ?? undefined;
    const year = known.isCertain('year') ? (known.get('year') ?? undefined) : undefined;
    const chronoText = result.text;
    // "now", "tonight": chrono's casual words are handled (with publication dates) in dates.ts.
    if (!MONTH_WORD.test(chronoText) && !NUMERIC_DATE.test(chronoText)) continue;
    hits.push({ index: result.index, text: chronoText, month, day, year });
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
export function resolveCalendar(hit: CalendarHit, published: string | undefined, future: boolean, past = true): ResolvedDate | undefined {
  const { month, day } = hit;
  if (hit.year !== undefined) {
    if (day === undefined) return monthDate(hit.year, month);
    const iso = validDay(hit.year, month, day);
    return iso ? dayDate(iso) : undefined;
  }
  if (!published) return undefined;
  const pubYear = yearOf(published);
  const candidates = [pubYear - 1, pubYear, pubYear + 1]
    .map((year) => (day === undefined ? monthDate(year, month) : validDay(year, month, day) && dayDate(validDay(year, month, day)!)))
    .filter((d): d is ResolvedDate => !!d);
  const next = candidates.find((d) => d.end >= published);
  if (future) return next;
  const last = [...candidates].reverse().find((d) => d.start <= published);
  if (past || !next || !last || next === last) return last ?? next;
  const ahead = daysBetween(published, next.start);
  const behind = daysBetween(last.end, published);
  return ahead < behind && ahead <= NEAR_FUTURE_DAYS ? next : last;
}

/** "18 March, year unknown" / "March, year unknown". */
export function unresolvedCalendarLabel(hit: CalendarHit): string {
  const name = MONTH_NAMES[hit.month - 1];
  return `${hit.day !== undefined ? `${hit.day} ${name}` : name}, year unknown`;
}

function daysBetween(fromIso: string, toIso: string): number {
  return (Date.parse(toIso + 'T00:00:00Z') - Date.parse(fromIso + 'T00:00:00Z')) / 86_400_000;
}
