/**
 * Every rule table of the program, for the checks that span tables (ids unique across all of them) and for
 * listing rules. A new table adds its import here.
 */
import type { NamedRule, RuleTable } from './ruleTable.ts';
import { nameRules } from '../nameRules.ts';
import { mentionRules } from '../mentionRules.ts';

export const ALL_TABLES: readonly RuleTable<NamedRule>[] = [
  nameRules as unknown as RuleTable<NamedRule>,
  mentionRules as unknown as RuleTable<NamedRule>,
];
