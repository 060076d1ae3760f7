/**
 * Dates told by looking back from the day of publication, as anniversaries and features do ("Fifty
 * years ago this week", "On this day in 1974", "This time last year", "a century ago"), fixed-date
 * holidays ("since Christmas", "on New Year's Eve"), a weekday with a day of the month ("Friday the
 * 24th"), "in the new year", and a season that is the subject of a past-tense sentence ("Spring was
 * wet", "The winter wave was worse"). Decades ("the 1980s") are deliberately not dates here: a decade
 * is too coarse for a timeline entry and is left out.
 */
import { pickInstance } from './dateCalendar.ts';
import { dayDate, monthDate, monthOf, validDay, weekDate, weekdayOf, WEEKDAY_NAMES, yearDate, yearOf, type ResolvedDate } from './dateMath.ts';

export interface RecallResolution {
  date?: ResolvedDate;
  unresolved?: string;
}

export interface RecallRule {
  id: string;
  pattern: RegExp;
  priority?: number;
  resolve(m: RegExpMatchArray, published: string | undefined, future: boolean, past: boolean): RecallResolution | undefined;
}

const UNITS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
const TENS: Record<string, number> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };
/** "fifty", "twenty-five", "a hundred", "100", "half a". */
const BIG_NUMBER = `(half a|(?:a|one) hundred|(?:${Object.keys(TENS).join('|')})(?:[\\s-](?:${Object.keys(UNITS).slice(3, 12).join('|')}))?|${Object.keys(UNITS).join('|')}|\\d{1,3})`;

function bigNumber(text: string): number {
  const t = text.toLowerCase().trim();
  if (/^\d+$/.test(t)) return Number(t);
  if (t === 'half a') return 0.5;
  if (/hundred$/.test(t)) return 100;
  const [tens, unit] = t.split(/[\s-]/);
  if (tens in TENS) return TENS[tens] + (unit ? UNITS[unit] : 0);
  return UNITS[t] ?? NaN;
}

/** The same day `years` years before (a 29 February lands on the 28th). */
function yearsBefore(iso: string, years: number): string {
  const y = yearOf(iso) - years;
  return validDay(y, monthOf(iso), Number(iso.slice(8, 10))) ?? validDay(y, monthOf(iso), 28)!;
}

const unknown = (m: RegExpMatchArray) => ({ unresolved: `“${m[0]}”, date unknown` });

/** "Fifty years ago this week", "a century ago", "ten years ago today", "a decade ago". */
function resolveAgo(m: RegExpMatchArray, published: string | undefined): RecallResolution | undefined {
  if (!published) return unknown(m);
  const unit = m[2].toLowerCase();
  const years = bigNumber(m[1]) * (unit.startsWith('centur') ? 100 : unit.startsWith('decade') ? 10 : 1);
  if (!Number.isInteger(years) || years <= 0) return undefined;
  const day = yearsBefore(published, years);
  const when = (m[3] ?? '').toLowerCase();
  if (when === 'today' || when === 'to the day') return { date: dayDate(day) };
  if (when === 'this week') return { date: weekDate(day) };
  if (when === 'this month') return { date: monthDate(yearOf(day), monthOf(day)) };
  return { date: yearDate(yearOf(day)) };
}

/** "On this day in 1974", "this week in 1999", "this month in 1969": the publication day's place in that year. */
function resolveThisDayIn(m: RegExpMatchArray, published: string | undefined): RecallResolution | undefined {
  const year = Number(m[2]);
  if (!published) return { unresolved: `${m[1][0].toUpperCase()}${m[1].slice(1)} in ${year}, day unknown` };
  const day = yearsBefore(published, yearOf(published) - year);
  const unit = m[1].toLowerCase();
  if (unit === 'week') return { date: weekDate(day) };
  if (unit === 'month') return { date: monthDate(year, monthOf(day)) };
  return { date: dayDate(day) };
}

/** "This time last year": the week of the same date a year before (or after). */
function resolveThisTime(m: RegExpMatchArray, published: string | undefined): RecallResolution {
  if (!published) return unknown(m);
  return { date: weekDate(yearsBefore(published, /last/i.test(m[1]) ? 1 : -1)) };
}

/** Fixed-date holidays: month and day. */
const HOLIDAYS: Record<string, [number, number]> = {
  'christmas eve': [12, 24], christmas: [12, 25], 'christmas day': [12, 25], 'boxing day': [12, 26], "new year's eve": [12, 31],
  "new year's day": [1, 1], "valentine's day": [2, 14], halloween: [10, 31],
};

