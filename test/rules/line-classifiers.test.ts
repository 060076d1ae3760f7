import { LINE_CLASSIFIER_TABLE } from '../../src/story/parseArticle.ts';
import { describeRuleTable } from './describeRuleTable.ts';

describeRuleTable(LINE_CLASSIFIER_TABLE);
