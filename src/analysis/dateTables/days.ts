/**
 * Days named by weekday or by day of the month without a month: "Monday" (in the past unless the
 * sentence looks forward), "last Friday", "next Tuesday", "Tuesday week", "Friday the 24th", "on the 14th".
 */
import { pickInstance } from '../dateCalendar.ts';
import { addDays, dayDate, monthOf, validDay, weekdayOf, WEEKDAY_NAMES, yearOf } from '../dateMath.ts';
import { relativeStep } from '../lexicon/relativeWords.ts';
import { dateRuleTable, dateUnknown, THURSDAY, unknownLabel, type DateContext, type DateMatch, type DateRule, type Resolution } from '../dateRules.ts';
import { pattern } from '../rules/pattern.ts';
import { speaksOfPast } from '../dateTense.ts';

/** Not "a Friday night" or "every Monday": those name no particular day. */
const NOT_ANY = '(?<!\\b(?:[Aa]n?|[Ee]very|[Ee]ach|[Aa]ny|[Oo]ne|[Ss]ome|[Oo]ther|[Aa]lternate|[Ss]econd|[Tt]hird|[Ff]ourth|[Ff]ifth)\\s)\\b';
/**
 * The end of a weekday that names one day, with its part of the day ("Friday night"): not "Thursday
 * evenings", "on Tuesday and Thursday evenings", "Mondays and Fridays" (recurring days, not dates).
 */
const NOT_RECURRING = '(?!s\\b)\\b(?! {dayPart}s\\b)(?!,?\\s+(?:and|or)\\s+{weekday}(?:s\\b| {dayPart}s\\b))(?: {dayPart}(?!s))?';

type Direction = 'back' | 'ahead' | 'tense';

/** The weekday before publication ("last"), after it ("next"), or as the tense says: back unless the sentence looks forward. */
function weekday(direction: Direction) {
  return (m: DateMatch, ctx: DateContext, future: boolean): Resolution => {
    const name = m.groups.weekday!;
    if (!ctx.published) return unknownLabel(`${name}, week unknown`);
    const target = WEEKDAY_NAMES.indexOf(name);
    const dow = weekdayOf(ctx.published);
    const back = (dow - target + 7) % 7;
    const ahead = (target - dow + 7) % 7;
    const offset = direction === 'back' ? -(back || 7) : direction === 'ahead' ? ahead || 7 : future ? ahead : -back;
    return { date: dayDate(addDays(ctx.published, offset)) };
  };
}

/**
 * British "Tuesday week" (the Tuesday after the coming one), "a week on Tuesday" (the same), "last
 * Tuesday week" and "a week last Tuesday" (the Tuesday before last Tuesday).
 */
function weekdayWeek(m: DateMatch, ctx: DateContext): Resolution {
  if (!ctx.published) return dateUnknown(m);
  const backwards = relativeStep(m.groups.which ?? m.groups.how ?? '') === -1;
  const target = WEEKDAY_NAMES.indexOf(m.groups.weekday ?? m.groups.weekdayAfter!);
  const dow = weekdayOf(ctx.published);
  const offset = backwards ? -((dow - target + 7) % 7 || 7) - 7 : ((target - dow + 7) % 7 || 7) + 7;
  return { date: dayDate(addDays(ctx.published, offset)) };
}

/** The months around publication (two back to two on) in which `day` is a valid day. */
function daysAround(published: string, day: number, reach: number): string[] {
  const total = yearOf(published) * 12 + monthOf(published) - 1;
  const months = Array.from({ length: 2 * reach + 1 }, (_, i) => total - reach + i);
  return months.map((t) => validDay(Math.floor(t / 12), (t % 12) + 1, day)).filter((iso): iso is string => !!iso);
}

/** "Friday the 24th": the day of this, the last or the next month that is that weekday. */
function weekdayOrdinal(m: DateMatch, ctx: DateContext, future: boolean): Resolution | undefined {
  const day = Number(m.groups.day);
  if (!ctx.published) return unknownLabel(`${m.groups.weekday} the ${day}${m.groups.suffix}, month unknown`);
  const target = WEEKDAY_NAMES.indexOf(m.groups.weekday!);
  const candidates = daysAround(ctx.published, day, 2)
    .filter((iso) => weekdayOf(iso) === target)
    .map(dayDate);
  if (!candidates.length) return undefined;
  return { date: pickInstance(candidates, ctx.published, future, speaksOfPast(ctx.text, m.index)) ?? candidates[0] };
}

/** "the 14th": that day of the month the sentence's tense points at (this month, the last or the next). */
function ordinalDay(m: DateMatch, ctx: DateContext, future: boolean): Resolution | undefined {
  if (!ctx.published) return unknownLabel(`the ${m.groups.day}${m.groups.suffix}, month unknown`);
  const candidates = daysAround(ctx.published, Number(m.groups.day), 1).map(dayDate);
  const date = pickInstance(candidates, ctx.published, future, speaksOfPast(ctx.text, m.index));
  return date ? { date } : undefined;
}

