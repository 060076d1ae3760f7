/**
 * Parts of a year: calendar quarters ("Q3", "the fourth quarter of 2023", "last quarter"), halves ("the
 * second half of next year", "H1 2024"), and deadlines ("by the end of the year": the rest of the
 * period). Fiscal periods depend on the company: the whole phrase is claimed and left unresolved, so no
 * calendar year or quarter inside it is read. A quarter or half without a year is a part of the
 * calendar only in a sentence about money or a schedule (elsewhere it may be a quarter of a match).
 */
import { pickInstance } from '../dateCalendar.ts';
import { addDays, isoOf, monthDate, monthOf, quarterDate, weekDate, yearDate, yearOf, type ResolvedDate } from '../dateMath.ts';
import { relativeStep } from '../lexicon/relativeWords.ts';
import { dateRuleTable, dateUnknown, THURSDAY, unknownLabel, type DateContext, type DateMatch, type DateRule, type Resolution } from '../dateRules.ts';
import { pattern } from '../rules/pattern.ts';
import { speaksOfPast } from '../dateTense.ts';

const ORDINALS: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, final: 4, last: 4 };
const ORDINAL = '(?:first|second|third|fourth|final|1st|2nd|3rd|4th)';
const NOT_FISCAL = '(?<!\\b(?:fiscal|financial)[\\s-]+)';

/** Words that show a sentence is about money or the economy. */
const FINANCIAL =
  /\b(?:revenues?|sales|profits?|earnings|loss(?:es)?|income|results|growth|GDP|economy|economic|inflation|quarterly|shares?|stocks?|investors?|analysts?|forecasts?|guidance|margins?|orders|deliveries|shipments|dividends?|percent|output|spending|deficit|unemployment)\b|[$€£¥%]/i;
/** A product or project schedule ("shipping later this quarter", "slipped from the first quarter"). */
const PLANNING =
  /\b(?:roadmap|ship(?:s|ping|ped)?|launch(?:es|ed|ing)?|releases?|released|rollout|roll(?:s|ed|ing)? out|beta|preview|slipped|slips|delayed|delays?|promised|planned|deadline|schedule[ds]?|on track|available|deliver(?:s|ed|y)?)\b/i;
/** A match, where a quarter or half is part of the game. */
const MATCH = /\b(?:scor(?:e|es|ed|ing)|points?|goals?|touchdowns?|half-?time|quarterback|game|match|innings|period|minutes? (?:left|remaining)|lead|trailed|basket|baskets)\b/i;

/** A sentence where a quarter or half without "fiscal" is a part of the calendar year. */
function calendarPeriodContext(text: string): boolean {
  return FINANCIAL.test(text) || (PLANNING.test(text) && !MATCH.test(text));
}

/** The year a phrase names: "next year", "this year", "the year", "2025". */
function namedYear(word: string, published: string | undefined): number | undefined {
  if (/^\d{4}$/.test(word)) return Number(word);
  if (!published) return undefined;
  return yearOf(published) + (relativeStep(word) ?? 0);
}

/** A calendar quarter (from the group `ordinal` or `number`); without a year, the instance the tense points at. */
function quarter(m: DateMatch, ctx: DateContext, future: boolean): Resolution | undefined {
  const which = m.groups.number ? Number(m.groups.number) : ORDINALS[m.groups.ordinal!.toLowerCase()];
  const yearText = m.groups.year;
  if (yearText) return { date: quarterDate(/^\d{4}$/.test(yearText) ? Number(yearText) : 2000 + Number(yearText.slice(-2)), which) };
  if (!calendarPeriodContext(ctx.text)) return undefined;
  if (!ctx.published) return unknownLabel(`Q${which}, year unknown`);
  const pubYear = yearOf(ctx.published);
  const candidates = [pubYear - 1, pubYear, pubYear + 1].map((y) => quarterDate(y, which));
  return { date: pickInstance(candidates, ctx.published, future, speaksOfPast(ctx.text, m.index)) };
}

/** "last quarter", "this quarter", "next quarter": relative to the quarter of publication. */
function relativeQuarter(m: DateMatch, ctx: DateContext): Resolution | undefined {
  if (!calendarPeriodContext(ctx.text)) return undefined;
  if (!ctx.published) return dateUnknown(m);
  const shift = relativeStep(m.groups.which!) ?? 0;
  const index = yearOf(ctx.published) * 4 + Math.floor((monthOf(ctx.published) - 1) / 3) + shift;
  return { date: quarterDate(Math.floor(index / 4), (index % 4) + 1) };
}

