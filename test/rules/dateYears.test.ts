import { DATE_YEARS } from '../../src/analysis/dateTables/years.ts';
import { describeRuleTable } from './describeRuleTable.ts';

describeRuleTable(DATE_YEARS);
