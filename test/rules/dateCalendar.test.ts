import { DATE_CALENDAR } from '../../src/analysis/dateTables/found.ts';
import { describeRuleTable } from './describeRuleTable.ts';

describeRuleTable(DATE_CALENDAR);
