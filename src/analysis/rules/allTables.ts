/**
 * Every rule table of the program, for the checks that span tables (ids unique across all of them) and for
 * listing rules. A new table adds its import here.
 */
import type { NamedRule, RuleTable } from './ruleTable.ts';
import { DATE_TABLES } from '../dateTables/index.ts';
import { DATE_CALENDAR, DATE_SPANS } from '../dateTables/found.ts';
import { DATE_PUBLISHED } from '../datePublished.ts';

export const ALL_TABLES: readonly RuleTable<NamedRule>[] = [
  ...(DATE_TABLES as readonly RuleTable<NamedRule>[]),
  DATE_CALENDAR,
  DATE_SPANS,
  DATE_PUBLISHED,
];
