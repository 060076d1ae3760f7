/**
 * Days, weeks, months and years counted from the day of publication: "yesterday", "three days ago",
 * "earlier this week", "last weekend", "next month", "later this year", "the end of the month",
 * "overnight", "in the new year". Without a publication date each stays unresolved, never guessed.
 */
import { addDays, dayDate, isoOf, mondayOf, monthDate, monthOf, nightDate, weekDate, weekdayOf, weekendDate, yearDate, yearOf } from '../dateMath.ts';
import { dateRuleTable, dateUnknown, THURSDAY, type DateContext, type DateMatch, type DateRule, type Resolution } from '../dateRules.ts';
import { pattern } from '../rules/pattern.ts';
import { speaksOfPast } from '../dateTense.ts';
import { relativeStep } from '../lexicon/relativeWords.ts';
import { countOf } from './readings.ts';

const lower = (word: string | undefined): string => (word ?? '').toLowerCase();
const early = (part: string): boolean => part === 'earlier' || part === 'early';
const late = (part: string): boolean => part === 'later' || part === 'late';

function relativeDay(days: number) {
  return (m: DateMatch, ctx: DateContext): Resolution => (ctx.published ? { date: dayDate(addDays(ctx.published, days)) } : dateUnknown(m));
}

/** "this week", "earlier this week" (Monday to the day before publication), "last week", "the coming week". */
export function weekOf(which: string, part: string, pub: string): Resolution {
  const shift = 7 * (relativeStep(which) ?? 0);
  const monday = addDays(mondayOf(pub), shift);
  const sunday = addDays(monday, 6);
  if (shift === 0 && early(part) && pub > monday) return { date: weekDate(monday, { start: monday, end: addDays(pub, -1) }) };
  if (shift === 0 && late(part) && pub < sunday) return { date: weekDate(monday, { start: addDays(pub, 1), end: sunday }) };
  return { date: weekDate(monday) };
}

/** "this month", "earlier this month", "last month", "next month". */
export function monthFrom(which: string, part: string, pub: string): Resolution {
  let year = yearOf(pub);
  const step = relativeStep(which) ?? 0;
  let month = monthOf(pub) + step;
  if (month === 0) (month = 12), year--;
  if (month === 13) (month = 1), year++;
  const whole = monthDate(year, month);
  if (step === 0 && early(part) && pub > whole.start) return { date: monthDate(year, month, { start: whole.start, end: addDays(pub, -1), prefix: 'Earlier in' }) };
  if (step === 0 && late(part) && pub < whole.end) return { date: monthDate(year, month, { start: addDays(pub, 1), end: whole.end, prefix: 'Later in' }) };
  return { date: whole };
}

/** "this year", "earlier this year", "last year", "later this year". */
export function yearFrom(which: string, part: string, pub: string): Resolution {
  const step = relativeStep(which) ?? 0;
  const year = yearOf(pub) + step;
  if (step === 0 && early(part) && pub > isoOf(year, 1, 1)) return { date: yearDate(year, { start: isoOf(year, 1, 1), end: addDays(pub, -1), prefix: 'Earlier in' }) };
  if (step === 0 && late(part) && pub < isoOf(year, 12, 31)) return { date: yearDate(year, { start: addDays(pub, 1), end: isoOf(year, 12, 31), prefix: 'Later in' }) };
  return { date: yearDate(year) };
}

/**
 * The weekend "this", "last" or "next" names: the one in progress or just past, or the coming one. "This
 * weekend" with no tense to go by is the one just past early in the week, from Wednesday on the coming one.
 */
