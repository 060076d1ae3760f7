/**
 * Date expressions in a sentence, resolved against the article's publication date.
 *
 * chrono-node reads calendar dates ("February 28", "Dec. 5, 2017"); the rules here cover what it lacks
 * or gets wrong for news: weekdays with a past bias ("Monday" in a Thursday paper is three days ago),
 * weeks, months and years relative to publication ("earlier this week", "last year", "later this
 * year"), seasons ("in the fall"), bare years ("the 2016 election"), and expressions anchored to
 * another event ("the following day"), which the timeline resolves from context. Granularity is kept:
 * a year is the whole year. Without a publication date, relative expressions stay unresolved
 * ("Monday, week unknown") rather than guessed.
 *
 * Also: calendar quarters ("Q3", "the fourth quarter of 2023"; fiscal periods are claimed and left
 * alone, since a company's fiscal year is not the calendar's), halves of a year, deadlines ("by the
 * end of the year": the rest of the period), ranges ("July 16-18", "between March and May") as one
 * mention, "overnight" (the night before publication, or after it when the sentence looks forward),
 * and anchors that name their event ("two days after the vote", "the previous weekend").
 */
import { findCalendarDates, pickInstance, resolveCalendar, unresolvedCalendarLabel, type CalendarOptions } from './dateCalendar.ts';
import { CLOCK_PATTERNS } from './dateClock.ts';
import {
  addDays,
  dayDate,
  isoOf,
  mondayOf,
  monthDate,
  monthOf,
  monthRangeDate,
  MONTH_NAMES,
  validDay,
  nightDate,
  quarterDate,
  crossingSeason,
  seasonDate,
  seasonYearContaining,
  weekDate,
  weekdayOf,
  weekendDate,
  WEEKDAY_NAMES,
  yearDate,
  yearOf,
  type ResolvedDate,
  type Season,
} from './dateMath.ts';
import { monthsFrom, placeFrom, type Yearless } from './dateNarrative.ts';
import { RECALL_RULES, SEASON_SUBJECT_NOUNS, SEASON_SUBJECT_VERBS } from './dateRecall.ts';
import { joinSpans } from './dateSpans.ts';
import { datesTheReport, speaksOfFuture, speaksOfPast } from './dateTense.ts';

export interface DateMention {
  /** The words as written ("on Monday", "the 2016 election"). */
  expression: string;
  /** Offset of the expression in the sentence. */
  index: number;
  /** The resolved date; absent when it cannot be placed. */
  date?: ResolvedDate;
  /** What is known when the date cannot be placed ("Monday, week unknown"). */
  unresolved?: string;
  /** Days from the event just mentioned ("the following day" = 1); resolved by the timeline. */
  anchor?: number;
  /** What an anchored expression names: a day (default), the week of it, or the weekend before it. */
  anchorKind?: AnchorKind;
  /** The event an anchor names ("two days after the vote": "vote"), as a search term. */
  anchorTerm?: string;
  /** The sentence looks forward at this date ("will vote Tuesday"). */
  future: boolean;
  /** The date says when something was said ("officials said yesterday"), not when the event happened. */
  reporting: boolean;
  /**
   * A time of day without a day ("10:42pm", "at 8 p.m. ET"): on the day of the live-blog entry or
   * of the sentence it continues, else the day of publication (resolved by the timeline).
   */
  clock?: boolean;
  /** A month, season or range of months named without a year: the timeline may place it in a narrative's year. */
  yearless?: Yearless;
  /**
   * Counted from another date of the same sentence ("in August 2022 and indicted two months later"):
   * 1 forward (or the same period), −1 back.
   */
  counted?: number;
  /**
   * The thing a year names ("the 2016 presidential election": "presidential election"): the sentence
   * mentions a past event in passing rather than telling what happened then.
   */
  names?: string;
  /** What a 'period' anchor names ("the following spring": a spring, one on from the date just told). */
  anchorTarget?: Yearless;
}

/**
 * What an anchored expression names, counted from the event it is anchored to: a day (default), the
 * week of it, the weekend before or after it, or a year ("the following year": `anchor` years on).
 */
export type AnchorKind = 'day' | 'week' | 'weekend-before' | 'weekend-after' | 'year' | 'months' | 'period';

/** Anchors counted from the period just told (its year, month or season), not from a single day. */
export function periodAnchor(kind: AnchorKind | undefined): boolean {
  return kind === 'year' || kind === 'months' || kind === 'period';
}

type Resolution = Pick<DateMention, 'date' | 'unresolved' | 'anchor' | 'anchorKind' | 'anchorTerm' | 'clock' | 'yearless' | 'anchorTarget' | 'names'>;

/**
 * The date an anchored mention names, counted from the event it is anchored to (a day, or for
 * period anchors the period just told).
 */
export function anchoredDate(from: string | ResolvedDate, mention: Pick<DateMention, 'anchor' | 'anchorKind' | 'anchorTarget'>): ResolvedDate {
  const offset = mention.anchor ?? 0;
  const base = typeof from === 'string' ? from : from.start;
  const period = typeof from === 'string' ? dayDate(from) : from;
  switch (mention.anchorKind) {
    case 'months':
      return monthsFrom(period, offset);
    case 'period':
      return mention.anchorTarget ? placeFrom(mention.anchorTarget, period, offset) : yearDate(yearOf(base) + offset);
    case 'year':
      return yearDate(yearOf(base) + offset);
    case 'week':
      return weekDate(addDays(base, offset));
    case 'weekend-before': {
      // The last whole weekend before the day: the Sunday strictly before it, and its Saturday.
      const sunday = addDays(base, -(weekdayOf(base) || 7));
      return weekendDate(addDays(sunday, -1));
    }
    case 'weekend-after': {
      return weekendDate(addDays(base, (6 - weekdayOf(base) + 7) % 7 || 7));
    }
    default:
      return dayDate(addDays(base, offset));
  }
}

interface Context {
  text: string;
  published?: string;
  /** Seasons the southern way (summer is December–February). */
  southern?: boolean;
}

export interface MentionOptions extends CalendarOptions {
  /** The article places itself in the southern hemisphere: seasons are read the southern way. */
  southern?: boolean;
}

interface Candidate {
  index: number;
  text: string;
  /** Wins ties between overlapping candidates of the same length. */
  priority: number;
  resolve(ctx: Context, future: boolean): Resolution | undefined;
}

const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
};
const NUMBER = '(a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,2})';
const YEAR = '(1[89]\\d\\d|20\\d\\d)';
const SEASON_WORD = '(spring|summer|fall|autumn|winter)';

/** "following" +1, "previous" −1, none ("that spring") 0. */
function step(word: string | undefined): number {
  return word === undefined ? 0 : /following/i.test(word) ? 1 : -1;
}

function count(word: string): number {
  return NUMBER_WORDS[word.toLowerCase()] ?? Number(word);
}

function seasonNamed(word: string): Season {
  const w = word.toLowerCase();
  return w === 'fall' ? 'autumn' : (w as Season);
}

const unknown = (label: string) => ({ unresolved: label });

/** A rule: a pattern and how to resolve a match. */
interface Rule {
  pattern: RegExp;
  priority?: number;
  resolve(m: RegExpMatchArray, ctx: Context, future: boolean): Resolution | undefined;
}

