import { STORY_END } from '../../src/story/storyEnd.ts';
import { describeRuleTable } from './describeRuleTable.ts';

describeRuleTable(STORY_END);