function weekendFrom(which: string, pub: string, future: boolean, pastTense: () => boolean): Resolution {
  const dow = weekdayOf(pub);
  const inWeekend = dow === 6 || dow === 0;
  const lastSaturday = addDays(pub, -((dow + 1) % 7));
  const nextSaturday = addDays(pub, (6 - dow + 7) % 7 || 7);
  const step = relativeStep(which);
  let saturday: string;
  if (step === -1) saturday = inWeekend ? addDays(lastSaturday, -7) : lastSaturday;
  else if (step === 1) saturday = nextSaturday;
  else if (inWeekend) saturday = lastSaturday;
  else if (future) saturday = nextSaturday;
  else if (step === 0 && !pastTense()) saturday = dow >= 3 ? nextSaturday : lastSaturday;
  else saturday = lastSaturday;
  return { date: weekendDate(saturday) };
}

function ago(unit: 'day' | 'week' | 'month' | 'year', times = 1) {
  return (m: DateMatch, ctx: DateContext): Resolution => {
    if (!ctx.published) return dateUnknown(m);
    const n = countOf(m.groups.count!) * times;
    const pub = ctx.published;
    if (unit === 'day') return { date: dayDate(addDays(pub, -n)) };
    if (unit === 'week') return { date: weekDate(addDays(pub, -7 * n)) };
    if (unit === 'year') return { date: yearDate(yearOf(pub) - n) };
    const total = yearOf(pub) * 12 + monthOf(pub) - 1 - n;
    return { date: monthDate(Math.floor(total / 12), (total % 12) + 1) };
  };
}

/** A rule that needs the publication date and reads the groups `which` and `part`. */
function fromPublication(what: string, read: (which: string, part: string, pub: string) => Resolution) {
  return (m: DateMatch, ctx: DateContext): Resolution => (ctx.published ? read(lower(m.groups.which), lower(m.groups.part), ctx.published) : dateUnknown(m, what));
}

/** "the start of the month", "the middle of last year": the whole period, as "late last month" is. */
function partOfPeriod(m: DateMatch, ctx: DateContext): Resolution {
  if (!ctx.published) return dateUnknown(m, m.groups.unit!.toLowerCase() === 'year' ? 'year' : 'date');
  const which = lower(m.groups.which) === 'the' ? 'this' : lower(m.groups.which);
  const unit = lower(m.groups.unit);
  return unit === 'month' ? monthFrom(which, '', ctx.published) : unit === 'year' ? yearFrom(which, '', ctx.published) : weekOf(which, '', ctx.published);
}

const DAY_RULES: DateRule[] = [
  {
    id: 'date.relative.overnight',
    note: '"Overnight" as an adverb is the night before publication (the night after when the sentence looks forward); "an overnight curfew" names no night.',
    pattern: pattern(
      '(?<!\\b(?:a|an|the|its|their|his|her|our|my|your)\\s+)\\bovernight\\b(?=\\s*(?:[,.;:!?)—–]|$|(?:as|and|but|in|on|at|into|to|with|before|after|while|when|from|amid|despite|because|so|the|a|an|near|across|around|along|through|until|since|according|off|over|under|for|by)\\b))', 'gi',
),
    build: (m, ctx, future) => (ctx.published ? { date: nightDate(future ? ctx.published : addDays(ctx.published, -1)) } : dateUnknown(m)),
    examples: [{ text: 'The river rose overnight, flooding the road.', given: THURSDAY, expect: { expression: 'overnight', date: '2024-05-15..2024-05-16' } }],
    notMatching: [{ text: 'The council imposed an overnight curfew.', given: THURSDAY }],
  },
  {
    id: 'date.relative.today',
    pattern: pattern('\\b(?:today|tonight|this (?:morning|afternoon|evening))\\b', 'gi'),
    build: relativeDay(0),
    examples: [
      { text: 'The minister speaks tonight.', given: THURSDAY, expect: { date: '2024-05-16' } },
      { text: 'The minister spoke this morning.', expect: { unresolved: '“this morning”, date unknown' } },
    ],
    notMatching: ['The minister spoke this week.'],
  },
  {
    id: 'date.relative.yesterday',
    pattern: pattern('\\b(?:yesterday(?: (?!night){dayPart})?|last night)\\b', 'gi'),
    build: relativeDay(-1),
    examples: [{ text: 'Fire crews left late last night.', given: THURSDAY, expect: { expression: 'last night', date: '2024-05-15' } }],
    notMatching: [{ text: 'Fire crews left last week.', given: THURSDAY }],
  },
  {
    id: 'date.relative.day-before-yesterday',
    priority: 1,
    pattern: pattern('\\bthe day before yesterday\\b', 'gi'),
    build: relativeDay(-2),
    examples: [{ text: 'It opened the day before yesterday.', given: THURSDAY, expect: { date: '2024-05-14' } }],
    notMatching: [{ text: 'It opened yesterday.', given: THURSDAY }],
  },
  {
    id: 'date.relative.tomorrow',
    pattern: pattern('\\btomorrow(?: {dayPart})?\\b', 'gi'),
    build: relativeDay(1),
    examples: [{ text: 'Voting starts tomorrow morning.', given: THURSDAY, expect: { expression: 'tomorrow morning', date: '2024-05-17' } }],
    notMatching: [{ text: 'Voting starts today.', given: THURSDAY }],
  },
  {
    id: 'date.relative.day-after-tomorrow',
    priority: 1,
    pattern: pattern('\\bthe day after tomorrow\\b', 'gi'),
    build: relativeDay(2),
    examples: [{ text: 'Results come the day after tomorrow.', given: THURSDAY, expect: { date: '2024-05-18' } }],
    notMatching: [{ text: 'Results came the day after.', given: THURSDAY }],
  },
];

