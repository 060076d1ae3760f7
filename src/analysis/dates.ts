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
 *
 * The rules are rows of named tables (./dateTables/, dateRecall.ts, dateClock.ts; see dateRules.ts), each
 * with its examples; every mention carries the id of the rule that found it (`rule`).
 */
import { findCalendarDates, resolveCalendar, unresolvedCalendarLabel, type CalendarHit, type CalendarOptions } from './dateCalendar.ts';
import { addDays, dayDate, weekDate, weekdayOf, weekendDate, yearDate, yearOf, type ResolvedDate } from './dateMath.ts';
import { monthsFrom, placeFrom, type Yearless } from './dateNarrative.ts';
import { applyRule, dateMatchOf, unknownLabel, type AnchorKind, type DateContext, type DateRule, type Resolution } from './dateRules.ts';
import { joinSpans } from './dateSpans.ts';
import { DATE_TABLES } from './dateTables/index.ts';
import { PatternTriggers } from './dateTriggers.ts';
import { datesTheReport, speaksOfFuture, speaksOfPast } from './dateTense.ts';
import { pattern } from './rules/pattern.ts';
import type { PassedOver } from './rules/ruleTable.ts';

export type { AnchorKind } from './dateRules.ts';

export interface DateMention {
  /** The id of the rule that found the expression (`date.weekday.bare`), for --explain. */
  rule: string;
  /** With `explain`: the overlapping matches of other rules this one was chosen over, and why. */
  passedOver?: PassedOver[];
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

/** Anchors counted from the period just told (its year, month or season), not from a single day. */
export function periodAnchor(kind: AnchorKind | undefined): boolean {
  return kind === 'year' || kind === 'months' || kind === 'period';
}

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

export interface MentionOptions extends CalendarOptions {
  /** The article places itself in the southern hemisphere: seasons are read the southern way. */
  southern?: boolean;
  /** Keep, on each mention, the overlapping matches of other rules it was chosen over (`passedOver`). */
  explain?: boolean;
  /** The readings of the sentences read so far (see `sentenceReadings`); without it, a small memo of the latest. */
  readings?: SentenceReadings;
}

/** Every date rule, in the order they run (see DATE_TABLES). */
const DATE_RULES: readonly DateRule[] = DATE_TABLES.flatMap((table) => table.rules);

interface Candidate {
  rule: string;
  index: number;
  text: string;
  /** Wins ties between overlapping candidates of the same length. */
  priority: number;
  resolve(ctx: DateContext, future: boolean): Resolution | undefined;
  /** Overlapping candidates this one won over (kept for --explain). */
  beat?: Candidate[];
}

/** A day chrono-node read (its rule id is set in dateCalendar.ts); a day without a year may later take the narrative's. */
function calendarCandidate(hit: CalendarHit): Candidate {
  // Whether the words before the date are in the past depends on the sentence only (read once per sentence).
  let past: { text: string; verdict: boolean } | undefined;
  return {
    rule: hit.rule,
    index: hit.index,
    text: hit.text,
    priority: 1,
    resolve: (ctx, future) => {
      if (past?.text !== ctx.text) past = { text: ctx.text, verdict: speaksOfPast(ctx.text, hit.index) };
      const date = resolveCalendar(hit, ctx.published, future, past.verdict);
      if (!date) return unknownLabel(unresolvedCalendarLabel(hit));
      const yearless: Yearless | undefined =
        hit.year !== undefined || hit.orderUnknown ? undefined : hit.day === undefined ? { kind: 'month', month: hit.month } : hit.end ? undefined : { kind: 'day', month: hit.month, day: hit.day, weekday: hit.weekday };
      return yearless ? { date, yearless } : { date };
    },
  };
}

/** Words a match ends with that are not part of the date ("Monday," → "Monday"). */
const TRAILING = /(?<!\b\p{L})[.,;:’']+$/u;

/** A kept candidate of a sentence, with what its words tell whatever the day: whether the sentence looks forward at it. */
interface Reading {
  candidate: Candidate;
  future: boolean;
  /** Whether the date tells when something was said (worked out when the candidate first resolves). */
  reporting?: boolean;
}

/**
 * The readings of sentences already read, by how the article writes numeric dates, then by sentence: a story's
 * reader keeps one (`MentionOptions.readings`) so that each sentence's words are matched once, however many
 * days it is read under. (Keyed by the sentence's own string, whose hash the engine keeps.)
 */
export type SentenceReadings = Map<boolean | undefined, Map<string, readonly Reading[]>>;

/** A fresh memo of sentence readings, for one story's reading. */
export function sentenceReadings(): SentenceReadings {
  return new Map();
}

/** The readings of the sentences read lately, when the caller keeps none (a bounded memo: cleared when full). */
const recentReadings: SentenceReadings = new Map();
const RECENT_READINGS_SIZE = 2_048;
const NO_READINGS: readonly Reading[] = [];

/**
 * The sentence's candidates that no longer one overlaps, each with its tense. The timeline reads a sentence
 * under several publication days; what matches does not depend on the day.
 */
function readingsOf(text: string, options: MentionOptions): readonly Reading[] {
  const memos = options.readings ?? recentReadings;
  let memo = memos.get(options.dayFirst);
  if (!memo) memos.set(options.dayFirst, (memo = new Map()));
  const known = memo.get(text);
  if (known) return known;
  if (!options.readings && memo.size >= RECENT_READINGS_SIZE) memo.clear();
  const readings = MAYBE_DATE.test(text) ? dropOverlaps(matchCandidates(text, options)).map((candidate) => ({ candidate, future: speaksOfFuture(text, candidate.index, candidate.text.length) })) : NO_READINGS;
  memo.set(text, readings);
  return readings;
}

/** The strings each rule's matches hold, looked for in one pass over a sentence (built on the first sentence read). */
let ruleTriggers: PatternTriggers | undefined;

function matchCandidates(text: string, options: MentionOptions): Candidate[] {
  const candidates: Candidate[] = [];
  const mayMatch = (ruleTriggers ??= new PatternTriggers(DATE_RULES.map((rule) => rule.pattern))).mayMatch(text);
  for (const [k, rule] of DATE_RULES.entries()) {
    // A sentence without any of the words the rule's matches hold cannot match it.
    if (!mayMatch[k]) continue;
    for (const m of text.matchAll(rule.pattern)) {
      const match = dateMatchOf(m);
      const words = match.text.replace(TRAILING, '').replace(/\s+$/, '');
      candidates.push({ rule: rule.id, index: match.index, text: words, priority: rule.priority ?? 0, resolve: (ctx, future) => applyRule(rule, match, ctx, future) });
    }
  }
  for (const hit of findCalendarDates(text, options)) candidates.push(calendarCandidate(hit));
  return candidates;
}

/**
 * Keeps the longest of overlapping candidates (then the higher priority, then the earlier; then the rule
 * listed first). Each kept candidate remembers the ones it beat.
 */
function dropOverlaps(candidates: Candidate[]): Candidate[] {
  const sorted = [...candidates].sort((a, b) => b.text.length - a.text.length || b.priority - a.priority || a.index - b.index);
  const kept: Candidate[] = [];
  for (const c of sorted) {
    const end = c.index + c.text.length;
    const winner = kept.find((k) => c.index < k.index + k.text.length && k.index < end);
    if (winner) (winner.beat ??= []).push(c);
    else kept.push(c);
  }
  return kept.sort((a, b) => a.index - b.index);
}

/** Why `winner` was kept over `loser` (--explain). */
function passedOver(winner: Candidate, loser: Candidate): PassedOver {
  const reason =
    loser.text.length < winner.text.length
      ? `shorter than “${winner.text}”`
      : loser.priority < winner.priority
        ? `same length as “${winner.text}”, lower priority`
        : loser.index > winner.index
          ? `same length and priority as “${winner.text}”, starts later`
          : `same length and priority as “${winner.text}”; ${winner.rule} runs first`;
  return { candidate: loser.text, rule: loser.rule, reason };
}

/** Cheap test before any pattern runs: most sentences carry no date at all. */
const MAYBE_DATE = pattern('\\d|day|{dayPart}|quarter|ago\\b|tonight|tomorrow|week|month|year|{season}|{monthAbbreviation}|May|later|earlier|Christmas|Halloween', 'i');

/**
 * Every date expression in a sentence, in order. `published` (YYYY-MM-DD) is the article's publication
 * date; without it, relative expressions come back unresolved. Anchored expressions ("the following
 * day") are resolved here when an earlier date of the same sentence gives the day, else left with
 * `anchor` for the timeline to resolve from the surrounding sentences.
 */
export function findDateMentions(text: string, published?: string, options: MentionOptions = {}): DateMention[] {
  const readings = readingsOf(text, options);
  if (readings.length === 0) return [];
  const ctx: DateContext = { text, published, southern: options.southern };
  const mentions: DateMention[] = [];
  for (const reading of readings) {
    const { candidate, future } = reading;
    const resolved = candidate.resolve(ctx, future);
    if (!resolved) continue;
    const reporting = (reading.reporting ??= datesTheReport(text, candidate.index, candidate.text.length));
    const mention: DateMention = { rule: candidate.rule, expression: candidate.text, index: candidate.index, future, reporting, ...resolved };
    if (options.explain && candidate.beat) mention.passedOver = candidate.beat.map((loser) => passedOver(candidate, loser));
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
const RECURRING = pattern('\\b(?:each|every) (?:day|{dayPart}|weekday|weekend)\\b|\\b(?:nightly|daily)\\b|\\bon (?:{weekday}s|weekdays|weekends)\\b', 'i');

/** Characters between a time and the day it belongs to ("2:14 a.m. local time on Wednesday"). */
const CLOCK_REACH = 24;

/**
 * A time written next to its day ("at 9 a.m. Wednesday", "Saturday 24 February between 10am and
 * 2pm") is part of that day's mention, not a mention of its own.
 */
function withoutClockBesideDay(text: string, mentions: DateMention[]): DateMention[] {
  if (!mentions.some((m) => m.clock)) return mentions;
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
