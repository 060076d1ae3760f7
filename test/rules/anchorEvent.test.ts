import { ANCHOR_EVENT_TABLE } from '../../src/analysis/dateAnchorTables.ts';
import { describeRuleTable } from './describeRuleTable.ts';

describeRuleTable(ANCHOR_EVENT_TABLE);