const AGO_RULES: DateRule[] = [
  {
    id: 'date.relative.days-ago',
    pattern: pattern(`\\b(?<count>{count}) days? ago\\b`, 'gi'),
    build: ago('day'),
    examples: [{ text: 'She left three days ago.', given: THURSDAY, expect: { date: '2024-05-13' } }],
    notMatching: [{ text: 'She left days ago.', given: THURSDAY }],
  },
  {
    id: 'date.relative.weeks-ago',
    pattern: pattern(`\\b(?<count>{count}) weeks? ago\\b`, 'gi'),
    build: ago('week'),
    examples: [{ text: 'The shop shut a week ago.', given: THURSDAY, expect: { date: '2024-05-06..2024-05-12', granularity: 'week' } }],
    notMatching: [{ text: 'The shop shut weeks ago.', given: THURSDAY }],
  },
  {
    id: 'date.relative.months-ago',
    pattern: pattern(`\\b(?<count>{count}) months? ago\\b`, 'gi'),
    build: ago('month'),
    examples: [{ text: 'The plan was shelved six months ago.', given: THURSDAY, expect: { date: '2023-11-01..2023-11-30', granularity: 'month' } }],
    notMatching: [{ text: 'The plan was shelved months ago.', given: THURSDAY }],
  },
  {
    id: 'date.relative.years-ago',
    pattern: pattern(`\\b(?<count>{count}) years? ago\\b`, 'gi'),
    build: ago('year'),
    examples: [{ text: 'He moved here two years ago.', given: THURSDAY, expect: { date: '2022-01-01..2022-12-31', granularity: 'year' } }],
    notMatching: [{ text: 'He moved here years ago.', given: THURSDAY }],
  },
  {
    id: 'date.relative.fortnights-ago',
    pattern: pattern(`\\b(?<count>{count}) fortnights? ago\\b`, 'gi'),
    build: ago('week', 2),
    examples: [{ text: 'The ferry broke down a fortnight ago.', given: THURSDAY, expect: { date: '2024-04-29..2024-05-05', granularity: 'week' } }],
    notMatching: [{ text: 'The ferry breaks down every fortnight.', given: THURSDAY }],
  },
];

