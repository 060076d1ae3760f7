/**
 * Dates told by looking back from the day of publication, as anniversaries and features do ("Fifty
 * years ago this week", "On this day in 1974", "This time last year", "a century ago"), and fixed-date
 * holidays ("since Christmas", "on New Year's Eve"). Decades ("the 1980s") are deliberately not dates
 * here: a decade is too coarse for a timeline entry and is left out.
 */
import { pickInstance } from './dateCalendar.ts';
import { dayDate, monthDate, monthOf, validDay, weekDate, yearDate, yearOf } from './dateMath.ts';
import { dateRuleTable, dateUnknown, THURSDAY, unknownLabel, type DateContext, type DateMatch, type DateRule, type Resolution } from './dateRules.ts';
import { pattern } from './rules/pattern.ts';
import { speaksOfPast } from './dateTense.ts';
import { relativeStep } from './lexicon/relativeWords.ts';
import { TENS_WORDS, UNIT_WORDS } from './dateTables/readings.ts';

const UNITS = UNIT_WORDS;
const TENS = TENS_WORDS;
/** The units a tens word takes ("twenty-one" … "ninety-nine"). */
const UNITS_AFTER_TENS = Object.keys(UNITS).filter((w) => w.length > 2 && UNITS[w] <= 9);
/** "fifty", "twenty-one", "twenty-five", "a hundred", "100", "half a". */
const BIG_NUMBER = `(?<number>half a|(?:a|one) hundred|(?:${Object.keys(TENS).join('|')})(?:[\\s-](?:${UNITS_AFTER_TENS.join('|')}))?|${Object.keys(UNITS).join('|')}|\\d{1,3})`;

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

/** "Fifty years ago this week", "a century ago", "ten years ago today", "a decade ago". */
function resolveAgo(m: DateMatch, { published }: DateContext): Resolution | undefined {
  if (!published) return dateUnknown(m);
  const unit = m.groups.unit!.toLowerCase();
  const years = bigNumber(m.groups.number!) * (unit.startsWith('centur') ? 100 : unit.startsWith('decade') ? 10 : 1);
  if (!Number.isInteger(years) || years <= 0) return undefined;
  const day = yearsBefore(published, years);
  const when = (m.groups.when ?? '').toLowerCase();
  if (when === 'today' || when === 'to the day') return { date: dayDate(day) };
  if (when === 'this week') return { date: weekDate(day) };
  if (when === 'this month') return { date: monthDate(yearOf(day), monthOf(day)) };
  return { date: yearDate(yearOf(day)) };
}

/** "On this day in 1974", "this week in 1999", "this month in 1969": the publication day's place in that year. */
function resolveThisDayIn(m: DateMatch, { published }: DateContext): Resolution | undefined {
  const year = Number(m.groups.year);
  const unit = m.groups.unit!;
  if (!published) return unknownLabel(`${unit[0].toUpperCase()}${unit.slice(1)} in ${year}, day unknown`);
  const day = yearsBefore(published, yearOf(published) - year);
  if (unit.toLowerCase() === 'week') return { date: weekDate(day) };
  if (unit.toLowerCase() === 'month') return { date: monthDate(year, monthOf(day)) };
  return { date: dayDate(day) };
}

/** "This time last year": the week of the same date a year before (or after). */
function resolveThisTime(m: DateMatch, { published }: DateContext): Resolution {
  if (!published) return dateUnknown(m);
  return { date: weekDate(yearsBefore(published, relativeStep(m.groups.which!) === -1 ? 1 : -1)) };
}

/** Fixed-date holidays: month and day. */
const HOLIDAYS: Record<string, [number, number]> = {
  'christmas eve': [12, 24], christmas: [12, 25], 'christmas day': [12, 25], 'boxing day': [12, 26], "new year's eve": [12, 31],
  "new year's day": [1, 1], "valentine's day": [2, 14], halloween: [10, 31],
};

function resolveHoliday(m: DateMatch, ctx: DateContext, future: boolean): Resolution | undefined {
  const { published } = ctx;
  const name = m.groups.holiday!.toLowerCase().replace(/’/g, "'").replace(/\s+/g, ' ');
  const [month, day] = HOLIDAYS[name] ?? [];
  if (!month) return undefined;
  if (!published) return unknownLabel(`${m.groups.holiday}, year unknown`);
  const pubYear = yearOf(published);
  const candidates = [pubYear - 1, pubYear, pubYear + 1].map((y) => dayDate(validDay(y, month, day)!));
  const step = relativeStep(m.groups.which ?? '');
  if (step === -1) return { date: [...candidates].reverse().find((d) => d.end < published) };
  if (step === 1) return { date: candidates.find((d) => d.start > published) };
  if (step === 0) return { date: candidates[1] };
  return { date: pickInstance(candidates, published, future, speaksOfPast(ctx.text, m.index)) };
}


