import { ANCHOR_NARRATIVE_TABLE } from '../../src/analysis/dateAnchorTables.ts';
import { describeRuleTable } from './describeRuleTable.ts';

describeRuleTable(ANCHOR_NARRATIVE_TABLE);
