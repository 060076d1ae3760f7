/**
 * Line rules: the loader's knowledge of page furniture as named rows. A rule recognises a whole line of a
 * pasted page ("Share this article", "© 2024 Reuters. All rights reserved."); its `examples` are lines it
 * must recognise and its `notMatching` are lines it must leave alone, news sentences that use the same
 * words most of all ("Share prices fell sharply …"). Each table has one generated test
 * (test/rules/<table>.test.ts) that runs every example through the rule alone, within the table's bound.
 */
import { ruleTable, type NamedRule, type RuleExample, type RuleTable } from '../analysis/rules/ruleTable.ts';

/** What a rule runs on a line: a pattern, a pattern behind a plain pre-check (see `gated`), or code. */
export interface LineTest {
  test(text: string): boolean;
}

export interface GatedPattern extends LineTest {
  /** The pattern that decides; the pre-check only spares it lines it could never match. */
  readonly pattern: RegExp;
}

/**
 * A costly pattern (\p{…} classes, case-insensitive ones most of all, take V8 a millisecond or more to
 * compile on first use) run only on lines that pass a cheap pre-check which every line the pattern
 * matches also passes: the answer is the pattern's, but most lines never make V8 compile it.
 */
export function gated(precheck: (text: string) => boolean, pattern: RegExp): GatedPattern {
  return { pattern, test: (text) => precheck(text) && pattern.test(text) };
}

/** A named rule that recognises a line. */
export interface LineRule extends NamedRule<true> {
  /** Recognises the line (anchored to the line; the table bounds its length). */
  line: LineTest;
}

/** The examples of a line rule: lines it recognises. */
export function recognises(...texts: string[]): RuleExample<true>[] {
  return texts.map((text) => ({ text, expect: true }));
}

/**
 * A table of line rules. `within(text, rule)` is the bound the table's caller applies before any rule
 * (a length, a number of sentences): the test runs each example within it too.
 */
export function lineRuleTable<Rule extends LineRule>(name: string, rules: readonly Rule[], within: (text: string, rule: Rule) => boolean = () => true): RuleTable<Rule> {
  return ruleTable({ name, rules, tryRule: (rule, text) => (within(text, rule) && rule.line.test(text)) || undefined });
}

/** The first rule of `rules` that recognises the text, for a caller that says which rule decided. */
export function firstRule<Rule extends LineRule>(rules: readonly Rule[], text: string): Rule | undefined {
  return rules.find((rule) => rule.line.test(text));
}