const HOLIDAY_DAY = "Christmas (?:Day|Eve)|Boxing Day|New Year['’]s (?:Day|Eve)|Valentine['’]s Day";

const RECALL_RULES: DateRule[] = [
  {
    id: 'date.recall.years-ago',
    note: 'Anniversaries: the same day, week, month or year so many years before publication.',
    priority: 1,
    pattern: pattern(`\\b${BIG_NUMBER} (?<unit>years?|decades?|centur(?:y|ies)) ago(?: (?<when>today|to the day|this week|this month))?\\b`, 'gi'),
    build: resolveAgo,
    examples: [
      { text: 'Fifty years ago this week, the dam burst.', given: THURSDAY, expect: { expression: 'Fifty years ago this week', date: '1974-05-13..1974-05-19', granularity: 'week' } },
      { text: 'A century ago, the town had a mill.', given: THURSDAY, expect: { date: '1924-01-01..1924-12-31' } },
      { text: 'Twenty-one years ago the ferry sank.', given: THURSDAY, expect: { expression: 'Twenty-one years ago', date: '2003-01-01..2003-12-31' } },
    ],
    notMatching: [{ text: 'Half an hour ago the doors opened.', given: THURSDAY }],
  },
  {
    id: 'date.recall.this-day-in',
    priority: 2,
    pattern: pattern(`\\b(?:on )?this (?<unit>day|date|week|month) in (?<year>1[6-9]\\d\\d|20\\d\\d)\\b`, 'gi'),
    build: resolveThisDayIn,
    examples: [
      { text: 'On this day in 1974, the bridge opened.', given: THURSDAY, expect: { date: '1974-05-16' } },
      { text: 'On this day in 1974, the bridge opened.', expect: { unresolved: 'Day in 1974, day unknown' } },
    ],
    notMatching: [{ text: 'On this day, the bridge opened.', given: THURSDAY }],
  },
  {
    id: 'date.recall.this-time-last-year',
    priority: 2,
    pattern: pattern('\\b(?:at |around |about )?this time (?<which>last|next) year\\b', 'gi'),
    build: resolveThisTime,
    examples: [{ text: 'At this time last year the lake was dry.', given: THURSDAY, expect: { date: '2023-05-15..2023-05-21' } }],
    notMatching: [{ text: 'This time, the lake was full.', given: THURSDAY }],
  },
  {
    id: 'date.holiday.after-preposition',
    note: 'A bare "Christmas" is a date only after a preposition ("since Christmas"); "the Christmas break" is a season.',
    priority: 1,
    pattern: pattern(
      `(?<=\\b(?:[Oo]n|[Ss]ince|[Bb]efore|[Aa]fter|[Uu]ntil|[Tt]ill|[Bb]y|[Oo]ver|[Aa]t|[Ff]rom|[Tt]hrough|[Aa]round|[Dd]uring)\\s+)(?:(?<which>last|this|next) )?(?<holiday>Christmas(?: Day| Eve)?|Boxing Day|New Year['’]s (?:Day|Eve)|Valentine['’]s Day|Halloween)(?![\\p{L}'’])`, 'gu',
),
    build: resolveHoliday,
    examples: [{ text: 'Prices have risen since Christmas.', given: THURSDAY, expect: { expression: 'Christmas', date: '2023-12-25' } }],
    notMatching: [{ text: 'The Christmas fair drew crowds.', given: THURSDAY }],
  },
  {
    id: 'date.holiday.named-day',
    note: 'A holiday whose name says it is a day ("Boxing Day", "New Year’s Eve fireworks") needs no preposition.',
    priority: 1,
    pattern: pattern(`\\b(?:(?<which>last|this|next) )?(?<holiday>${HOLIDAY_DAY})(?![\\p{L}'’])`, 'gu'),
    build: resolveHoliday,
    examples: [{ text: 'New Year’s Eve fireworks will light the bay.', given: THURSDAY, expect: { expression: 'New Year’s Eve', date: '2024-12-31' } }],
    notMatching: [{ text: 'The Christmas lights went up.', given: THURSDAY }],
  },
];

export const DATE_RECALL = dateRuleTable('dateRecall', RECALL_RULES);
