import { PRESS_RELEASE } from '../../src/story/pressRelease.ts';
import { describeRuleTable } from './describeRuleTable.ts';

describeRuleTable(PRESS_RELEASE);
