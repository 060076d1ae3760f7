/**
 * The date rule tables, in the order their rules run. Of overlapping matches the longest is kept, then
 * the one of higher priority; a tie beyond that goes to the table listed first, then the row listed first
 * ("this summer" is read by `date.season.relative` before `date.season.after-preposition`).
 */
import { DATE_CLOCK } from '../dateClock.ts';
import { DATE_RECALL } from '../dateRecall.ts';
import type { DateRule } from '../dateRules.ts';
import type { RuleTable } from '../rules/ruleTable.ts';
import { DATE_ANCHORS } from './anchors.ts';
import { DATE_DAYS } from './days.ts';
import { DATE_MONTHS } from './months.ts';
import { DATE_PERIODS } from './periods.ts';
import { DATE_RELATIVE } from './relative.ts';
import { DATE_SEASONS } from './seasons.ts';
import { DATE_YEARS } from './years.ts';

export const DATE_TABLES: readonly RuleTable<DateRule>[] = [DATE_ANCHORS, DATE_RELATIVE, DATE_DAYS, DATE_MONTHS, DATE_SEASONS, DATE_PERIODS, DATE_YEARS, DATE_RECALL, DATE_CLOCK];
