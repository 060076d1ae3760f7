/**
 * Expressions counted from another date rather than from publication: "the following day", "two days
 * after the vote", "the previous weekend", "three months later", "that spring". Each yields an anchor
 * (days, weeks, months or years from the date it counts from); dates.ts resolves it from an earlier date
 * of the same sentence, else the timeline from the sentences around it.
 */
import { addDays, dayDate } from '../dateMath.ts';
import { monthNumber } from '../lexicon/calendar.ts';
import { relativeStep } from '../lexicon/relativeWords.ts';
import { dateRuleTable, dateUnknown, THURSDAY, type DateMatch, type DateRule, type Resolution } from '../dateRules.ts';
import { pattern } from '../rules/pattern.ts';
import { countOf, seasonNamed, stepOf } from './readings.ts';

/** Not after "comes" or "came" ("come a day after the vote"): that counts the vote back from the news. */
const NOT_COMES = '(?<!\\b(?:comes?|came)\\s+(?:(?:just|only|exactly|nearly|almost|barely)\\s+)?)';

const sign = (word: string | undefined, back: RegExp): number => (word && back.test(word) ? -1 : 1);

/** "Two days after the vote", "the weekend before the election": counted from a named event. */
function afterEvent({ groups }: DateMatch): Resolution {
  const unit = groups.unit!.toLowerCase();
  const direction = sign(groups.direction, /^before$/i);
  const n = groups.count ? countOf(groups.count) : 1;
  const anchorTerm = groups.event;
  if (unit === 'weekend') return { anchor: 0, anchorKind: direction < 0 ? 'weekend-before' : 'weekend-after', anchorTerm };
  if (unit.startsWith('week')) return { anchor: 7 * n * direction, anchorKind: 'week', anchorTerm };
  return { anchor: n * direction, anchorTerm };
}

/** "comes a day after …" counts back from now; "came a day after …" from the event just told. */
function comesAfter(match: DateMatch, ctx: { published?: string }): Resolution {
  const { groups } = match;
  const days = countOf(groups.count!) * (/^week/i.test(groups.unit!) ? 7 : 1) * -sign(groups.direction, /^before$/i);
  if (/^came$/i.test(groups.verb!)) return { anchor: days };
  return ctx.published ? { date: dayDate(addDays(ctx.published, days)) } : dateUnknown(match);
}

const laterOrEarlier = (per: number) => (m: DateMatch) => sign(m.groups.direction, /^earlier$/i) * per * countOf(m.groups.count!);

