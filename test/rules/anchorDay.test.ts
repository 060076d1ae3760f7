import { ANCHOR_DAY_TABLE } from '../../src/analysis/dateAnchorTables.ts';
import { describeRuleTable } from './describeRuleTable.ts';

describeRuleTable(ANCHOR_DAY_TABLE);