function relativeDay(days: number) {
  return (_m: RegExpMatchArray, ctx: Context) => (ctx.published ? { date: dayDate(addDays(ctx.published, days)) } : unknown(`“${_m[0]}”, date unknown`));
}

/** A bare weekday, last/next/this weekday: in the past unless the sentence looks forward. */
function resolveWeekday(m: RegExpMatchArray, ctx: Context, future: boolean) {
  const modifier = (m[1] ?? '').toLowerCase().replace(/\s+/g, ' ');
  const target = WEEKDAY_NAMES.indexOf(m[2]);
  if (!ctx.published) return unknown(`${m[2]}, week unknown`);
  const dow = weekdayOf(ctx.published);
  const back = (dow - target + 7) % 7;
  const ahead = (target - dow + 7) % 7;
  let offset: number;
  if (modifier === 'last' || modifier === 'this past' || modifier === 'past') offset = -(back || 7);
  else if (modifier === 'next' || modifier === 'this coming' || modifier === 'coming') offset = ahead || 7;
  else offset = future ? ahead : -back;
  return { date: dayDate(addDays(ctx.published, offset)) };
}

function resolveWeek(m: RegExpMatchArray, ctx: Context) {
  const part = (m[1] ?? '').toLowerCase();
  const which = m[2].toLowerCase();
  if (!ctx.published) return unknown(`“${m[0]}”, date unknown`);
  const pub = ctx.published;
  const shift = which === 'last' || which === 'the previous' || which === 'the past' ? -7 : which === 'next' || which === 'the coming' ? 7 : 0;
  const monday = addDays(mondayOf(pub), shift);
  const sunday = addDays(monday, 6);
  if (shift === 0 && (part === 'earlier' || part === 'early') && pub > monday) return { date: weekDate(monday, { start: monday, end: addDays(pub, -1) }) };
  if (shift === 0 && (part === 'later' || part === 'late') && pub < sunday) return { date: weekDate(monday, { start: addDays(pub, 1), end: sunday }) };
  return { date: weekDate(monday) };
}

function resolveWeekend(m: RegExpMatchArray, ctx: Context, future: boolean) {
  if (!ctx.published) return unknown(`“${m[0]}”, date unknown`);
  const which = (m[1] ?? '').toLowerCase();
  const pub = ctx.published;
  const dow = weekdayOf(pub);
  const inWeekend = dow === 6 || dow === 0;
  // The Saturday of the weekend in progress or just past, and of the next one.
  const lastSaturday = addDays(pub, -((dow + 1) % 7));
  const nextSaturday = addDays(pub, (6 - dow + 7) % 7 || 7);
  let saturday: string;
  if (which === 'last' || which === 'past') saturday = inWeekend ? addDays(lastSaturday, -7) : lastSaturday;
  else if (which === 'next' || which === 'coming') saturday = nextSaturday;
  else if (inWeekend) saturday = lastSaturday;
  else if (future) saturday = nextSaturday;
  else if (which === 'this' && !speaksOfPast(ctx.text, m.index ?? 0)) {
    // "This weekend" with no tense to go by: early in the week it is the one just past, from
    // Wednesday on the one coming.
    saturday = dow >= 3 ? nextSaturday : lastSaturday;
  } else saturday = lastSaturday;
  return { date: weekendDate(saturday) };
}

function resolveMonth(m: RegExpMatchArray, ctx: Context) {
  const part = (m[1] ?? '').toLowerCase();
  const which = m[2].toLowerCase();
  if (!ctx.published) return unknown(`“${m[0]}”, date unknown`);
  const pub = ctx.published;
  let year = yearOf(pub);
  let month = monthOf(pub) + (which === 'last' ? -1 : which === 'next' ? 1 : 0);
  if (month === 0) (month = 12), year--;
  if (month === 13) (month = 1), year++;
  const whole = monthDate(year, month);
  if (which === 'this' && (part === 'earlier' || part === 'early') && pub > whole.start) return { date: monthDate(year, month, { start: whole.start, end: addDays(pub, -1), prefix: 'Earlier in' }) };
  if (which === 'this' && (part === 'later' || part === 'late') && pub < whole.end) return { date: monthDate(year, month, { start: addDays(pub, 1), end: whole.end, prefix: 'Later in' }) };
  return { date: whole };
}

function resolveYear(m: RegExpMatchArray, ctx: Context) {
  const part = (m[1] ?? '').toLowerCase();
  const which = m[2].toLowerCase();
  if (!ctx.published) return unknown(`“${m[0]}”, year unknown`);
  const pub = ctx.published;
  const year = yearOf(pub) + (which === 'last' ? -1 : which === 'next' ? 1 : 0);
  if (which === 'this' && (part === 'earlier' || part === 'early') && pub > isoOf(year, 1, 1)) return { date: yearDate(year, { start: isoOf(year, 1, 1), end: addDays(pub, -1), prefix: 'Earlier in' }) };
  if (which === 'this' && (part === 'later' || part === 'late') && pub < isoOf(year, 12, 31)) return { date: yearDate(year, { start: addDays(pub, 1), end: isoOf(year, 12, 31), prefix: 'Later in' }) };
  return { date: yearDate(year) };
}

function agoResolver(unit: 'day' | 'week' | 'month' | 'year') {
  return (m: RegExpMatchArray, ctx: Context) => {
    if (!ctx.published) return unknown(`“${m[0]}”, date unknown`);
    const n = count(m[1]);
    const pub = ctx.published;
    if (unit === 'day') return { date: dayDate(addDays(pub, -n)) };
    if (unit === 'week') return { date: weekDate(addDays(pub, -7 * n)) };
    if (unit === 'year') return { date: yearDate(yearOf(pub) - n) };
    const total = yearOf(pub) * 12 + monthOf(pub) - 1 - n;
    return { date: monthDate(Math.floor(total / 12), (total % 12) + 1) };
  };
}

/**
 * Which instance of a season: "this" and bare mentions mean the one of the publication year (for
 * winter, the one running at or after publication); "last"/"next" the one before/after. A bare
 * mention of a season already over this year means next year's, unless the sentence is plainly in
 * the past; one not yet begun means last year's only in a plainly past sentence.
 */
function pickSeason(season: Season, which: string, pub: string, future: boolean, past: boolean, southern = false): ResolvedDate {
  const instance = (s: Season, y: number) => seasonDate(s, y, southern);
  const pubYear = yearOf(pub);
  const current = seasonYearContaining(season, pub, southern);
  if (which === 'last' || which === 'past' || which === 'this past') {
    let y = current ?? pubYear;
    while (instance(season, y).end >= pub) y--;
    return instance(season, y);
  }
  if (which === 'next' || which === 'coming' || which === 'this coming') {
    let y = pubYear - 1;
    while (instance(season, y).start <= pub) y++;
    return instance(season, y);
  }
  if (current !== undefined) return instance(season, current);
  const thisYear = season === crossingSeason(southern) && monthOf(pub) <= 2 ? pubYear - 1 : pubYear;
  const chosen = instance(season, thisYear);
  // A season already over this year is next year's unless the sentence is plainly in the past.
  if (chosen.end < pub && (future || !past)) return instance(season, thisYear + 1);
  if (past && !future && chosen.start > pub) return instance(season, thisYear - 1);
  return chosen;
}