/** "the first half of next year", "H2 2023": year granularity over six months. */
function half(m: DateMatch, ctx: DateContext): Resolution {
  const yearWord = m.groups.year ?? 'this year';
  const year = namedYear(yearWord, ctx.published);
  if (year === undefined) return dateUnknown(m, 'year');
  const first = /^(?:first|front|1)$/i.test(m.groups.half!);
  return {
    date: yearDate(year, first ? { start: isoOf(year, 1, 1), end: isoOf(year, 6, 30), prefix: 'First half of' } : { start: isoOf(year, 7, 1), end: isoOf(year, 12, 31), prefix: 'Second half of' }),
  };
}

/** The whole period a deadline names: a year, or this, the next or the last year, month or week. */
function periodNamed(m: DateMatch, pub: string | undefined): ResolvedDate {
  const which = (m.groups.which ?? '').toLowerCase();
  const unit = (m.groups.unit ?? 'year').toLowerCase();
  if (m.groups.year) return yearDate(Number(m.groups.year));
  if (unit === 'year') return yearDate(namedYear(which || 'this', pub)!);
  const step = relativeStep(which) ?? 0;
  if (unit === 'month') {
    const total = yearOf(pub!) * 12 + monthOf(pub!) - 1 + step;
    return monthDate(Math.floor(total / 12), (total % 12) + 1);
  }
  return weekDate(addDays(pub!, 7 * step));
}

/**
 * "By the end of the year", "until the end of next month": a deadline. The period, from the day after
 * publication when it is still running (the whole period when it is over), labelled as the deadline.
 */
function endOf(m: DateMatch, ctx: DateContext): Resolution {
  const word = m.groups.lead!.toLowerCase();
  const lead = word === 'by' ? 'By' : word === 'before' ? 'Before' : 'Until';
  if (!ctx.published && !m.groups.year) return dateUnknown(m);
  const pub = ctx.published;
  const whole = periodNamed(m, pub);
  const unit = (m.groups.unit ?? 'year').toLowerCase();
  const name = unit === 'week' ? `the ${whole.label.replace(/^Week/, 'week')}` : whole.label;
  const start = pub && whole.end >= pub && addDays(pub, 1) > whole.start ? addDays(pub, 1) : whole.start;
  return { date: { ...whole, start: start > whole.end ? whole.end : start, label: `${lead} the end of ${name}` } };
}

const QUARTER_RULES: DateRule[] = [
  {
    id: 'date.period.fiscal',
    note: 'A fiscal year, quarter or half: claimed whole and left unresolved, since a fiscal year is the company’s own.',
    priority: 3,
    pattern: pattern(
      `\\b(?:fiscal|financial)(?:[\\s-]+year)?(?:\\s+(?:the\\s+)?${ORDINAL}[\\s-]+(?:quarter|half)|\\s+Q[1-4]|\\s+H[12])?(?:,?\\s+(?:of\\s+|in\\s+)?(?:{year}|['’]?\\d\\d)\\b)?|\\bFY\\s?(?:{year}|\\d\\d)\\b`, 'gi',
),
    claimOnly: true,
    build: () => undefined,
    examples: [
      { text: 'Revenue rose in fiscal 2024.', expect: { expression: 'fiscal 2024', claimed: true } },
      { text: 'Its fiscal fourth quarter of 2023 was weak.', expect: { expression: 'fiscal fourth quarter of 2023', claimed: true } },
      { text: 'Guidance for FY25 was cut.', expect: { expression: 'FY25', claimed: true } },
    ],
    notMatching: ['Revenue rose in 2024.'],
  },
  {
    id: 'date.quarter.ordinal-year',
    priority: 2,
    pattern: pattern(`${NOT_FISCAL}\\b(?:the )?(?<ordinal>${ORDINAL})[\\s-]quarter(?:,? of|,? in|,)? (?<year>{year})\\b`, 'gi'),
    build: quarter,
    examples: [{ text: 'Output fell in the fourth quarter of 2023.', expect: { expression: 'the fourth quarter of 2023', date: '2023-10-01..2023-12-31', granularity: 'quarter' } }],
    notMatching: ['Output fell in the fiscal fourth quarter of 2023.'],
  },
  {
    id: 'date.quarter.ordinal-relative-year',
    priority: 2,
    pattern: pattern(`${NOT_FISCAL}\\b(?:the )?(?<ordinal>${ORDINAL})[\\s-]quarter of (?<which>this|last|next|the current|the previous|the following) year\\b`, 'gi'),
    build: (m, ctx) => {
      const year = namedYear(m.groups.which!, ctx.published);
      return year === undefined ? dateUnknown(m, 'year') : { date: quarterDate(year, ORDINALS[m.groups.ordinal!.toLowerCase()]) };
    },
    examples: [{ text: 'Shipments resume in the first quarter of next year.', given: THURSDAY, expect: { date: '2025-01-01..2025-03-31' } }],
    notMatching: [{ text: 'Shipments resume in the first quarter of the match.', given: THURSDAY }],
  },
  {
    id: 'date.quarter.q-number',
    priority: 2,
    pattern: pattern(`${NOT_FISCAL}\\bQ(?<number>[1-4])(?:[\\s-]?(?<year>{year}|['’]\\d\\d))?\\b`, 'g'),
    build: quarter,
    examples: [
      { text: 'Profits doubled in Q3 2022.', expect: { date: '2022-07-01..2022-09-30' } },
      { text: 'Profits doubled in Q1.', given: THURSDAY, expect: { date: '2024-01-01..2024-03-31' } },
    ],
    notMatching: [{ text: 'The team led in Q1.', given: THURSDAY }],
  },
  {
    id: 'date.quarter.ordinal-bare',
    pattern: pattern(
      `${NOT_FISCAL}(?<=\\b(?:the|its|their|this|that|a|\\p{L}+['’]s)\\s+)(?<ordinal>${ORDINAL})[\\s-]quarter\\b(?![\\s-]+(?:of|in)\\s+(?:the|a|an|his|her|its|their)\\b)`, 'giu',
),
    build: quarter,
    examples: [{ text: 'Sales slowed in the second quarter.', given: THURSDAY, expect: { expression: 'second quarter', date: '2024-04-01..2024-06-30' } }],
    notMatching: [{ text: 'He scored in the second quarter.', given: THURSDAY }],
  },
  {
    id: 'date.quarter.relative',
    pattern: pattern('(?<!\\bthe\\s+)\\b(?:(?:later|earlier|early|late) )?(?<which>last|this|next|the previous|the current|the coming|the past) quarter\\b', 'gi'),
    build: relativeQuarter,
    examples: [{ text: 'Earnings rose last quarter.', given: THURSDAY, expect: { date: '2024-01-01..2024-03-31' } }],
    notMatching: [{ text: 'They led in the last quarter.', given: THURSDAY }],
  },
];

