import { DATE_PERIODS } from '../../src/analysis/dateTables/periods.ts';
import { describeRuleTable } from './describeRuleTable.ts';

describeRuleTable(DATE_PERIODS);
