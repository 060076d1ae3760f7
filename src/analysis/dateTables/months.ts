/**
 * Months without a day: "in June", "last March", "by early September", "July 2018", and ranges of
 * months ("between March and May", "from June to August 2023"). Days of a month ("March 18") are read
 * by chrono-node in dateCalendar.ts.
 */
import { pickInstance, resolveCalendar, unresolvedCalendarLabel } from '../dateCalendar.ts';
import { monthDate, monthOf, monthRangeDate, yearOf } from '../dateMath.ts';
import { monthNumber } from '../lexicon/calendar.ts';
import { relativeStep } from '../lexicon/relativeWords.ts';
import { dateRuleTable, dateUnknown, THURSDAY, unknownLabel, type DateContext, type DateMatch, type DateRule, type Resolution } from '../dateRules.ts';
import { pattern } from '../rules/pattern.ts';
import { speaksOfPast } from '../dateTense.ts';

/** "reached 36 degrees last March": the word before the match, when the pattern's own group is empty. */
const WHICH_BEFORE = /\b(?<which>last|next|this)\s+(?:(?:early|late|mid)[\s-]+)?$/i;

/** A month without a day: with its year, or the instance "last", "next", "this" or the tense points at. */
function monthName(m: DateMatch, ctx: DateContext, future: boolean): Resolution {
  const month = monthNumber(m.groups.month!)!;
  const year = m.groups.year ? Number(m.groups.year) : undefined;
  const hit = { index: m.index, text: m.text, month, year };
  const past = () => speaksOfPast(ctx.text, m.index);
  if (year !== undefined || !ctx.published) {
    const date = resolveCalendar(hit, ctx.published, future, past());
    return date ? { date } : unknownLabel(unresolvedCalendarLabel(hit));
  }
  const step = relativeStep(m.groups.which ?? WHICH_BEFORE.exec(ctx.text.slice(0, m.index))?.groups?.which ?? '');
  const pubYear = yearOf(ctx.published);
  const pubMonth = monthOf(ctx.published);
  if (step === -1) return { date: monthDate(month < pubMonth ? pubYear : pubYear - 1, month) };
  if (step === 1) return { date: monthDate(month > pubMonth ? pubYear : pubYear + 1, month) };
  if (step === 0) return { date: monthDate(pubYear, month) };
  return { date: resolveCalendar(hit, ctx.published, future, past())!, yearless: { kind: 'month', month } };
}

/** "between March and May", "from June to August 2023": month granularity over the months. */
function monthRange(m: DateMatch, ctx: DateContext, future: boolean): Resolution | undefined {
  const from = monthNumber(m.groups.from!)!;
  const to = monthNumber(m.groups.to!)!;
  const range = (startYear: number) => monthRangeDate(startYear, from, to < from ? startYear + 1 : startYear, to);
  const fromYear = m.groups.fromYear ? Number(m.groups.fromYear) : undefined;
  const toYear = m.groups.toYear ? Number(m.groups.toYear) : undefined;
  if (fromYear !== undefined) {
    const endYear = toYear ?? (to < from ? fromYear + 1 : fromYear);
    if (endYear < fromYear || (endYear === fromYear && to < from)) return undefined;
    return { date: monthRangeDate(fromYear, from, endYear, to) };
  }
  if (toYear !== undefined) return { date: range(to < from ? toYear - 1 : toYear) };
  if (!ctx.published) return dateUnknown(m, 'year');
  const pubYear = yearOf(ctx.published);
  const candidates = [pubYear - 1, pubYear, pubYear + 1].map(range);
  return { date: pickInstance(candidates, ctx.published, future, speaksOfPast(ctx.text, m.index))!, yearless: { kind: 'months', from, to } };
}

const MONTH_RULES: DateRule[] = [
  {
    id: 'date.month.after-preposition',
    note: 'A month after a preposition or a relative word ("in June", "last March", "by early September"), not before a day.',
    pattern: pattern(
      `(?<=\\b(?:[Ii]n|[Ss]ince|[Dd]uring|[Uu]ntil|[Tt]ill|[Bb]y|[Ff]rom|[Ff]or|[Oo]f|[Tt]hrough|[Bb]efore|[Aa]fter|[Bb]etween|[Aa]round|[Ee]arly|[Ll]ate|[Mm]id|[Ll]ast|[Nn]ext|[Tt]his|[Aa]nd|[Oo]r|[Tt]o)[\\s-]+)(?:(?<which>[Ll]ast|[Nn]ext|[Tt]his) )?(?:(?:early|late|mid)[\\s-]+)?(?<month>{monthAlone})(?:,? (?<year>{year}))?(?![\\s.]*\\d)`, 'g',
    ),
    build: monthName,
    examples: [
      { text: 'The lease ran out in June.', given: THURSDAY, expect: { expression: 'June', date: '2023-06-01..2023-06-30', yearless: { kind: 'month', month: 6 } } },
      { text: 'It reached 36 degrees last March.', given: THURSDAY, expect: { date: '2024-03-01..2024-03-31' } },
      { text: 'The lease runs until Sept. 2026.', expect: { date: '2026-09-01..2026-09-30' } },
      { text: 'The lease ran out in June.', expect: { unresolved: 'June, year unknown' } },
    ],
    notMatching: [{ text: 'The lease runs until June 30.', given: THURSDAY }, { text: 'The lease may run out.', given: THURSDAY }],
  },
  {
    id: 'date.month.with-year',
    pattern: pattern(`\\b(?<month>{monthAlone}),? (?<year>{year})\\b`, 'g'),
    build: monthName,
    examples: [{ text: 'Rents peaked July 2018, agents said.', expect: { expression: 'July 2018', date: '2018-07-01..2018-07-31' } }],
    notMatching: ['Rents peaked on July 4.', 'Rents peaked in 2018.'],
  },
  {
    id: 'date.month-range.between',
    priority: 2,
    pattern: pattern(
      `\\b(?:[Bb]etween|[Ff]rom) (?<from>{monthAlone})(?:,? (?<fromYear>{year}))? (?:and|to|through|until|till|-|–) (?<to>{monthAlone})(?:,? (?:of )?(?<toYear>{year}))?(?![\\p{L}\\d])`, 'gu',
),
    build: monthRange,
    examples: [
      { text: 'Sales fell between March and May.', given: THURSDAY, expect: { date: '2024-03-01..2024-05-31', yearless: { kind: 'months', from: 3, to: 5 } } },
      { text: 'The show ran from November 2019 to February 2020.', expect: { date: '2019-11-01..2020-02-29' } },
    ],
    notMatching: ['The show ran from November 2020 to February 2019.', 'The show ran from May.'],
  },
];

export const DATE_MONTHS = dateRuleTable('dateMonths', MONTH_RULES);
