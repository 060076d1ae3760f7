import { DATE_ANCHORS } from '../../src/analysis/dateTables/anchors.ts';
import { describeRuleTable } from './describeRuleTable.ts';

describeRuleTable(DATE_ANCHORS);
