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

/**
 * One test that recognises a text when any of `tests` does (the same answer as `tests.some(…)`), with the
 * plain patterns among them run as one alternation per set of flags and anchoring: one pass of the regex
 * engine over a line rather than one per rule. A pattern with state (g, y), named groups or backreferences
 * stays on its own.
 */
export function anyOf(tests: readonly LineTest[]): (text: string) => boolean {
  const groups = new Map<string, RegExp[]>();
  const rest: LineTest[] = [];
  for (const test of tests) {
    if (!(test instanceof RegExp) || test.global || test.sticky || /\(\?<(?![=!])|\\k<|\\[1-9]/.test(test.source)) {
      rest.push(test);
      continue;
    }
    const key = `${test.flags}${anchoredAtStart(test.source) ? '^' : ''}`;
    groups.set(key, [...(groups.get(key) ?? []), test]);
  }
  const merged = [...groups.values()].map((patterns) => (patterns.length === 1 ? patterns[0] : new RegExp(patterns.map((p) => `(?:${p.source})`).join('|'), patterns[0].flags)));
  const all = [...merged, ...rest];
  return (text) => {
    for (const test of all) if (test.test(text)) return true;
    return false;
  };
}

/** A pattern all of whose top-level alternatives begin with "^" (the engine tries it at the start only). */
function anchoredAtStart(source: string): boolean {
  if (!source.startsWith('^')) return false;
  let depth = 0;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') i++;
    else if (c === '[') {
      for (i++; i < source.length && source[i] !== ']'; i++) if (source[i] === '\\') i++;
    } else if (c === '(') depth++;
    else if (c === ')') depth--;
    else if (c === '|' && depth === 0) return false;
  }
  return true;
}
