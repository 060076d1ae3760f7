import { RELATED_HEADINGS } from '../../src/story/furnitureRules.ts';
import { describeRuleTable } from './describeRuleTable.ts';

describeRuleTable(RELATED_HEADINGS);
