/**
 * Dates told from inside a story's own past. A retrospective sets its year ("When the first case was
 * confirmed in early 2020") and then names months and seasons without one ("By mid-April", "that
 * spring", "The winter wave was worse"): a reader places each after the last date the narrative told,
 * not in the year before publication. Expressions anchored to that date ("the following spring",
 * "that summer", "the following March", "two months later") count from it the same way.
 *
 * A mention that names a month, a season or a range of months without a year carries a `Yearless`
 * description; the timeline re-places it from the narrative's last date when the sentences before it
 * have moved the story into an earlier year (see `placeInNarrative`).
 */
import { tellsOfPast, tellsOfPresent } from './dateTense.ts';
import { dayDate, monthDate, monthRangeDate, seasonDate, validDay, weekdayOf, yearOf, type ResolvedDate, type Season } from './dateMath.ts';
import { SPEECH_VERBS } from './lexicon/speechVerbs.ts';
import { alternation } from './rules/pattern.ts';

/** What a month or season named without a year is, so it can be placed from another date. */
export type Yearless =
  | { kind: 'day'; month: number; day: number; weekday?: number }
  | { kind: 'month'; month: number }
  | { kind: 'months'; from: number; to: number }
  | { kind: 'season'; season: Season; southern?: boolean };

/** The instances of a yearless date around a year (the year before to the year after). */
function instances(what: Yearless, year: number): ResolvedDate[] {
  const years = [year - 1, year, year + 1, year + 2];
  switch (what.kind) {
    case 'day':
      // "Mon., Sept. 9th": only the years in which that day is the weekday named.
      return years
        .map((y) => validDay(y, what.month, what.day))
        .filter((iso): iso is string => !!iso && (what.weekday === undefined || weekdayOf(iso) === what.weekday))
        .map(dayDate);
    case 'month':
      return years.map((y) => monthDate(y, what.month));
    case 'months':
      return years.map((y) => monthRangeDate(y, what.from, what.to < what.from ? y + 1 : y, what.to));
    case 'season':
      return years.map((y) => seasonDate(what.season, y, what.southern));
  }
}

/**
 * Where a yearless date falls after a narrative reference: the instance that contains the reference's
 * first day, else the first that starts after it ("By mid-April" after "early 2020" is April 2020;
 * "the winter wave" after "August 2020" is the winter of 2020–21).
 */
export function placeAfter(what: Yearless, reference: ResolvedDate): ResolvedDate | undefined {
  const all = instances(what, yearOf(reference.start));
  return all.find((d) => d.start <= reference.start && reference.start <= d.end) ?? all.find((d) => d.start > reference.start);
}

/** Counted from a reference: the next (+1) or previous (−1) instance, or the one it falls in (0). */
export function placeFrom(what: Yearless, reference: ResolvedDate, step: number): ResolvedDate {
  const all = instances(what, yearOf(reference.start));
  if (step > 0) return all.find((d) => d.start > reference.end) ?? all.find((d) => d.start > reference.start)!;
  if (step < 0) return [...all].reverse().find((d) => d.end < reference.start)!;
  return all.find((d) => d.start <= reference.start && reference.start <= d.end) ?? all.find((d) => yearOf(d.start) === yearOf(reference.start))!;
}

/** `n` months after (or before, when negative) the month a reference starts in. */
export function monthsFrom(reference: ResolvedDate, n: number): ResolvedDate {
  const total = yearOf(reference.start) * 12 + Number(reference.start.slice(5, 7)) - 1 + n;
  return monthDate(Math.floor(total / 12), (total % 12) + 1);
}

/**
 * Whether a mention can serve as the narrative's reference: a date the text states with its year (not
 * one counted from publication) and that is not background ("closed since 2009").
 */
export function setsNarrative(expression: string, absolute: boolean): boolean {
  return absolute && !/^since\b/i.test(expression);
}

/**
 * A yearless mention placed from the narrative's last date, when the narrative is in an earlier year
 * than the one the publication date gave it and the result is still before publication.
 */
export function placeInNarrative(what: Yearless, fromPublication: ResolvedDate, reference: ResolvedDate, published: string): ResolvedDate | undefined {
  if (reference.end >= fromPublication.start) return undefined;
  const placed = placeAfter(what, reference);
  return placed && placed.end < published && placed.start !== fromPublication.start ? placed : undefined;
}