const HALF_RULES: DateRule[] = [
  {
    id: 'date.half.named',
    priority: 2,
    pattern: pattern(`\\b(?:the )?(?<half>first|second|latter|back|front) half of (?:the )?(?<year>(?:last|this|next|current|previous|following) year|year|{year})\\b`, 'gi'),
    build: half,
    examples: [{ text: 'Rates may fall in the second half of next year.', given: THURSDAY, expect: { date: '2025-07-01..2025-12-31', label: 'Second half of 2025' } }],
    notMatching: ['Rates fell in the second half of the match.'],
  },
  {
    id: 'date.half.h-year',
    priority: 2,
    pattern: pattern(`\\bH(?<half>[12])[\\s-]?(?<year>{year})\\b`, 'g'),
    build: half,
    examples: [{ text: 'Deliveries start in H2 2025.', expect: { date: '2025-07-01..2025-12-31' } }],
    notMatching: ['The H2 molecule is small.'],
  },
  {
    id: 'date.half.h-bare',
    note: '"planned for H2": a half of this year in a schedule, never hydrogen.',
    pattern: pattern(
      '(?<=\\b(?:[Ff]or|[Ii]n|[Bb]y|[Uu]ntil|[Tt]ill|[Bb]efore|[Aa]fter|[Ff]rom|[Tt]o|[Dd]uring|[Tt]hrough|[Ss]ince|[Ee]arly|[Ll]ate)\\s+)H(?<half>[12])\\b(?![\\s-]?\\d)(?=\\s*(?:[,.;:)—–]|$|(?:and|or|but|with|after|before|at|when|as|if|while|rather|instead|this|next|last)\\b))', 'g',
    ),
    guard: (_m, ctx) => calendarPeriodContext(ctx.text),
    build: half,
    examples: [{ text: 'The launch is planned for H2.', given: THURSDAY, expect: { expression: 'H2', date: '2024-07-01..2024-12-31' } }],
    notMatching: [{ text: 'The balloon is filled with H2.', given: THURSDAY }],
  },
  {
    id: 'date.deadline.end-of',
    note: 'A deadline: the rest of the period from the day after publication, labelled "By the end of …".',
    priority: 2,
    pattern: pattern(`\\b(?<lead>by|before|until|till|through) (?:the )?end of (?:(?<which>the|this|the current|next|last) (?<unit>year|month|week)|(?<year>{year}))\\b`, 'gi'),
    build: endOf,
    examples: [{ text: 'The plant will close by the end of the year.', given: THURSDAY, expect: { date: '2024-05-17..2024-12-31', label: 'By the end of 2024' } }],
    notMatching: [{ text: 'The plant will close at the end of the year.', given: THURSDAY }],
  },
];

export const DATE_PERIODS = dateRuleTable('datePeriods', [...QUARTER_RULES, ...HALF_RULES]);