function resolveHoliday(m: RegExpMatchArray, published: string | undefined, future: boolean, past: boolean): RecallResolution | undefined {
  const name = m[2].toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ');
  const [month, day] = HOLIDAYS[name] ?? [];
  if (!month) return undefined;
  if (!published) return { unresolved: `${m[2]}, year unknown` };
  const pubYear = yearOf(published);
  const candidates = [pubYear - 1, pubYear, pubYear + 1].map((y) => dayDate(validDay(y, month, day)!));
  const which = (m[1] ?? '').toLowerCase();
  if (which === 'last') return { date: [...candidates].reverse().find((d) => d.end < published) };
  if (which === 'next') return { date: candidates.find((d) => d.start > published) };
  if (which === 'this') return { date: candidates[1] };
  return { date: pickInstance(candidates, published, future, past) };
}

/** "Friday the 24th", "on Tuesday, the 3rd": the day of this, the last or the next month that is that weekday. */
function resolveWeekdayOrdinal(m: RegExpMatchArray, published: string | undefined, future: boolean, past: boolean): RecallResolution | undefined {
  const weekday = WEEKDAY_NAMES.indexOf(m[1]);
  const day = Number(m[2]);
  if (!published) return { unresolved: `${m[1]} the ${day}${m[3]}, month unknown` };
  const total = yearOf(published) * 12 + monthOf(published) - 1;
  const candidates = [total - 2, total - 1, total, total + 1, total + 2]
    .map((t) => validDay(Math.floor(t / 12), (t % 12) + 1, day))
    .filter((iso): iso is string => !!iso && weekdayOf(iso) === weekday)
    .map(dayDate);
  if (!candidates.length) return undefined;
  return { date: pickInstance(candidates, published, future, past) ?? candidates[0] };
}

/** "in the new year": the coming calendar year (the current one when it has only just begun). */
function resolveNewYear(m: RegExpMatchArray, published: string | undefined): RecallResolution {
  if (!published) return unknown(m);
  const year = yearOf(published) + (monthOf(published) >= 7 ? 1 : 0);
  return { date: yearDate(year) };
}

const YEAR = '(1[6-9]\\d\\d|20\\d\\d)';
const WEEKDAY = '(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
const HOLIDAY = "(Christmas(?: Day| Eve)?|Boxing Day|New Year['’]s (?:Day|Eve)|Valentine['’]s Day|Halloween)";

export const RECALL_RULES: RecallRule[] = [
  {
    id: 'date.recall.years-ago', pattern: new RegExp(`\\b${BIG_NUMBER} (years?|decades?|centur(?:y|ies)) ago(?: (today|to the day|this week|this month))?\\b`, 'gi'),
    priority: 1,
    resolve: resolveAgo,
  },
  { id: 'date.recall.this-day-in', pattern: new RegExp(`\\b(?:on )?this (day|date|week|month) in ${YEAR}\\b`, 'gi'), priority: 2, resolve: resolveThisDayIn },
  { id: 'date.recall.this-time-last-year', pattern: /\b(?:at |around |about )?this time (last|next) year\b/gi, priority: 2, resolve: resolveThisTime },
  {
    id: 'date.holiday.after-preposition', pattern: new RegExp(`(?<=\\b(?:[Oo]n|[Ss]ince|[Bb]efore|[Aa]fter|[Uu]ntil|[Tt]ill|[Bb]y|[Oo]ver|[Aa]t|[Ff]rom|[Tt]hrough|[Aa]round|[Dd]uring)\\s+)(?:(last|this|next) )?${HOLIDAY}(?![\\p{L}'’])`, 'gu'),
    priority: 1,
    resolve: resolveHoliday,
  },
  // A holiday whose name says it is a day ("Boxing Day", "New Year's Eve fireworks") needs no preposition;
  // a bare "Christmas" does ("the Christmas break" is a season, "a Christmas fair" an event's name).
  {
    id: 'date.holiday.named-day', pattern: /\b(?:(last|this|next) )?(Christmas (?:Day|Eve)|Boxing Day|New Year['’]s (?:Day|Eve)|Valentine['’]s Day)(?![\p{L}'’])/gu,
    priority: 1,
    resolve: resolveHoliday,
  },
  { id: 'date.weekday.with-ordinal', pattern: new RegExp(`\\b(?:on )?${WEEKDAY},? the ([1-9]|[12]\\d|3[01])(st|nd|rd|th)\\b`, 'g'), priority: 2, resolve: resolveWeekdayOrdinal },
  { id: 'date.relative.new-year', pattern: /\bin the new year\b/gi, resolve: resolveNewYear },
];

/** Names that may follow a season as the subject of a sentence: "The winter wave", "the summer rains". */
export const SEASON_SUBJECT_NOUNS = 'wave|waves|season|months|rains?|storms?|floods?|surge|peak|heat|heatwave|outbreak|lockdown|drought|freeze|crowds';
/** What such a subject does in a past-tense sentence. */
export const SEASON_SUBJECT_VERBS = 'was|were|had|brought|saw|proved|ended|began|came|arrived|hit|passed|turned';
