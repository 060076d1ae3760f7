import { PARAGRAPH_RULE_TABLE } from '../../src/story/parseArticle.ts';
import { describeRuleTable } from './describeRuleTable.ts';

describeRuleTable(PARAGRAPH_RULE_TABLE);
