import { FURNITURE } from '../../src/story/furnitureRules.ts';
import { describeRuleTable } from './describeRuleTable.ts';

describeRuleTable(FURNITURE);