const DAY_RULES: DateRule[] = [
  {
    id: 'date.anchor.units-from-event',
    note: 'A count of days or weeks before or after a named event; a bare plural ("the days after the vote") names no day.',
    priority: 1,
    pattern: pattern(`${NOT_COMES}\\b(?:(?<count>{count})|the) (?<unit>days?|nights?|weeks?|weekend) (?<direction>after|before) (?:the|his|her|its|their|this|that) (?<event>\\p{L}[\\p{L}-]*)`, 'giu'),
    guard: ({ groups }) => groups.count !== undefined || /^(?:day|night|week|weekend)$/i.test(groups.unit!),
    build: afterEvent,
    examples: [
      { text: 'Protests began two days after the vote.', given: THURSDAY, expect: { expression: 'two days after the vote', anchor: 2, anchorTerm: 'vote' } },
      { text: 'The week before the final was quiet.', expect: { anchor: -7, anchorKind: 'week', anchorTerm: 'final' } },
      { text: 'Crowds gathered the weekend after the launch.', expect: { anchor: 0, anchorKind: 'weekend-after', anchorTerm: 'launch' } },
    ],
    notMatching: ['In the days after the vote, nobody spoke.', 'The report comes two days after the vote.'],
  },
  {
    id: 'date.anchor.comes-after',
    note: 'News that "comes" a day after an event dates the event back from publication; "came" counts from the event just told.',
    priority: 1,
    pattern: pattern(`\\b(?<verb>comes?|came)\\s+(?:(?:just|only|exactly|nearly|almost|barely)\\s+)?(?<count>{count})\\s+(?<unit>days?|weeks?)\\s+(?<direction>after|before)\\b`, 'gi'),
    build: comesAfter,
    examples: [
      { text: 'The ruling comes three days after the hearing.', given: THURSDAY, expect: { expression: 'comes three days after', date: '2024-05-13' } },
      { text: 'The apology came a week after the crash.', given: THURSDAY, expect: { anchor: -7 } },
      { text: 'The ruling comes three days after the hearing.', expect: { unresolved: '“comes three days after”, date unknown' } },
    ],
    notMatching: ['The ruling comes after the hearing.'],
  },
  {
    id: 'date.anchor.day-after',
    pattern: pattern('\\b(?:the|a) (?:day|night) after\\b(?! tomorrow)', 'gi'),
    build: () => ({ anchor: 1 }),
    examples: [{ text: 'They met again the day after.', expect: { expression: 'the day after', anchor: 1 } }],
    notMatching: ['Tickets go on sale the day after tomorrow.'],
  },
  {
    id: 'date.anchor.previous-weekend',
    pattern: pattern('\\bthe (?:previous|preceding|prior) weekend\\b|\\bthe weekend before\\b', 'gi'),
    build: () => ({ anchor: 0, anchorKind: 'weekend-before' }),
    examples: [{ text: 'Turnout doubled from the previous weekend.', expect: { anchor: 0, anchorKind: 'weekend-before' } }],
    notMatching: ['Turnout doubled last weekend.'],
  },
  {
    id: 'date.anchor.following-weekend',
    pattern: pattern('\\bthe following weekend\\b|\\bthe weekend after\\b', 'gi'),
    build: () => ({ anchor: 0, anchorKind: 'weekend-after' }),
    examples: [{ text: 'The fair returned the following weekend.', expect: { anchor: 0, anchorKind: 'weekend-after' } }],
    notMatching: ['The fair returns next weekend.'],
  },
  {
    id: 'date.anchor.following-day',
    pattern: pattern('\\b(?:the|a) (?:following|next) (?:day|{dayPart})\\b', 'gi'),
    build: () => ({ anchor: 1 }),
    examples: [{ text: 'Police returned the following morning.', expect: { expression: 'the following morning', anchor: 1 } }],
    notMatching: ['Police return next morning.'],
  },
  {
    id: 'date.anchor.days-later',
    pattern: pattern(`\\b(?<count>{count}) days? later\\b(?!\\s+than\\b)`, 'gi'),
    build: (m) => ({ anchor: countOf(m.groups.count!) }),
    examples: [{ text: 'He was released three days later.', expect: { anchor: 3 } }],
    notMatching: ['He arrived three days later than planned.'],
  },
  {
    id: 'date.anchor.whole-days-in-hours',
    note: 'Hours that make whole days ("48 hours later"); other counts of hours name no day.',
    pattern: pattern('\\b(?<hours>24|48|72|96) hours (?<direction>later|earlier)\\b(?!\\s+than\\b)', 'gi'),
    build: (m) => ({ anchor: sign(m.groups.direction, /^earlier$/i) * (Number(m.groups.hours) / 24) }),
    examples: [{ text: 'The ship sank 48 hours later.', expect: { anchor: 2 } }],
    notMatching: ['The ship sank 36 hours later.'],
  },
  {
    id: 'date.anchor.day-before',
    pattern: pattern('\\b(?:the|a) (?:day|night) (?:before|earlier)\\b|\\bthe previous (?:day|{dayPart})\\b', 'gi'),
    build: () => ({ anchor: -1 }),
    examples: [{ text: 'She had called him the previous evening.', expect: { anchor: -1 } }],
    notMatching: ['She had called him yesterday.'],
  },
  {
    id: 'date.anchor.days-earlier',
    pattern: pattern(`\\b(?<count>{count}) days? earlier\\b(?!\\s+than\\b)`, 'gi'),
    build: (m) => ({ anchor: -countOf(m.groups.count!) }),
    examples: [{ text: 'The permit had lapsed two days earlier.', expect: { anchor: -2 } }],
    notMatching: ['The permit lapsed two days earlier than expected.'],
  },
  {
    id: 'date.anchor.same-day',
    pattern: pattern('\\b(?:(?:later|earlier) that (?:same )?day|(?:on )?the same day|that same day)\\b', 'gi'),
    build: () => ({ anchor: 0 }),
    examples: [{ text: 'Later that day the bridge reopened.', expect: { expression: 'Later that day', anchor: 0 } }],
    notMatching: ['Later, the bridge reopened.'],
  },
];