function seasonResolver(seasonGroup: number, whichGroup: number | undefined, yearGroup: number | undefined) {
  return (m: RegExpMatchArray, ctx: Context, future: boolean): Resolution => {
    const season = seasonNamed(m[seasonGroup]);
    const year = yearGroup !== undefined && m[yearGroup] ? Number(m[yearGroup]) : undefined;
    if (year !== undefined) return { date: seasonDate(season, year, ctx.southern) };
    const name = season[0].toUpperCase() + season.slice(1);
    if (!ctx.published) return unknown(`${name}, year unknown`);
    const which = whichGroup !== undefined ? (m[whichGroup] ?? '').toLowerCase().replace(/^the\s+/, '').replace(/\s+/g, ' ') : '';
    const index = m.index ?? 0;
    const date = pickSeason(season, which, ctx.published, future, speaksOfPast(ctx.text, index), ctx.southern);
    return which ? { date } : { date, yearless: { kind: 'season', season, southern: ctx.southern } };
  };
}

/** "Overnight": the night before publication, or the night after it when the sentence looks forward. */
function resolveOvernight(m: RegExpMatchArray, ctx: Context, future: boolean): Resolution {
  if (!ctx.published) return unknown(`“${m[0]}”, date unknown`);
  return { date: nightDate(future ? ctx.published : addDays(ctx.published, -1)) };
}

const ORDINALS: Record<string, number> = { first: 1, '1st': 1, second: 2, '2nd': 2, third: 3, '3rd': 3, fourth: 4, '4th': 4, final: 4, last: 4 };

/**
 * Words that show a sentence is about money or the economy, where "the third quarter" is a part of
 * the year (elsewhere it may be a quarter of a match).
 */
const FINANCIAL = /\b(?:revenues?|sales|profits?|earnings|loss(?:es)?|income|results|growth|GDP|economy|economic|inflation|quarterly|shares?|stocks?|investors?|analysts?|forecasts?|guidance|margins?|orders|deliveries|shipments|dividends?|percent|output|spending|deficit|unemployment)\b|[$€£¥%]/i;

/**
 * A product or project schedule ("shipping later this quarter", "slipped from the first quarter"),
 * where a quarter is a part of the year too, unless the sentence is about a match.
 */
const PLANNING = /\b(?:roadmap|ship(?:s|ping|ped)?|launch(?:es|ed|ing)?|releases?|released|rollout|roll(?:s|ed|ing)? out|beta|preview|slipped|slips|delayed|delays?|promised|planned|deadline|schedule[ds]?|on track|available|deliver(?:s|ed|y)?)\b/i;
const MATCH = /\b(?:scor(?:e|es|ed|ing)|points?|goals?|touchdowns?|half-?time|quarterback|game|match|innings|period|minutes? (?:left|remaining)|lead|trailed|basket|baskets)\b/i;

/** A sentence where a quarter or half without "fiscal" is a part of the calendar year. */
function calendarPeriodContext(text: string): boolean {
  return FINANCIAL.test(text) || (PLANNING.test(text) && !MATCH.test(text));
}

/** A calendar quarter; without a year, the instance the sentence's tense points at. Fiscal quarters are left alone. */
function resolveQuarter(quarterOf: (m: RegExpMatchArray) => number | undefined, yearGroup: number | undefined) {
  return (m: RegExpMatchArray, ctx: Context, future: boolean): Resolution | undefined => {
    const quarter = quarterOf(m);
    if (!quarter) return undefined;
    const yearText = yearGroup !== undefined ? m[yearGroup] : undefined;
    if (yearText) {
      const year = /^\d{4}$/.test(yearText) ? Number(yearText) : 2000 + Number(yearText.slice(-2));
      return { date: quarterDate(year, quarter) };
    }
    if (!calendarPeriodContext(ctx.text)) return undefined;
    if (!ctx.published) return unknown(`Q${quarter}, year unknown`);
    const pubYear = yearOf(ctx.published);
    const candidates = [pubYear - 1, pubYear, pubYear + 1].map((y) => quarterDate(y, quarter));
    return { date: pickInstance(candidates, ctx.published, future, speaksOfPast(ctx.text, m.index ?? 0)) };
  };
}

/** "last quarter", "this quarter", "next quarter": relative to the quarter of publication. */
function resolveRelativeQuarter(m: RegExpMatchArray, ctx: Context): Resolution | undefined {
  if (!calendarPeriodContext(ctx.text)) return undefined;
  if (!ctx.published) return unknown(`“${m[0]}”, date unknown`);
  const which = m[1].toLowerCase();
  const shift = /last|previous|past/.test(which) ? -1 : /next|coming/.test(which) ? 1 : 0;
  const index = yearOf(ctx.published) * 4 + Math.floor((monthOf(ctx.published) - 1) / 3) + shift;
  return { date: quarterDate(Math.floor(index / 4), (index % 4) + 1) };
}

/** The year a phrase names: "next year", "this year", "the year", "2025". */
function namedYear(word: string, published: string | undefined): number | undefined {
  if (/^\d{4}$/.test(word)) return Number(word);
  if (!published) return undefined;
  return yearOf(published) + (/\b(?:last|previous)\b/i.test(word) ? -1 : /\b(?:next|following)\b/i.test(word) ? 1 : 0);
}

/** "the first half of next year", "the second half of 2023": year granularity over six months. */
function resolveHalf(m: RegExpMatchArray, ctx: Context): Resolution {
  const year = namedYear(m[2], ctx.published);
  if (year === undefined) return unknown(`“${m[0]}”, year unknown`);
  const first = /^(?:first|front|1)$/i.test(m[1]);
  if (!ctx.published && !/^\d{4}$/.test(m[2])) return unknown(`“${m[0]}”, year unknown`);
  return {
    date: yearDate(year, first ? { start: isoOf(year, 1, 1), end: isoOf(year, 6, 30), prefix: 'First half of' } : { start: isoOf(year, 7, 1), end: isoOf(year, 12, 31), prefix: 'Second half of' }),
  };
}

/**
 * "By the end of the year", "until the end of next month": a deadline. The period, from the day after
 * publication when it is still running (the whole period when it is over), labelled as the deadline.
 */
function resolveEndOf(m: RegExpMatchArray, ctx: Context): Resolution {
  const word = m[1].toLowerCase();
  const lead = word === 'by' ? 'By' : word === 'before' ? 'Before' : 'Until';
  const which = (m[2] ?? m[4] ?? '').toLowerCase();
  const unit = (m[3] ?? m[5] ?? 'year').toLowerCase();
  if (!ctx.published && !m[6]) return unknown(`“${m[0]}”, date unknown`);
  const pub = ctx.published;
  let whole: ResolvedDate;
  if (m[6]) whole = yearDate(Number(m[6]));
  else if (unit === 'year') whole = yearDate(namedYear(which || 'this', pub)!);
  else if (unit === 'month') {
    const total = yearOf(pub!) * 12 + monthOf(pub!) - 1 + (which === 'next' ? 1 : which === 'last' ? -1 : 0);
    whole = monthDate(Math.floor(total / 12), (total % 12) + 1);
  } else whole = weekDate(addDays(pub!, which === 'next' ? 7 : which === 'last' ? -7 : 0));
  const name = unit === 'week' ? `the ${whole.label.replace(/^Week/, 'week')}` : whole.label;
  const label = `${lead} the end of ${name}`;
  const start = pub && whole.end >= pub && addDays(pub, 1) > whole.start ? addDays(pub, 1) : whole.start;
  return { date: { ...whole, start: start > whole.end ? whole.end : start, label } };
}

