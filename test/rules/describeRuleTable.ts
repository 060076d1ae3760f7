/**
 * The test every rule table gets: test/rules/<table>.test.ts is one line, `describeRuleTable(table)`.
 * It runs each rule's examples (the rule must yield what the example expects) and non-examples (it must
 * yield nothing), and checks the table's ids and that no rule goes without an example and a non-example.
 */
import { describe, expect, it } from 'vitest';
import { RULE_ID, type NamedRule, type RuleTable } from '../../src/analysis/rules/ruleTable.ts';

export function describeRuleTable<Rule extends NamedRule>(table: RuleTable<Rule>): void {
  describe(`rule table ${table.name}`, () => {
    it('has well-formed, unique ids', () => {
      const ids = table.rules.map((r) => r.id);
      expect(ids.filter((id) => !RULE_ID.test(id))).toEqual([]);
      expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
    });
    it('gives every rule at least one example and one non-example', () => {
      expect(table.rules.filter((r) => !r.examples.length || !r.notMatching.length).map((r) => r.id)).toEqual([]);
    });
    for (const rule of table.rules) {
      describe(rule.id, () => {
        rule.examples.forEach((example, i) => {
          it(`example ${i + 1}: ${example.text.slice(0, 80)}`, () => {
            const got = table.tryRule(rule, example.text, example.given);
            if (example.expect !== null && typeof example.expect === 'object') expect(got).toMatchObject(example.expect as object);
            else expect(got).toEqual(example.expect);
          });
        });
        rule.notMatching.forEach((nonExample, i) => {
          const text = typeof nonExample === 'string' ? nonExample : nonExample.text;
          const given = typeof nonExample === 'string' ? undefined : nonExample.given;
          it(`non-example ${i + 1}: ${text.slice(0, 80)}`, () => {
            expect(table.tryRule(rule, text, given)).toBeUndefined();
          });
        });
      });
    }
  });
}