/** A sentence that reports speech or a source. */
const REPORTED = new RegExp(`\\b(?:${alternation(SPEECH_VERBS.filter((v) => v.base === 'say' || v.base === 'tell').flatMap((v) => [v.third!, v.past!]))}|according to)\\b`, 'i');
/** "the 2016 election", "the 2022-23 season": a year naming a thing, not setting the time. */
const ATTRIBUTIVE_YEAR = /^(?:the|a|an|his|her|their|its|this|that|several|whose|our|my|your|\p{L}+['’]s)\s+(?:1[89]|20)\d\d(?:[-–/]\d{2,4})?\s+\p{L}|(?:1[89]|20)\d\d[-–/]\d{2,4}/iu;

/** A participle that opens an aside between commas ("the club, founded in …,", "the hall, built in …,"): background. */
const APPOSITION = /,\s*(?:(?:first|originally|only|then|later)\s+)?(?:founded|established|built|opened|formed|created|launched|set up|started|born|elected|appointed|signed|acquired|bought|completed|designed)\s+(?:in\s+)?$/i;

/** How many sentences without a date the narrative's reference outlives. */
const REFERENCE_SPAN = 4;

/** What the tracker needs to know of a mention. */
interface Told {
  expression: string;
  /** Offset in the sentence. */
  index?: number;
  future: boolean;
  yearless?: Yearless;
  anchor?: number;
  clock?: boolean;
  /** Counted from another date of its sentence: 1 forward, −1 back. */
  counted?: number;
  /** True when the mention came with its own date (not counted by the timeline from another). */
  dated: boolean;
}

/**
 * Follows one article's narrative sentence by sentence: which date it has last told with a year (or
 * counted from one; the last such date of a sentence counts from the next sentence on), so that yearless months and seasons after it can be placed in its year. A date
 * counted from publication ("late last year", "this week") brings the narrative back to the present;
 * background ("since 2009"), flashbacks ("two years earlier") and clock times leave it where it is.
 */
export class NarrativeTracker {
  private reference: ResolvedDate | undefined;
  private next: ResolvedDate | undefined;
  private told: ResolvedDate | undefined;
  private nextTold: ResolvedDate | undefined;
  private quiet = 0;
  private dated = false;
  /** The sentence being read tells of the past (worked out when a mention first asks). */
  private pastTense: boolean | undefined;
  /** A date counted from publication came earlier in this sentence: the present, not the narrative. */
  private present = false;
  private text = '';

  constructor(private readonly published: string | undefined) {}

  /** The date a mention names in the narrative: `date` (from publication) or its place after the reference. */
  place(mention: Told, date: ResolvedDate): ResolvedDate {
    const placed =
      mention.yearless && !mention.future && this.tellsOfPast() && !this.present && this.reference && this.published && !this.background(mention)
        ? placeInNarrative(mention.yearless, date, this.reference, this.published)
        : undefined;
    this.note(mention, placed ?? date, placed !== undefined);
    return placed ?? date;
  }

  /** The narrative's date as this sentence begins, for anchors ("the following spring"). */
  get current(): ResolvedDate | undefined {
    return this.reference;
  }

  /** The last date the sentences before this one told (not a flashback, background or clock time), for anchors. */
  get lastTold(): ResolvedDate | undefined {
    return this.told;
  }

  private note(mention: Told, date: ResolvedDate, placed: boolean): void {
    if (mention.clock || this.background(mention) || (mention.anchor ?? 0) < 0 || (mention.counted ?? 0) < 0) return;
    this.dated = true;
    this.nextTold = date;
    // A year that names a thing ("the 2016 election", "the 2022-23 season") does not set the story's time.
    const withYear = /\b(?:1[89]|20)\d\d\b/.test(mention.expression) && !ATTRIBUTIVE_YEAR.test(mention.expression);
    const counted = mention.counted !== undefined || (mention.anchor !== undefined && !mention.dated);
    this.next = withYear || placed || counted ? date : undefined;
    if (!this.next) this.present = true;
  }

  /**
   * Called before the mentions of a sentence are placed. A sentence that reports what someone said
   * ("Brandt said the team had tested them over the summer") speaks from the day of the report, not
   * from inside the narrative.
   */
  beginSentence(text: string): void {
    this.text = text;
    this.pastTense = undefined;
    this.present = false;
  }

  private tellsOfPast(): boolean {
    return (this.pastTense ??= tellsOfPast(this.text) && !REPORTED.test(this.text));
  }

  /**
   * "since 2009", "the best since the 2022-23 season", "the club, founded in 1902, …": background, not the
   * story's time.
   */
  private background(mention: Told): boolean {
    if (/^since\b/i.test(mention.expression)) return true;
    if (mention.index === undefined) return false;
    const before = this.text.slice(0, mention.index);
    return /\bsince\s+(?:the\s+)?$/i.test(before) || (APPOSITION.test(before) && /^[^,;.]*,/.test(this.text.slice(mention.index)));
  }

  /** Called when a sentence ends: a reference that has gone unused for long enough lapses. */
  endSentence(): void {
    if (this.dated) {
      this.reference = this.next;
      this.told = this.nextTold;
      this.quiet = 0;
    } else if (++this.quiet > REFERENCE_SPAN || ((this.reference || this.told) && tellsOfPresent(this.text))) {
      // "… a sting operation in 2019. But she has always denied it. In May, the case reached court": a
      // sentence that speaks from now ends the flashback (read only when there is one to end).
      this.reference = this.told = undefined;
    }
    this.dated = false;
  }
}