const DAY_OF_MONTH = '(?<day>[1-9]|[12]\\d|3[01])(?<suffix>st|nd|rd|th)\\b';

const WEEKDAY_RULES: DateRule[] = [
  {
    id: 'date.weekday.bare',
    note: 'A weekday on its own is the last one before publication, or the next one when the sentence looks forward.',
    pattern: pattern(`${NOT_ANY}(?:(?<modifier>[Tt]his|[Ee]arlier|[Ll]ate|[Ee]arly|[Oo]n) )?(?<weekday>{weekday})${NOT_RECURRING}`, 'g'),
    build: weekday('tense'),
    examples: [
      { text: 'The mayor resigned on Monday.', given: THURSDAY, expect: { expression: 'on Monday', date: '2024-05-13' } },
      { text: 'The mayor will resign Friday night.', given: THURSDAY, expect: { expression: 'Friday night', date: '2024-05-17' } },
      { text: 'The mayor resigned Monday.', expect: { unresolved: 'Monday, week unknown' } },
    ],
    notMatching: [{ text: 'The café opens every Monday.', given: THURSDAY }, { text: 'Choir meets on Tuesday evenings.', given: THURSDAY }, 'Bins go out Mondays and Fridays.'],
  },
  {
    id: 'date.weekday.last',
    pattern: pattern(`${NOT_ANY}(?:[Ll]ast|[Tt]his past|[Pp]ast) (?<weekday>{weekday})${NOT_RECURRING}`, 'g'),
    build: weekday('back'),
    examples: [{ text: 'Ballots were counted last Thursday.', given: THURSDAY, expect: { expression: 'last Thursday', date: '2024-05-09' } }],
    notMatching: [{ text: 'Ballots are counted on the last Thursdays of the year.', given: THURSDAY }],
  },
  {
    id: 'date.weekday.next',
    pattern: pattern(`${NOT_ANY}(?:[Nn]ext|[Tt]his coming|[Cc]oming) (?<weekday>{weekday})${NOT_RECURRING}`, 'g'),
    build: weekday('ahead'),
    examples: [{ text: 'Ballots were counted, and a recount follows next Thursday.', given: THURSDAY, expect: { expression: 'next Thursday', date: '2024-05-23' } }],
    notMatching: [{ text: 'The next Thursdays are free.', given: THURSDAY }],
  },
  {
    id: 'date.weekday.week-on',
    note: 'British "Tuesday week" and "a week last Tuesday": a week beyond the weekday meant.',
    priority: 2,
    pattern: pattern("\\b(?:(?:(?<which>[Ll]ast|[Nn]ext) )?(?<weekday>{weekday}) week\\b(?!['’]s|end)|\\ba week (?<how>on|last|next) (?<weekdayAfter>{weekday})\\b)", 'g'),
    build: weekdayWeek,
    examples: [
      { text: 'The hearing is Tuesday week.', given: THURSDAY, expect: { date: '2024-05-28' } },
      { text: 'It happened a week last Tuesday.', given: THURSDAY, expect: { date: '2024-05-07' } },
    ],
    notMatching: [{ text: "Tuesday's weekend market was busy.", given: THURSDAY }],
  },
  {
    id: 'date.weekday.with-ordinal',
    priority: 2,
    pattern: pattern(`\\b(?:on )?(?<weekday>{weekday}),? the ${DAY_OF_MONTH}`, 'g'),
    build: weekdayOrdinal,
    examples: [{ text: 'The gala is on Friday the 24th.', given: THURSDAY, expect: { expression: 'on Friday the 24th', date: '2024-05-24' } }],
    notMatching: [{ text: 'The gala is on Friday the 30th.', given: THURSDAY }],
  },
  {
    id: 'date.day.ordinal',
    note: 'A day of the month after a preposition ("on the 14th"): this month, the last or the next, as the tense says.',
    pattern: pattern(
      `(?<=\\b(?:[Oo]n|[Bb]y|[Uu]ntil|[Tt]ill|[Ff]rom|[Ss]ince|[Bb]efore|[Aa]fter|[Aa]nd|[Oo]r|[Tt]o|[Aa]gain|(?:{dayPart}|hours) of)\\s+)the ${DAY_OF_MONTH}(?=\\s*(?:[,.;:)—–]|$|(?:when|and|but|as|at|in|with|after|before|until)\\b))`, 'g',
    ),
    build: ordinalDay,
    examples: [
      { text: 'The fence went up on the 14th.', given: THURSDAY, expect: { expression: 'the 14th', date: '2024-05-14' } },
      { text: 'The fence went up on the 14th.', expect: { unresolved: 'the 14th, month unknown' } },
    ],
    notMatching: [{ text: 'She finished the 14th lap first.', given: THURSDAY }],
  },
];

export const DATE_DAYS = dateRuleTable('dateDays', WEEKDAY_RULES);
