/**
 * Named rule tables. A rule is a row: an id (`date.weekday.bare`, `speaker.after-quote.said-name`), what it
 * looks for, what it builds, and the examples that justify it: `examples` (text → what the rule yields) and
 * `notMatching` (texts that look alike and must not yield anything). Every table has one test file
 * (test/rules/<table>.test.ts) that runs every example through `tryRule`, and checks ids are unique and well
 * formed and that every rule has at least one example and one non-example.
 *
 * Decisions made by a rule carry its id (`RuleTrace`), so an answer can say which rule gave it (--explain).
 */

/** An example: the text (and, for rules that need it, what else the rule reads), and what it must yield. */
export interface RuleExample<Expect = unknown> {
  text: string;
  /** What the rule yields on `text`: compared with toMatchObject (a partial object is enough). */
  expect: Expect;
  /** Extra input the table's `tryRule` reads (a publication date, the people of the paragraph…). */
  given?: Record<string, unknown>;
}

/** A text the rule must leave alone, with (optionally) what else the rule reads. */
export type RuleNonExample = string | { text: string; given?: Record<string, unknown> };

export interface NamedRule<Expect = unknown> {
  /** Unique in the program: lower-case dotted words, e.g. `date.weekday.bare`. */
  id: string;
  /** Why the rule exists, in a sentence (the phenomenon, never a story). */
  note?: string;
  /** Lower runs first where order matters. */
  priority?: number;
  examples: readonly RuleExample<Expect>[];
  notMatching: readonly RuleNonExample[];
}

export interface RuleTable<Rule extends NamedRule = NamedRule> {
  /** The table's name: its test file is test/rules/<name>.test.ts. */
  name: string;
  rules: readonly Rule[];
  /**
   * Runs one rule alone on an example's text (and its `given`): what it yields, or undefined when it does
   * not apply. The test compares the result with the example's `expect`.
   */
  tryRule(rule: Rule, text: string, given?: Record<string, unknown>): unknown;
}

export const RULE_ID = /^[a-z][a-z0-9-]*(?:\.[a-z0-9][a-z0-9-]*)+$/;

/** Which rule decided something, and the words of the text it read. */
export interface RuleTrace {
  rule: string;
  /** The words of the text that the rule matched. */
  evidence: string;
}

/** A candidate a decision passed over, and why. */
export interface PassedOver {
  candidate: string;
  /** The rule that would have chosen it, when there is one. */
  rule?: string;
  reason: string;
}

/** What --explain prints for one decision. */
export interface Explanation extends RuleTrace {
  passedOver?: readonly PassedOver[];
}

/** The table's rules in the order they run: by priority (lower first), then as listed. */
export function inPriorityOrder<Rule extends NamedRule>(rules: readonly Rule[]): Rule[] {
  return rules
    .map((rule, index) => ({ rule, index }))
    .sort((a, b) => (a.rule.priority ?? 0) - (b.rule.priority ?? 0) || a.index - b.index)
    .map((r) => r.rule);
}

/** Declares a table (list it in allTables.ts too: its ids are checked there against every other table's). */
export function ruleTable<Rule extends NamedRule>(table: RuleTable<Rule>): RuleTable<Rule> {
  return table;
}
