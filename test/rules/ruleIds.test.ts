/** Rule ids are unique across every table of the program, so an explanation names one rule. */
import { describe, expect, it } from 'vitest';
import { ALL_TABLES } from '../../src/analysis/rules/allTables.ts';
import { RULE_ID } from '../../src/analysis/rules/ruleTable.ts';

describe('rule ids across tables', () => {
  it('are unique and well formed in the whole program', () => {
    const ids = ALL_TABLES.flatMap((t) => t.rules.map((r) => r.id));
    expect(ids.filter((id) => !RULE_ID.test(id))).toEqual([]);
    expect(ids.filter((id, i) => ids.indexOf(id) !== i)).toEqual([]);
  });
  it('table names are unique', () => {
    const names = ALL_TABLES.map((t) => t.name);
    expect(names.filter((n, i) => names.indexOf(n) !== i)).toEqual([]);
  });
});
