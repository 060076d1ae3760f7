/**
 * Every rule table of the program, for the checks that span tables (ids unique across all of them) and for
 * listing rules. A new table adds its import here.
 */
import type { NamedRule, RuleTable } from './ruleTable.ts';
import { SPEAKER_PRONOUN_TABLE, SPEAKER_RULE_TABLE } from '../speakerRuleTable.ts';

export const ALL_TABLES: readonly RuleTable<NamedRule>[] = [
  SPEAKER_RULE_TABLE as unknown as RuleTable<NamedRule>,
  SPEAKER_PRONOUN_TABLE,
];