const PERIOD_RULES: DateRule[] = [
  {
    id: 'date.anchor.following-year',
    pattern: pattern('\\bthe (?<which>following|previous|preceding|prior) year\\b', 'gi'),
    build: (m) => ({ anchor: relativeStep(m.groups.which!)!, anchorKind: 'year' }),
    examples: [{ text: 'The club folded the following year.', expect: { anchor: 1, anchorKind: 'year' } }],
    notMatching: ['The club folded last year.'],
  },
  {
    id: 'date.anchor.that-year',
    pattern: pattern('\\b(?:(?:later|earlier) )?that (?:same )?year\\b', 'gi'),
    build: () => ({ anchor: 0, anchorKind: 'year' }),
    examples: [{ text: 'Later that year she resigned.', expect: { expression: 'Later that year', anchor: 0, anchorKind: 'year' } }],
    notMatching: ['She resigned this year.'],
  },
  {
    id: 'date.anchor.following-season',
    note: 'A season counted from the period just told ("the following spring", "that summer").',
    priority: 1,
    pattern: pattern('\\b(?:the (?<which>following|previous|preceding|prior)|(?:(?:early|late) )?that) (?<season>{season})\\b', 'gi'),
    build: (m, ctx) => ({ anchor: stepOf(m.groups.which), anchorKind: 'period', anchorTarget: { kind: 'season', season: seasonNamed(m.groups.season!), southern: ctx.southern } }),
    examples: [
      { text: 'The dam was finished the following spring.', expect: { anchor: 1, anchorKind: 'period', anchorTarget: { kind: 'season', season: 'spring' } } },
      { text: 'That fall the mill closed.', expect: { anchor: 0, anchorTarget: { kind: 'season', season: 'autumn' } } },
    ],
    notMatching: ['The mill closes this fall.'],
  },
  {
    id: 'date.anchor.following-month',
    note: 'A month counted from the period just told; a bare "that May" is too often the verb.',
    priority: 1,
    pattern: pattern(`\\b(?:the (?<which>following|previous|preceding|prior)|that) (?<month>{monthAlone})(?!\\s*\\d)`, 'g'),
    guard: (m) => m.groups.which !== undefined || m.groups.month !== 'May',
    build: (m) => ({ anchor: stepOf(m.groups.which), anchorKind: 'period', anchorTarget: { kind: 'month', month: monthNumber(m.groups.month!)! } }),
    examples: [
      { text: 'Talks resumed the following March.', expect: { anchor: 1, anchorTarget: { kind: 'month', month: 3 } } },
      { text: 'By that Sept. the fund was empty.', expect: { anchor: 0, anchorTarget: { kind: 'month', month: 9 } } },
    ],
    notMatching: ['He said that May be true.', 'Talks resumed the following March 3.'],
  },
  {
    id: 'date.anchor.months-later',
    pattern: pattern(`\\b(?<count>{count}) months? (?<direction>later|earlier|on)\\b(?!\\s+than\\b)`, 'gi'),
    build: (m) => ({ anchor: laterOrEarlier(1)(m), anchorKind: 'months' }),
    examples: [{ text: 'Six months on, the road is still shut.', expect: { anchor: 6, anchorKind: 'months' } }],
    notMatching: ['It took six months longer than planned.'],
  },
  {
    id: 'date.anchor.years-later',
    pattern: pattern(`\\b(?<count>{count}) years? (?<direction>later|earlier|on)\\b(?!\\s+than\\b)`, 'gi'),
    build: (m) => ({ anchor: laterOrEarlier(1)(m), anchorKind: 'year' }),
    examples: [{ text: 'Two years earlier he had won the seat.', expect: { anchor: -2, anchorKind: 'year' } }],
    notMatching: ['He won the seat two years earlier than his rival.'],
  },
  {
    id: 'date.anchor.weeks-later',
    pattern: pattern(`\\b(?<count>{count}) weeks? (?<direction>later|earlier)\\b(?!\\s+than\\b)`, 'gi'),
    build: (m) => ({ anchor: laterOrEarlier(7)(m), anchorKind: 'week' }),
    examples: [{ text: 'Three weeks later the ban was lifted.', expect: { anchor: 21, anchorKind: 'week' } }],
    notMatching: ['The ban was lifted three weeks on.'],
  },
];

export const DATE_ANCHORS = dateRuleTable('dateAnchors', [...DAY_RULES, ...PERIOD_RULES]);
