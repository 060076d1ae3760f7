/**
 * Date rules as rows. A rule names one way news copy writes a date ("last Monday", "two days after the
 * vote", "the third quarter of 2023"): a pattern written with lexicon placeholders (`{weekday}`,
 * `{month}`, `{season}`, `{dayPart}`…) and named groups, an optional guard, and a pure build step that
 * turns the groups into a date resolved against the article's publication date (or an anchor the
 * timeline resolves). The tables are in ./dateTables/; dates.ts runs them all over a sentence and keeps
 * the longest of overlapping matches.
 *
 * A match whose guard fails (or whose build yields nothing) still claims its words: a longer expression
 * read as "not a date" ("fiscal 2024") keeps a shorter rule from reading a date inside it.
 *
 * To add a rule: add a row to the table of its kind (anchors, relative, days, months, seasons, periods,
 * years in ./dateTables/, recall in dateRecall.ts, clock in dateClock.ts) with an id `date.<kind>.<detail>`,
 * `pattern('…{weekday}…(?<name>…)…', 'g…')`, a build step reading `match.groups`, a priority if it must
 * beat another rule's match of the same length, and examples (text, `given: { published }`, expected
 * `{ expression, date: 'YYYY-MM-DD[..YYYY-MM-DD]' }`) and non-examples in our own words; then run
 * `npx vitest run test/rules/<table>.test.ts`, the snapshot, and `REGEX_VERDICTS=update npx vitest run test/regex`.
 */
import { ruleTable, type NamedRule, type RuleTable } from './rules/ruleTable.ts';
import type { ResolvedDate } from './dateMath.ts';
import type { Yearless } from './dateNarrative.ts';
import { speaksOfFuture } from './dateTense.ts';

/**
 * What an anchored expression names, counted from the event it is anchored to: a day (default), the
 * week of it, the weekend before or after it, or a year ("the following year": `anchor` years on).
 */
export type AnchorKind = 'day' | 'week' | 'weekend-before' | 'weekend-after' | 'year' | 'months' | 'period';

/** What a rule makes of a match: a date, or why it cannot be placed, or an anchor for the timeline. */
export interface Resolution {
  date?: ResolvedDate;
  unresolved?: string;
  anchor?: number;
  anchorKind?: AnchorKind;
  anchorTerm?: string;
  clock?: boolean;
  yearless?: Yearless;
  anchorTarget?: Yearless;
  names?: string;
}

/** The sentence a rule reads, and what it is resolved against. */
export interface DateContext {
  text: string;
  /** The article's publication date (YYYY-MM-DD); without it relative expressions stay unresolved. */
  published?: string;
  /** Seasons the southern way (summer is December–February). */
  southern?: boolean;
}

/** One match of a rule's pattern: its words, where they start, and its named groups. */
export interface DateMatch {
  text: string;
  index: number;
  groups: Readonly<Partial<Record<string, string>>>;
}

export interface DateRule extends NamedRule {
  /** A rule pattern (`pattern('…{weekday}…', 'g…')` of ../rules/pattern.ts): global, named groups only. */
  pattern: RegExp;
  /** The rule only claims its words, so that no shorter rule reads a date inside them; it yields no mention. */
  claimOnly?: true;
  /** When false the match yields nothing (it still claims its words). */
  guard?(match: DateMatch, ctx: DateContext): boolean;
  /** The date the match names; `future` is true when the sentence looks forward at it. */
  build(match: DateMatch, ctx: DateContext, future: boolean): Resolution | undefined;
}

/** The match as the rule reads it. */
export function dateMatchOf(m: RegExpMatchArray): DateMatch {
  return { text: m[0], index: m.index ?? 0, groups: m.groups ?? {} };
}

/** Runs one rule on a match: its guard, then its build. */
export function applyRule(rule: DateRule, match: DateMatch, ctx: DateContext, future: boolean): Resolution | undefined {
  if (rule.guard && !rule.guard(match, ctx)) return undefined;
  return rule.build(match, ctx, future);
}

/** A date as examples write it: "2024-05-13", or "2024-05-13..2024-05-19" for a span. */
export function writtenDate(date: ResolvedDate | undefined): string | undefined {
  if (!date) return undefined;
  return date.start === date.end ? date.start : `${date.start}..${date.end}`;
}

/** What an example compares: the words, the date written short, its granularity, and the rest. */
export function exampleResult(expression: string, r: Resolution): Record<string, unknown> {
  const { date, ...rest } = r;
  return { expression, ...rest, ...(date ? { date: writtenDate(date), granularity: date.granularity, label: date.label } : {}) };
}

/**
 * A date rule table: `tryRule` runs one rule alone over an example, with the publication date of
 * `given.published` (and `given.southern`), and gives the first match it resolves (a claim-only rule:
 * its first match, as `{ expression, claimed: true }`).
 */
export function dateRuleTable(name: string, rules: readonly DateRule[]): RuleTable<DateRule> {
  return ruleTable<DateRule>({
    name,
    rules,
    tryRule(rule, text, given) {
      const ctx: DateContext = { text, published: given?.published as string | undefined, southern: given?.southern as boolean | undefined };
      for (const m of text.matchAll(rule.pattern)) {
        const match = dateMatchOf(m);
        if (rule.claimOnly) return { expression: match.text, claimed: true };
        const resolved = applyRule(rule, match, ctx, speaksOfFuture(text, match.index, match.text.length));
        if (resolved) return exampleResult(match.text, resolved);
      }
      return undefined;
    },
  });
}

/** Examples use this publication day unless they say otherwise: Thursday 16 May 2024. */
export const THURSDAY = { published: '2024-05-16' };

/** What is known of a date that cannot be placed ("Monday, week unknown"). */
export function unknownLabel(label: string): Resolution {
  return { unresolved: label };
}

/** An expression that needs a publication date and has none: "“last week”, date unknown". */
export function dateUnknown(match: DateMatch, what = 'date'): Resolution {
  return unknownLabel(`“${match.text}”, ${what} unknown`);
}