/** "between March and May", "from June to August 2023": month granularity over the months. */
function resolveMonthRange(m: RegExpMatchArray, ctx: Context, future: boolean): Resolution | undefined {
  const from = MONTH_INDEX[m[1].slice(0, 3).toLowerCase()];
  const to = MONTH_INDEX[m[3].slice(0, 3).toLowerCase()];
  const range = (startYear: number) => monthRangeDate(startYear, from, to < from ? startYear + 1 : startYear, to);
  // "between March 2019 and June 2022": both ends dated.
  if (m[2]) {
    const endYear = m[4] ? Number(m[4]) : to < from ? Number(m[2]) + 1 : Number(m[2]);
    if (endYear < Number(m[2]) || (endYear === Number(m[2]) && to < from)) return undefined;
    return { date: monthRangeDate(Number(m[2]), from, endYear, to) };
  }
  if (m[4]) {
    const endYear = Number(m[4]);
    return { date: range(to < from ? endYear - 1 : endYear) };
  }
  if (!ctx.published) return unknown(`“${m[0]}”, year unknown`);
  const pubYear = yearOf(ctx.published);
  const candidates = [pubYear - 1, pubYear, pubYear + 1].map(range);
  return { date: pickInstance(candidates, ctx.published, future, speaksOfPast(ctx.text, m.index ?? 0))!, yearless: { kind: 'months', from, to } };
}

/** The next word after a number that makes it a count, not a year ("the 2000 fans"). */
const COUNT_NOUN = /^(?:people|persons?|percent|per|votes?|voters|residents|fans|students|workers|employees|members|troops|soldiers|homes|houses|jobs|miles|kilometres|kilometers|km|feet|ft|metres|meters|acres|hectares|dollars|euros|pounds|tonnes|tons|cars|vehicles|copies|units|seats|points|yards|rooms|beds|children|signatures|pages|words|hours|minutes|times|calories|square|spectators|participants|runners|customers|users|cases|deaths|names|items|gmt|utc|hrs)\b/i;

/** Words that end the noun phrase a year modifies ("the 2016 election | won by him"). */
const PHRASE_STOP =
  '(?:in|on|at|of|for|with|to|and|or|but|by|from|that|which|who|whom|whose|was|were|is|are|as|had|has|have|will|would|could|should|can|may|might|must|did|do|does|not|been|be|during|won|lost|after|before|since|until|amid|over|against|when|where|while|said|says|it|he|she|they|we|you|also|only|just|into|about|than|then|so|if|because|through|between|under|via|like|feature|features|show|shows|showed)';

function bareYear(yearGroup: number) {
  return (m: RegExpMatchArray) => ({ date: yearDate(Number(m[yearGroup])) });
}

const MONTH_INDEX: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};
const MONTH = '(January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)';

/** A month without a day: "in June", "last March", "July 2018", "by early September". */
function resolveMonthName(whichGroup: number, monthGroup: number, yearGroup: number) {
  return (m: RegExpMatchArray, ctx: Context, future: boolean): Resolution => {
    const month = MONTH_INDEX[m[monthGroup].slice(0, 3).toLowerCase()];
    const year = m[yearGroup] ? Number(m[yearGroup]) : undefined;
    const hit = { index: m.index ?? 0, text: m[0], month, year };
    if (year !== undefined || !ctx.published) {
      const date = resolveCalendar(hit, ctx.published, future, speaksOfPast(ctx.text, hit.index));
      return date ? { date } : unknown(unresolvedCalendarLabel(hit));
    }
    // "reached 36 degrees last March": the word before the match, when the pattern's own group is empty.
    const before = /\b(last|next|this)\s+(?:(?:early|late|mid)[\s-]+)?$/i.exec(ctx.text.slice(0, m.index ?? 0))?.[1];
    const which = (m[whichGroup] ?? before ?? '').toLowerCase();
    const pubYear = yearOf(ctx.published);
    const pubMonth = monthOf(ctx.published);
    if (which === 'last') return { date: monthDate(month < pubMonth ? pubYear : pubYear - 1, month) };
    if (which === 'next') return { date: monthDate(month > pubMonth ? pubYear : pubYear + 1, month) };
    if (which === 'this') return { date: monthDate(pubYear, month) };
    return { date: resolveCalendar(hit, ctx.published, future, speaksOfPast(ctx.text, hit.index))!, yearless: { kind: 'month', month } };
  };
}

const WEEKDAY = '(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)';
/** "Thursday evenings", "on Tuesday and Thursday evenings", "Mondays and Fridays": recurring days, not dates. */
const NOT_RECURRING =
  '(?! (?:mornings|afternoons|evenings|nights)\\b)(?!,?\\s+(?:and|or)\\s+(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)(?:s\\b| (?:mornings|afternoons|evenings|nights)\\b))';

const ORDINAL_QUARTER = '(first|second|third|fourth|final|1st|2nd|3rd|4th)';
const NOT_FISCAL = '(?<!\\b(?:fiscal|financial)[\\s-]+)';
/** Not after "comes" or "came" ("come a day after the vote"): that counts the vote back from the news. */
const NOT_COMES = '(?<!\\b(?:comes?|came)\\s+(?:(?:just|only|exactly|nearly|almost|barely)\\s+)?)';
/** "the vote", "its launch": the event an anchored expression counts from. */
const EVENT_NAMED = '(?:the|his|her|its|their|this|that) (\\p{L}[\\p{L}-]*)';

/** "Two days after the vote", "the weekend before the election": counted from a named event. */
function resolveAfterEvent(m: RegExpMatchArray): Resolution {
  const unit = m[2].toLowerCase();
  const sign = m[3].toLowerCase() === 'before' ? -1 : 1;
  const n = m[1] ? count(m[1]) : 1;
  if (unit === 'weekend') return { anchor: 0, anchorKind: sign < 0 ? 'weekend-before' : 'weekend-after', anchorTerm: m[4] };
  if (unit.startsWith('week')) return { anchor: 7 * n * sign, anchorKind: 'week', anchorTerm: m[4] };
  return { anchor: n * sign, anchorTerm: m[4] };
}

/** "the 14th": that day of the month the sentence's tense points at (this month, the last or the next). */
function resolveOrdinalDay(m: RegExpMatchArray, ctx: Context, future: boolean): Resolution | undefined {
  const day = Number(m[1]);
  if (!ctx.published) return unknown(`the ${m[1]}${m[2]}, month unknown`);
  const total = yearOf(ctx.published) * 12 + monthOf(ctx.published) - 1;
  const candidates = [total - 1, total, total + 1]
    .map((t) => validDay(Math.floor(t / 12), (t % 12) + 1, day))
    .filter((iso): iso is string => !!iso)
    .map(dayDate);
  const date = pickInstance(candidates, ctx.published, future, speaksOfPast(ctx.text, m.index ?? 0));
  return date ? { date } : undefined;
}

/**
 * British "Tuesday week" (the Tuesday after the coming one), "a week on Tuesday" (the same), "last
 * Tuesday week" and "a week last Tuesday" (the Tuesday before last Tuesday).
 */
