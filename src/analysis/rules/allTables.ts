/**
 * Every rule table of the program, for the checks that span tables (ids unique across all of them) and for
 * listing rules. A new table adds its import here.
 */
import type { NamedRule, RuleTable } from './ruleTable.ts';
import { CAPTIONS, FURNITURE, RELATED_HEADINGS } from '../../story/furnitureRules.ts';
import { LINE_CLASSIFIER_TABLE, PARAGRAPH_RULE_TABLE } from '../../story/parseArticle.ts';
import { PRESS_RELEASE } from '../../story/pressRelease.ts';
import { STORY_END } from '../../story/storyEnd.ts';

export const ALL_TABLES: readonly RuleTable<NamedRule>[] = [
  FURNITURE,
  CAPTIONS,
  RELATED_HEADINGS,
  STORY_END,
  PRESS_RELEASE,
  LINE_CLASSIFIER_TABLE,
  PARAGRAPH_RULE_TABLE,
];
