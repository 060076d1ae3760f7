/**
 * Every rule table of the program, for the checks that span tables (ids unique across all of them) and for
 * listing rules. A new table adds its import here.
 */
import { QUOTE_CUES } from '../quoteCues.ts';
import { QUOTE_PARAGRAPH_CUES } from '../quoteParagraphCues.ts';
import type { NamedRule, RuleTable } from './ruleTable.ts';

export const ALL_TABLES: readonly RuleTable<NamedRule>[] = [
  QUOTE_CUES as unknown as RuleTable<NamedRule>,
  QUOTE_PARAGRAPH_CUES as unknown as RuleTable<NamedRule>,
];