function resolveWeekdayWeek(m: RegExpMatchArray, ctx: Context): Resolution {
  const name = m[2] ?? m[4];
  if (!ctx.published) return unknown(`“${m[0]}”, date unknown`);
  const backwards = /last/i.test(m[1] ?? m[3] ?? '');
  const target = WEEKDAY_NAMES.indexOf(name);
  const dow = weekdayOf(ctx.published);
  const offset = backwards ? -((dow - target + 7) % 7 || 7) - 7 : ((target - dow + 7) % 7 || 7) + 7;
  return { date: dayDate(addDays(ctx.published, offset)) };
}

/** "the start of the month", "the middle of last year": the whole period, as "late last month" is. */
function resolvePartOfPeriod(m: RegExpMatchArray, ctx: Context): Resolution | undefined {
  const which = m[1].toLowerCase();
  const unit = m[2].toLowerCase();
  const word = which === 'the' ? 'this' : which;
  const fake = Object.assign([m[0], undefined, word, unit], { index: m.index }) as unknown as RegExpMatchArray;
  if (unit === 'month') return resolveMonth(fake, ctx);
  if (unit === 'year') return resolveYear(fake, ctx);
  return resolveWeek(Object.assign([m[0], undefined, word], { index: m.index }) as unknown as RegExpMatchArray, ctx);
}

/** "the 2022-23 season", "in 2023/24": two years in a row, as one span at year granularity. */
function resolveYearSpan(m: RegExpMatchArray): Resolution | undefined {
  const first = Number(m[1]);
  const second = m[2].length === 2 ? Math.floor(first / 100) * 100 + Number(m[2]) : Number(m[2]);
  if (second !== first + 1) return undefined;
  return { date: { start: isoOf(first, 1, 1), end: isoOf(second, 12, 31), granularity: 'year', label: `${first}–${String(second).slice(-2)}` } };
}

function extraRules(): Rule[] {
  return [
    {
      pattern: new RegExp(
        `(?<=\\b(?:[Oo]n|[Bb]y|[Uu]ntil|[Tt]ill|[Ff]rom|[Ss]ince|[Bb]efore|[Aa]fter|[Aa]nd|[Oo]r|[Tt]o|[Aa]gain|(?:night|morning|evening|afternoon|hours) of)\\s+)the ([1-9]|[12]\\d|3[01])(st|nd|rd|th)\\b(?=\\s*(?:[,.;:)—–]|$|(?:when|and|but|as|at|in|with|after|before|until)\\b))`,
        'g',
      ),
      resolve: resolveOrdinalDay,
    },
    {
      pattern: new RegExp(`\\b(?:(?:([Ll]ast|[Nn]ext) )?${WEEKDAY} week\\b(?!['’]s|end)|\\ba week (on|last|next) ${WEEKDAY}\\b)`, 'g'),
      priority: 2,
      resolve: (m, ctx) => resolveWeekdayWeek([m[0], m[1], m[2], m[3], m[4]] as unknown as RegExpMatchArray, ctx),
    },
    { pattern: new RegExp(`\\b${NUMBER} fortnights? ago\\b`, 'gi'), resolve: (m, ctx) => agoResolver('week')(Object.assign([m[0], String(2 * count(m[1]))], { index: m.index }) as unknown as RegExpMatchArray, ctx) },
    { pattern: /\b(?:the )?(?:start|beginning|middle|end) of (the|this|last|next) (month|year|week)\b/gi, priority: 1, resolve: (m, ctx) => resolvePartOfPeriod(m, ctx) },
    { pattern: new RegExp(`(?<![\\d.,/])\\b${YEAR}[-–/](\\d{2}|\\d{4})\\b(?![-–/.,]?\\d)`, 'g'), priority: 1, resolve: resolveYearSpan },
    // Counted from the date just mentioned: "the following year", "six weeks later".
    { pattern: /\bthe (following|previous|preceding|prior) year\b/gi, resolve: (m) => ({ anchor: /following/i.test(m[1]) ? 1 : -1, anchorKind: 'year' as const }) },
    { pattern: /\b(?:(?:later|earlier) )?that (?:same )?year\b/gi, resolve: () => ({ anchor: 0, anchorKind: 'year' as const }) },
    // "the following spring", "that summer", "the previous March": counted from the period just told.
    {
      pattern: new RegExp(`\\b(?:the (following|previous|preceding|prior)|(?:(?:early|late) )?that) ${SEASON_WORD}\\b`, 'gi'),
      priority: 1,
      resolve: (m, ctx) => ({ anchor: step(m[1]), anchorKind: 'period' as const, anchorTarget: { kind: 'season' as const, season: seasonNamed(m[2]), southern: ctx.southern } }),
    },
    {
      pattern: new RegExp(`\\b(?:the (following|previous|preceding|prior)|that) ${MONTH}(?!\\s*\\d)`, 'g'),
      priority: 1,
      resolve: (m) =>
        m[1] === undefined && m[2] === 'May' ? undefined : { anchor: step(m[1]), anchorKind: 'period' as const, anchorTarget: { kind: 'month' as const, month: MONTH_INDEX[m[2].slice(0, 3).toLowerCase()] } },
    },
    { pattern: new RegExp(`\\b${NUMBER} months? (later|earlier|on)\\b(?!\\s+than\\b)`, 'gi'), resolve: (m) => ({ anchor: (m[2].toLowerCase() === 'earlier' ? -1 : 1) * count(m[1]), anchorKind: 'months' as const }) },
    { pattern: new RegExp(`\\b${NUMBER} years? (later|earlier|on)\\b(?!\\s+than\\b)`, 'gi'), resolve: (m) => ({ anchor: (m[2].toLowerCase() === 'earlier' ? -1 : 1) * count(m[1]), anchorKind: 'year' as const }) },
    { pattern: new RegExp(`\\b${NUMBER} weeks? (later|earlier)\\b(?!\\s+than\\b)`, 'gi'), resolve: (m) => ({ anchor: (m[2].toLowerCase() === 'earlier' ? -7 : 7) * count(m[1]), anchorKind: 'week' as const }) },
    ...CLOCK_PATTERNS.map((pattern): Rule => ({ pattern, resolve: () => ({ anchor: 0, clock: true }) })),
  ];
}

