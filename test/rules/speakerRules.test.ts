import { describeRuleTable } from './describeRuleTable.ts';
import { SPEAKER_RULE_TABLE } from '../../src/analysis/speakerRuleTable.ts';

describeRuleTable(SPEAKER_RULE_TABLE);
