import { DATE_RELATIVE } from '../../src/analysis/dateTables/relative.ts';
import { describeRuleTable } from './describeRuleTable.ts';

describeRuleTable(DATE_RELATIVE);