const RULES: Rule[] = [
  // Anchored to the event just mentioned.
  {
    pattern: new RegExp(`${NOT_COMES}\\b(?:${NUMBER}|the) (days?|nights?|weeks?|weekend) (after|before) ${EVENT_NAMED}`, 'giu'),
    priority: 1,
    resolve: (m) => (m[1] === undefined && !/^(?:day|night|week|weekend)$/i.test(m[2]) ? undefined : resolveAfterEvent(m)),
  },
  // "Her remarks come a day after the board closed …", "comes just one week after": what follows
  // "after" is counted back from now (a present "come"), or from the event just told ("came").
  {
    pattern: new RegExp(`\\b(comes?|came)\\s+(?:(?:just|only|exactly|nearly|almost|barely)\\s+)?${NUMBER}\\s+(days?|weeks?)\\s+(after|before)\\b`, 'gi'),
    priority: 1,
    resolve: (m, ctx) => {
      const days = count(m[2]) * (/^week/i.test(m[3]) ? 7 : 1) * (/^after$/i.test(m[4]) ? -1 : 1);
      if (/^came$/i.test(m[1])) return { anchor: days };
      return ctx.published ? { date: dayDate(addDays(ctx.published, days)) } : unknown(`“${m[0]}”, date unknown`);
    },
  },
  { pattern: /\b(?:the|a) (?:day|night) after\b(?! tomorrow)/gi, resolve: () => ({ anchor: 1 }) },
  { pattern: /\bthe (?:previous|preceding|prior) weekend\b|\bthe weekend before\b/gi, resolve: () => ({ anchor: 0, anchorKind: 'weekend-before' as const }) },
  { pattern: /\bthe following weekend\b|\bthe weekend after\b/gi, resolve: () => ({ anchor: 0, anchorKind: 'weekend-after' as const }) },
  { pattern: /\b(?:the|a) (?:following|next) (?:day|morning|afternoon|evening|night)\b/gi, resolve: () => ({ anchor: 1 }) },
  { pattern: new RegExp(`\\b${NUMBER} days? later\\b(?!\\s+than\\b)`, 'gi'), resolve: (m) => ({ anchor: count(m[1]) }) },
  // "48 hours later", "24 hours earlier": whole days counted from the day just told (not "36 hours later").
  { pattern: /\b(24|48|72|96) hours (later|earlier)\b(?!\s+than\b)/gi, resolve: (m) => ({ anchor: (m[2].toLowerCase() === 'earlier' ? -1 : 1) * (Number(m[1]) / 24) }) },
  { pattern: /\b(?:the|a) (?:day|night) (?:before|earlier)\b|\bthe previous (?:day|morning|afternoon|evening|night)\b/gi, resolve: () => ({ anchor: -1 }) },
  { pattern: new RegExp(`\\b${NUMBER} days? earlier\\b(?!\\s+than\\b)`, 'gi'), resolve: (m) => ({ anchor: -count(m[1]) }) },
  { pattern: /\b(?:(?:later|earlier) that (?:same )?day|(?:on )?the same day|that same day)\b/gi, resolve: () => ({ anchor: 0 }) },
  // Relative to publication.
  {
    // "strengthened overnight", "rose to 21 overnight," (not "an overnight curfew").
    pattern: /(?<!\b(?:a|an|the|its|their|his|her|our|my|your)\s+)\bovernight\b(?=\s*(?:[,.;:!?)—–]|$|(?:as|and|but|in|on|at|into|to|with|before|after|while|when|from|amid|despite|because|so|the|a|an|near|across|around|along|through|until|since|according|off|over|under|for|by)\b))/gi,
    resolve: resolveOvernight,
  },
  { pattern: /\b(?:today|tonight|this (?:morning|afternoon|evening))\b/gi, resolve: relativeDay(0) },
  { pattern: /\b(?:yesterday(?: (?:morning|afternoon|evening))?|last night)\b/gi, resolve: relativeDay(-1) },
  { pattern: /\bthe day before yesterday\b/gi, priority: 1, resolve: relativeDay(-2) },
  { pattern: /\btomorrow(?: (?:morning|afternoon|evening|night))?\b/gi, resolve: relativeDay(1) },
  { pattern: /\bthe day after tomorrow\b/gi, priority: 1, resolve: relativeDay(2) },
  { pattern: new RegExp(`\\b${NUMBER} days? ago\\b`, 'gi'), resolve: agoResolver('day') },
  { pattern: new RegExp(`\\b${NUMBER} weeks? ago\\b`, 'gi'), resolve: agoResolver('week') },
  { pattern: new RegExp(`\\b${NUMBER} months? ago\\b`, 'gi'), resolve: agoResolver('month') },
  { pattern: new RegExp(`\\b${NUMBER} years? ago\\b`, 'gi'), resolve: agoResolver('year') },
  {
    // Not "a Friday night" or "every Monday": those name no particular day.
    pattern: new RegExp(`(?<!\\b(?:[Aa]n?|[Ee]very|[Ee]ach|[Aa]ny|[Oo]ne|[Ss]ome|[Oo]ther|[Aa]lternate|[Ss]econd|[Tt]hird|[Ff]ourth|[Ff]ifth)\\s)\\b(?:((?:[Ll]ast|[Nn]ext|[Tt]his past|[Tt]his coming|[Pp]ast|[Cc]oming|[Tt]his|[Ee]arlier|[Ll]ate|[Ee]arly|[Oo]n)) )?${WEEKDAY}(?!s\\b)\\b${NOT_RECURRING}(?: (?:morning|afternoon|evening|night)(?!s))?`, 'g'),
    resolve: (m, ctx, future) => resolveWeekday(m, ctx, future),
  },
  { pattern: /\b(?:(earlier|later|early|late) )?(this|last|next|the previous|the coming|the current) week\b/gi, resolve: resolveWeek },
  { pattern: /\b(?:(this|last|next|past|coming|over the|during the|on the) )weekend\b/gi, resolve: resolveWeekend },
  { pattern: /\b(?:(earlier|later|early|late) )?(this|last|next) month\b/gi, resolve: resolveMonth },
  {
    pattern: new RegExp(`(?<=\\b(?:[Ii]n|[Ss]ince|[Dd]uring|[Uu]ntil|[Tt]ill|[Bb]y|[Ff]rom|[Ff]or|[Oo]f|[Tt]hrough|[Bb]efore|[Aa]fter|[Bb]etween|[Aa]round|[Ee]arly|[Ll]ate|[Mm]id|[Ll]ast|[Nn]ext|[Tt]his|[Aa]nd|[Oo]r|[Tt]o)[\\s-]+)(?:((?:[Ll]ast|[Nn]ext|[Tt]his)) )?(?:(?:early|late|mid)[\\s-]+)?${MONTH}(?:,? ${YEAR})?(?![\\s.]*\\d)`, 'g'),
    resolve: resolveMonthName(1, 2, 3),
  },
  { pattern: new RegExp(`\\b${MONTH},? ${YEAR}\\b`, 'g'), resolve: resolveMonthName(0, 1, 2) },
  { pattern: /\b(?:(earlier|later|early|late) )?(this|last|next) year\b/gi, resolve: resolveYear },
  // Seasons.
  { pattern: new RegExp(`\\b${SEASON_WORD},? (?:of )?${YEAR}\\b`, 'gi'), priority: 1, resolve: seasonResolver(1, undefined, 2) },
  {
    pattern: new RegExp(`\\b(?:early |late |mid-?)?(this|last|next|the coming|the past|this past|this coming) ${SEASON_WORD}\\b(?:,? (?:of )?${YEAR}\\b)?`, 'gi'),
    priority: 2,
    resolve: seasonResolver(2, 1, 3),
  },
  {
    pattern: new RegExp(`\\b(?:in|during|by|until|till|over|through|throughout|for|since|before|after|from|this) (?:the )?(?:early |late |mid-?)?${SEASON_WORD}\\b(?:,? (?:of )?${YEAR}\\b)?(?! of\\b(?! \\d))`, 'gi'),
    priority: 2,
    resolve: seasonResolver(1, undefined, 2),
  },
  // Calendar quarters and halves of a year. Fiscal periods depend on the company: the whole phrase is
  // claimed and left unresolved so no calendar year or quarter inside it is read ("fiscal 2024",
  // "its fiscal fourth quarter of 2023", "FY2024").
  {
    pattern: new RegExp(`\\b(?:fiscal|financial)(?:[\\s-]+year)?(?:\\s+(?:the\\s+)?${ORDINAL_QUARTER}[\\s-]+(?:quarter|half)|\\s+Q[1-4]|\\s+H[12])?(?:,?\\s+(?:of\\s+|in\\s+)?(?:${YEAR}|['’]?\\d\\d)\\b)?|\\bFY\\s?(?:${YEAR}|\\d\\d)\\b`, 'gi'),
    priority: 3,
    resolve: () => undefined,
  },
  { pattern: new RegExp(`${NOT_FISCAL}\\b(?:the )?${ORDINAL_QUARTER}[\\s-]quarter(?:,? of|,? in|,)? ${YEAR}\\b`, 'gi'), priority: 2, resolve: resolveQuarter((m) => ORDINALS[m[1].toLowerCase()], 2) },
  {
    pattern: new RegExp(`${NOT_FISCAL}\\b(?:the )?${ORDINAL_QUARTER}[\\s-]quarter of (this|last|next|the current|the previous|the following) year\\b`, 'gi'),
    priority: 2,
    resolve: (m, ctx) => {
      const year = namedYear(m[2], ctx.published);
      return year === undefined ? unknown(`“${m[0]}”, year unknown`) : { date: quarterDate(year, ORDINALS[m[1].toLowerCase()]) };
    },
  },
  { pattern: new RegExp(`${NOT_FISCAL}\\bQ([1-4])(?:[\\s-]?(${YEAR}|['’]\\d\\d))?\\b`, 'g'), priority: 2, resolve: resolveQuarter((m) => Number(m[1]), 2) },
  {
    pattern: new RegExp(`${NOT_FISCAL}(?<=\\b(?:the|its|their|this|that|a|\\p{L}+['’]s)\\s+)${ORDINAL_QUARTER}[\\s-]quarter\\b(?![\\s-]+(?:of|in)\\s+(?:the|a|an|his|her|its|their)\\b)`, 'giu'),
    resolve: resolveQuarter((m) => ORDINALS[m[1].toLowerCase()], undefined),
  },
  { pattern: /(?<!\bthe\s+)\b(?:(?:later|earlier|early|late) )?(last|this|next|the previous|the current|the coming|the past) quarter\b/gi, resolve: resolveRelativeQuarter },
  {
    pattern: new RegExp(`\\b(?:the )?(first|second|latter|back|front) half of (?:the )?((?:last|this|next|current|previous|following) year|year|${YEAR})\\b`, 'gi'),
    priority: 2,
    resolve: resolveHalf,
  },
  { pattern: new RegExp(`\\bH([12])[\\s-]?(${YEAR})\\b`, 'g'), priority: 2, resolve: resolveHalf },
  // "planned for H2": a half of this year (or the one the tense points at) in a schedule, never hydrogen.
  {
    pattern: /(?<=\b(?:[Ff]or|[Ii]n|[Bb]y|[Uu]ntil|[Tt]ill|[Bb]efore|[Aa]fter|[Ff]rom|[Tt]o|[Dd]uring|[Tt]hrough|[Ss]ince|[Ee]arly|[Ll]ate)\s+)H([12])\b(?![\s-]?\d)(?=\s*(?:[,.;:)—–]|$|(?:and|or|but|with|after|before|at|when|as|if|while|rather|instead|this|next|last)\b))/g,
    resolve: (m, ctx) => (calendarPeriodContext(ctx.text) ? resolveHalf(Object.assign([m[0], m[1], 'this year'], { index: m.index }) as unknown as RegExpMatchArray, ctx) : undefined),
  },
  {
    pattern: new RegExp(`\\b(by|before|until|till|through) (?:the )?end of (?:(the|this|the current) (year|month|week)|(next|last) (year|month|week)|${YEAR})\\b`, 'gi'),
    priority: 2,
    resolve: resolveEndOf,
  },
  {
    pattern: new RegExp(`\\b(?:[Bb]etween|[Ff]rom) ${MONTH}(?:,? ${YEAR})? (?:and|to|through|until|till|-|–) ${MONTH}(?:,? (?:of )?${YEAR})?(?![\\p{L}\\d])`, 'gu'),
    priority: 2,
    resolve: resolveMonthRange,
  },
  ...extraRules(),
  ...RECALL_RULES.map((r): Rule => ({ pattern: r.pattern, priority: r.priority, resolve: (m, ctx, future) => r.resolve(m, ctx.published, future, speaksOfPast(ctx.text, m.index ?? 0)) })),
  // "It has been a busy spring", "it's been a long winter": the season running now, or just ended.
  {
    pattern: new RegExp(`(?<=\\b(?:has|have|[’']s|[’']ve) been\\s+)an?\\s+(?:\\p{L}+\\s+){0,2}?${SEASON_WORD}\\b(?!\\s+of\\b)`, 'giu'),
    resolve: (m, ctx) => {
      const season = seasonNamed(m[1]);
      if (!ctx.published) return unknown(`${season[0].toUpperCase()}${season.slice(1)}, year unknown`);
      return { date: pickSeason(season, '', ctx.published, false, true, ctx.southern) };
    },
  },
  // A season as the subject of a past-tense sentence: "Spring was wet", "The winter wave was worse".
  {
    pattern: new RegExp(`(?:^|(?<=\\b[Tt]he\\s))(?:(?:early|late|Early|Late)\\s)?${SEASON_WORD}(?:\\s(?:${SEASON_SUBJECT_NOUNS}))?(?=\\s(?:${SEASON_SUBJECT_VERBS})\\b)`, 'gi'),
    resolve: (m, ctx) => {
      const season = seasonNamed(m[1]);
      if (!ctx.published) return unknown(`${season[0].toUpperCase()}${season.slice(1)}, year unknown`);
      return { date: pickSeason(season, '', ctx.published, false, true, ctx.southern), yearless: { kind: 'season', season, southern: ctx.southern } };
    },
  },
  // Years. "the 2018 midterm elections": United States midterm elections are held in November.
  { pattern: new RegExp(`\\b(?:the )?${YEAR} mid-?terms?(?: (?:elections?|races?|votes?))?\\b`, 'gi'), priority: 2, resolve: (m) => ({ date: monthDate(Number(m[1]), 11) }) },
  { pattern: new RegExp(`(?<![$€£\\d.,])\\b(?:in|since|during|until|till|by|from|before|after|of|through|throughout|between|around|circa|early|late|mid-?)\\s+(?:early |late |mid-?)?${YEAR}\\b(?![.,]?\\d)(?!\\s*(?:people|percent|votes|voters|residents|fans|students|workers|members|troops|homes|jobs|miles|feet|acres|dollars|euros|pounds|tons|tonnes|cars|seats|points|children|hours)\\b)`, 'gi'), resolve: (m) => ({ date: yearDate(Number(m[1])) }) },
  { pattern: new RegExp(`(?<![$€£\\d.,])\\b${YEAR}[’']s\\b`, 'g'), resolve: bareYear(1) },
  // "the 2016 presidential election", "several 2017 press conference clips": the year and the noun it dates.
  {
    pattern: new RegExp(`\\b(?:the|a|an|his|her|their|its|this|that|several|whose|our|my|your|\\p{L}+[’']s)\\s+${YEAR}((?:\\s+(?!${PHRASE_STOP}\\b)[\\p{L}][\\p{L}.’'-]*){1,3})`, 'giu'),
    resolve: (m) => (COUNT_NOUN.test(m[2].trim()) || /^(?:fiscal|financial)\b/i.test(m[2].trim()) ? undefined : { date: yearDate(Number(m[1])), names: m[2].trim() }),
  },
  // "2011 and 2012", "2014–2016": a year right after another one.
  { pattern: new RegExp(`(?<=\\b(?:1[89]|20)\\d\\d\\s*(?:and|or|to|through|-|–)\\s*)${YEAR}\\b(?![.,]?\\d)`, 'g'), resolve: bareYear(1) },
];