const PERIOD_RULES: DateRule[] = [
  {
    id: 'date.relative.week',
    pattern: pattern('\\b(?:(?<part>earlier|later|early|late) )?(?<which>this|last|next|the previous|the coming|the current) week\\b', 'gi'),
    build: fromPublication('date', weekOf),
    examples: [
      { text: 'The talks stalled earlier this week.', given: THURSDAY, expect: { expression: 'earlier this week', date: '2024-05-13..2024-05-15' } },
      { text: 'The talks resume next week.', given: THURSDAY, expect: { date: '2024-05-20..2024-05-26' } },
    ],
    notMatching: [{ text: 'The talks took a week.', given: THURSDAY }],
  },
  {
    id: 'date.relative.weekend',
    pattern: pattern('\\b(?:(?<which>this|last|next|past|coming|over the|during the|on the) )weekend\\b', 'gi'),
    build: (m, ctx, future) => (ctx.published ? weekendFrom(lower(m.groups.which), ctx.published, future, () => speaksOfPast(ctx.text, m.index)) : dateUnknown(m)),
    examples: [
      { text: 'Two boats capsized over the weekend.', given: THURSDAY, expect: { date: '2024-05-11..2024-05-12' } },
      { text: 'The market opens this weekend.', given: THURSDAY, expect: { date: '2024-05-18..2024-05-19' } },
    ],
    notMatching: [{ text: 'The market opens at weekends.', given: THURSDAY }],
  },
  {
    id: 'date.relative.month',
    pattern: pattern('\\b(?:(?<part>earlier|later|early|late) )?(?<which>this|last|next) month\\b', 'gi'),
    build: fromPublication('date', monthFrom),
    examples: [
      { text: 'Prices rose last month.', given: THURSDAY, expect: { date: '2024-04-01..2024-04-30', granularity: 'month' } },
      { text: 'A vote is due later this month.', given: THURSDAY, expect: { date: '2024-05-17..2024-05-31', label: 'Later in May 2024' } },
    ],
    notMatching: [{ text: 'Prices rose for a month.', given: THURSDAY }],
  },
  {
    id: 'date.relative.year',
    pattern: pattern('\\b(?:(?<part>earlier|later|early|late) )?(?<which>this|last|next) year\\b', 'gi'),
    build: fromPublication('year', yearFrom),
    examples: [
      { text: 'The pair met last year in Osaka.', given: THURSDAY, expect: { date: '2023-01-01..2023-12-31' } },
      { text: 'The pair met last year in Osaka.', expect: { unresolved: '“last year”, year unknown' } },
    ],
    notMatching: [{ text: 'The pair meet every year.', given: THURSDAY }],
  },
  {
    id: 'date.relative.part-of-period',
    priority: 1,
    pattern: pattern('\\b(?:the )?(?:start|beginning|middle|end) of (?<which>the|this|last|next) (?<unit>month|year|week)\\b', 'gi'),
    build: partOfPeriod,
    examples: [{ text: 'Stocks ran low at the end of last month.', given: THURSDAY, expect: { date: '2024-04-01..2024-04-30' } }],
    notMatching: [{ text: 'Stocks ran low at the end of the season.', given: THURSDAY }],
  },
  {
    id: 'date.relative.new-year',
    note: 'The coming calendar year (the current one when it has only just begun).',
    pattern: pattern('\\bin the new year\\b', 'gi'),
    build: (m, ctx) => (ctx.published ? { date: yearDate(yearOf(ctx.published) + (monthOf(ctx.published) >= 7 ? 1 : 0)) } : dateUnknown(m)),
    examples: [{ text: 'Work starts in the new year.', given: { published: '2024-11-02' }, expect: { date: '2025-01-01..2025-12-31' } }],
    notMatching: [{ text: 'Work starts on New Year’s Day.', given: THURSDAY }],
  },
];

export const DATE_RELATIVE = dateRuleTable('dateRelative', [...DAY_RULES, ...AGO_RULES, ...PERIOD_RULES]);
