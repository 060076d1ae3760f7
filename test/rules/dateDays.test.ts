import { DATE_DAYS } from '../../src/analysis/dateTables/days.ts';
import { describeRuleTable } from './describeRuleTable.ts';

describeRuleTable(DATE_DAYS);
