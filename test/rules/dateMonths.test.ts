import { DATE_MONTHS } from '../../src/analysis/dateTables/months.ts';
import { describeRuleTable } from './describeRuleTable.ts';

describeRuleTable(DATE_MONTHS);
