/**
 * The day an undated page was published, told by the rest of its story. A page without a date
 * ("The minister announced today", "derailed on Tuesday night", "will meet on Monday") cannot place its
 * relative dates by itself, but the story's dated articles tell the same events with days. Each day
 * around the story's publication days is tried as the page's publication day: the one under which the
 * most of the page's relative dates land on the day a dated article gives the same event (a sentence
 * sharing its words) wins; then the one that keeps the page's relative dates nearest to it (news tells
 * of the last few days); then the closer to the story's middle publication day.
 *
 * A page is left undated when no relative date of its own meets an event the dated articles date
 * (a weekday that merely falls on some day of the story is no evidence), and it is never placed before
 * a day it states itself with its year in a past-tense sentence ("March 4, 2020: the council has declared …").
 */
import { addDays, dayNumber } from './dateMath.ts';
import type { DateMention } from './dates.ts';

/** How far before the story's middle publication day, and after it, an undated page may be. */
const DAYS_BEFORE = 3;
const DAYS_AFTER = 7;

export interface UndatedSentence {
  /** The sentence's index in the story. */
  index: number;
  text: string;
  /** Its mentions found without a publication day. */
  mentions: readonly DateMention[];
}

export interface StoryDayEvidence {
  /** Publication days of the story's dated articles. */
  known: readonly string[];
  /** The mentions of a sentence read as if its page were published on `day`. */
  mentionsOn(text: string, day: string): DateMention[];
  /** Whether a dated article tells the event of this sentence on `day` (a sentence sharing its words). */
  told(sentence: number, day: string): boolean;
}

/** A mention that needs the publication day, read as a single day. */
function singleDay(m: DateMention | undefined): string | undefined {
  return m?.date && m.date.granularity === 'day' && m.date.start === m.date.end && !m.clock ? m.date.start : undefined;
}

/** The undated page's publication day from the rest of its story, or undefined when nothing settles it. */
export function publishedFromStory(sentences: readonly UndatedSentence[], evidence: StoryDayEvidence): string | undefined {
  if (!evidence.known.length) return undefined;
  const sorted = [...new Set(evidence.known)].sort();
  const middle = dayNumber(sorted[Math.floor((sorted.length - 1) / 2)]);
  // The days around the story's middle publication day: a fixed number, however many articles it has.
  const first = addDays(sorted[Math.floor((sorted.length - 1) / 2)], -DAYS_BEFORE);
  const last = addDays(first, DAYS_BEFORE + DAYS_AFTER);
  const candidates: string[] = [];
  for (let day = first; day <= last; day = addDays(day, 1)) candidates.push(day);
  // Never before a day the page itself states in the past tense.
  let from = first;
  for (const s of sentences) for (const m of s.mentions) {
    const day = singleDay(m);
    if (day && !m.future && day > from && day <= last) from = day;
  }
  const relative = relativeSentences(sentences);
  if (!relative.length) return undefined;
  let best: { day: string; hits: number; distance: number; offset: number } | undefined;
  for (const day of candidates) {
    if (day < from) continue;
    const { hits, distance } = readOn(relative, day, evidence);
    const offset = Math.abs(dayNumber(day) - middle);
    if (!best || hits > best.hits || (hits === best.hits && (distance < best.distance || (distance === best.distance && offset < best.offset)))) best = { day, hits, distance, offset };
  }
  return best && best.hits > 0 ? best.day : undefined;
}

/** The sentences holding dates that need the publication day. */
function relativeSentences(sentences: readonly UndatedSentence[]): UndatedSentence[] {
  return sentences.filter((s) => s.mentions.some((m) => !m.date && m.anchor === undefined && !m.clock));
}

/**
 * The page read as published on `day`: which of its relative dates land on a day a dated article tells
 * the same event (`hit`, one flag per date), and how far they are from `day` in all (months and days
 * without a year excepted: they move only by years).
 */
function readOn(relative: readonly UndatedSentence[], day: string, evidence: StoryDayEvidence): { hits: number; hit: boolean[]; distance: number; periods: string[] } {
  const hit: boolean[] = [];
  /** What the relative dates longer than a day ("late last week", "this month") come to. */
  const periods: string[] = [];
  let distance = 0;
  for (const s of relative) {
    const placed = evidence.mentionsOn(s.text, day);
    for (const before of s.mentions) {
      if (before.date || before.anchor !== undefined || before.clock) continue;
      const found = placed.find((m) => m.index === before.index);
      const at = singleDay(found);
      if (!at && found?.date) periods.push(`${found.date.start}..${found.date.end}`);
      hit.push(!!at && evidence.told(s.index, at));
      if (at && !found?.yearless) distance += Math.abs(dayNumber(day) - dayNumber(at));
    }
  }
  return { hits: hit.filter(Boolean).length, hit, distance, periods };
}

/**
 * A dated page whose date is a day off, written in another time zone than its text ("on Wednesday" on a
 * page stamped Tuesday in UTC, "today" on a page stamped the next morning): the day before or after,
 * when it puts more of the page's relative dates on the days the other articles tell the same events,
 * and loses none of those the stamped day puts there nor moves any longer period it names.
 */
export function shiftedPublication(sentences: readonly UndatedSentence[], evidence: StoryDayEvidence, published: string): string | undefined {
  const relative = relativeSentences(sentences);
  if (!relative.length) return undefined;
  const own = readOn(relative, published, evidence);
  let best: { day: string; hits: number } | undefined;
  for (const day of [addDays(published, -1), addDays(published, 1)]) {
    const other = readOn(relative, day, evidence);
    // Nor moves a week, month or year the page names relative to its day ("late last week" on a Monday).
    const keeps = own.hit.every((h, i) => !h || other.hit[i]) && other.periods.join() === own.periods.join();
    if (keeps && other.hits > own.hits && (!best || other.hits > best.hits)) best = { day, hits: other.hits };
  }
  return best?.day;
}

/** How far (days) a calendar date of an undated page may be from the story's publication days to take their year. */
const YEAR_WINDOW_DAYS = 92;

/** The story's middle publication day, for giving an undated page's calendar dates a year. */
export function storyMiddle(known: readonly string[]): string | undefined {
  const sorted = [...known].sort();
  return sorted[Math.floor((sorted.length - 1) / 2)];
}

/**
 * An undated page's calendar dates without a year ("in Lisbon on June 1") that nothing else settles: the
 * year that puts them near the story's publication days (within three months of one, as a wire
 * dateline's year is taken). `placed` are the same sentence's mentions read from the story's middle day.
 */
export function withStoryYear(found: DateMention[], placed: readonly DateMention[], known: readonly string[]): DateMention[] {
  return found.map((m) => {
    if (m.date || m.anchor !== undefined) return m;
    const read = placed.find((p) => p.index === m.index && p.expression === m.expression);
    if (!read?.date || (read.yearless?.kind !== 'day' && read.yearless?.kind !== 'month')) return m;
    const near = known.some((k) => Math.abs(dayNumber(k) - dayNumber(read.date!.start)) <= YEAR_WINDOW_DAYS);
    return near ? read : m;
  });
}
