import { CAPTIONS } from '../../src/story/furnitureRules.ts';
import { describeRuleTable } from './describeRuleTable.ts';

describeRuleTable(CAPTIONS);
