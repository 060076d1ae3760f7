import { mentionRules } from '../../src/analysis/mentionRules.ts';
import { describeRuleTable } from './describeRuleTable.ts';

describeRuleTable(mentionRules);