function collectCandidates(text: string, options: MentionOptions): Candidate[] {
  // The timeline reads a sentence under several publication days; what matches does not depend on the day.
  const memoKey = `${options.dayFirst}|${options.southern}|${text}`;
  const memo = candidateMemo.get(memoKey);
  if (memo) return memo;
  if (candidateMemo.size >= CANDIDATE_MEMO_SIZE) candidateMemo.clear();
  const candidates: Candidate[] = [];
  candidateMemo.set(memoKey, candidates);
  for (const rule of RULES) {
    rule.pattern.lastIndex = 0;
    for (const m of text.matchAll(rule.pattern)) {
      const matchText = m[0].replace(/(?<!\b\p{L})[.,;:’']+$/u, '').replace(/\s+$/, '');
      candidates.push({ index: m.index ?? 0, text: matchText, priority: rule.priority ?? 0, resolve: (ctx, future) => rule.resolve(m, ctx, future) });
    }
  }
  for (const hit of findCalendarDates(text, options)) {
    candidates.push({
      index: hit.index,
      text: hit.text,
      priority: 1,
      resolve: (ctx, future) => {
        const date = resolveCalendar(hit, ctx.published, future, speaksOfPast(ctx.text, hit.index));
        if (!date) return unknown(unresolvedCalendarLabel(hit));
        const yearless: Yearless | undefined =
          hit.year !== undefined || hit.orderUnknown ? undefined : hit.day === undefined ? { kind: 'month', month: hit.month } : hit.end ? undefined : { kind: 'day', month: hit.month, day: hit.day, weekday: hit.weekday };
        return yearless ? { date, yearless } : { date };
      },
    });
  }
  return candidates;
}

/** The candidates of the sentences read lately (a bounded memo: cleared when full). */
const candidateMemo = new Map<string, Candidate[]>();
const CANDIDATE_MEMO_SIZE = 2_048;

/** Keeps the longest of overlapping candidates (then the higher priority, then the earlier). */
function dropOverlaps(candidates: Candidate[]): Candidate[] {
  const sorted = [...candidates].sort((a, b) => b.text.length - a.text.length || b.priority - a.priority || a.index - b.index);
  const kept: Candidate[] = [];
  for (const c of sorted) {
    const end = c.index + c.text.length;
    if (kept.some((k) => c.index < k.index + k.text.length && k.index < end)) continue;
    kept.push(c);
  }
  return kept.sort((a, b) => a.index - b.index);
}

/** Cheap test before any pattern runs: most sentences carry no date at all. */
const MAYBE_DATE = /\d|day|night|quarter|morning|afternoon|evening|ago\b|tonight|tomorrow|week|month|year|spring|summer|fall|autumn|winter|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|later|earlier|Christmas|Halloween/i;

/**
 * Every date expression in a sentence, in order. `published` (YYYY-MM-DD) is the article's publication
 * date; without it, relative expressions come back unresolved. Anchored expressions ("the following
 * day") are resolved here when an earlier date of the same sentence gives the day, else left with
 * `anchor` for the timeline to resolve from the surrounding sentences.
 */
export function findDateMentions(text: string, published?: string, options: MentionOptions = {}): DateMention[] {
  if (!MAYBE_DATE.test(text)) return [];
  const ctx: Context = { text, published, southern: options.southern };
  const mentions: DateMention[] = [];
  for (const candidate of dropOverlaps(collectCandidates(text, options))) {
    const future = speaksOfFuture(text, candidate.index, candidate.text.length);
    const resolved = candidate.resolve(ctx, future);
    if (!resolved) continue;
    const reporting = datesTheReport(text, candidate.index, candidate.text.length);
    const mention: DateMention = { expression: candidate.text, index: candidate.index, future, reporting, ...resolved };
    // Counted from a named event ("two days after the vote"): the timeline finds where it is told.
    if (mention.anchor !== undefined && periodAnchor(mention.anchorKind)) {
      const base = mentions.filter((x) => x.date).at(-1);
      if (base?.date) {
        mention.date = anchoredDate(mention.anchorKind === 'year' ? base.date.start : base.date, mention);
        mention.counted = (mention.anchor ?? 0) < 0 ? -1 : 1;
        delete mention.anchor;
        delete mention.anchorKind;
      }
    } else if (mention.anchorKind === 'weekend-before' || mention.anchorKind === 'weekend-after') {
      // "Last weekend's clinic … double the previous weekend": the weekend before the one just named.
      const base = mentions.filter((x) => x.date).at(-1)?.date;
      if (base && base.granularity === 'week' && weekdayOf(base.start) === 6 && base.end === addDays(base.start, 1)) {
        mention.date = weekendDate(addDays(base.start, mention.anchorKind === 'weekend-before' ? -7 : 7));
        mention.counted = mention.anchorKind === 'weekend-before' ? -1 : 1;
        delete mention.anchor;
        delete mention.anchorKind;
      }
    }
    if (mention.anchor !== undefined && mention.anchorTerm === undefined && !periodAnchor(mention.anchorKind)) {
      const days = mentions.filter((x) => x.date?.granularity === 'day' && x.date.start === x.date.end);
      const base = days.filter((x) => !x.reporting).at(-1) ?? days.at(-1);
      if (base?.date) {
        mention.date = anchoredDate(base.date.start, mention);
        mention.counted = (mention.anchor ?? 0) < 0 ? -1 : 1;
        delete mention.anchor;
        delete mention.anchorKind;
      }
    }
    mentions.push(mention);
  }
  return withoutClockBesideDay(text, joinSpans(text, mentions, published));
}

/** Words that make the times of a sentence the hours of something that recurs. */
const RECURRING = /\b(?:each|every) (?:day|evening|night|morning|afternoon|weekday|weekend)\b|\b(?:nightly|daily)\b|\bon (?:Mondays|Tuesdays|Wednesdays|Thursdays|Fridays|Saturdays|Sundays|weekdays|weekends)\b/i;

/** Characters between a time and the day it belongs to ("2:14 a.m. local time on Wednesday"). */
const CLOCK_REACH = 24;

/**
 * A time written next to its day ("at 9 a.m. Wednesday", "Saturday 24 February between 10am and
 * 2pm") is part of that day's mention, not a mention of its own.
 */
function withoutClockBesideDay(text: string, mentions: DateMention[]): DateMention[] {
  const days = mentions.filter((m) => !m.clock && (m.date?.granularity === 'day' || (!m.date && m.anchor === undefined)));
  // "Doors open at 5 p.m. each evening", "10am to 4pm daily": the hours of something recurring.
  const recurring = RECURRING.test(text);
  return mentions.filter((m) => {
    if (!m.clock) return true;
    if (recurring) return false;
    // "New Year's Eve fireworks will be launched … at midnight": the time of the one day the sentence names.
    if (days.length === 1 && days[0].date && days[0].index < m.index) return false;
    return !days.some((d) => {
      const [from, to] = d.index > m.index ? [m.index + m.expression.length, d.index] : [d.index + d.expression.length, m.index];
      return to - from <= CLOCK_REACH && !/[.;!?]\s/.test(text.slice(from, to));
    });
  });
}
