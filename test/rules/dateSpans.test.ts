import { DATE_SPANS } from '../../src/analysis/dateTables/found.ts';
import { describeRuleTable } from './describeRuleTable.ts';

describeRuleTable(DATE_SPANS);
