/**
 * Every rule table of the program, for the checks that span tables (ids unique across all of them) and for
 * listing rules. A new table adds its import here.
 */
import { ANCHOR_DAY_TABLE, ANCHOR_EVENT_TABLE, ANCHOR_NARRATIVE_TABLE } from '../dateAnchorTables.ts';
import { TENSE_FUTURE, TENSE_PAST, TENSE_REPORT } from '../dateTense.ts';
import { QUOTE_CUES } from '../quoteCues.ts';
import { QUOTE_PARAGRAPH_CUES } from '../quoteParagraphCues.ts';
import type { NamedRule, RuleTable } from './ruleTable.ts';
import { CAPTIONS, FURNITURE, RELATED_HEADINGS } from '../../story/furnitureRules.ts';
import { LINE_CLASSIFIER_TABLE, PARAGRAPH_RULE_TABLE } from '../../story/parseArticle.ts';
import { PRESS_RELEASE } from '../../story/pressRelease.ts';
import { STORY_END } from '../../story/storyEnd.ts';
import { nameRules } from '../nameRules.ts';
import { mentionRules } from '../mentionRules.ts';
import { DATE_TABLES } from '../dateTables/index.ts';
import { DATE_CALENDAR, DATE_SPANS } from '../dateTables/found.ts';
import { DATE_PUBLISHED } from '../datePublished.ts';
import { SPEAKER_PRONOUN_TABLE, SPEAKER_RULE_TABLE } from '../speakerRuleTable.ts';

export const ALL_TABLES: readonly RuleTable<NamedRule>[] = [
  TENSE_FUTURE,
  TENSE_PAST,
  TENSE_REPORT,
  ANCHOR_DAY_TABLE,
  ANCHOR_EVENT_TABLE,
  ANCHOR_NARRATIVE_TABLE,
  ...(DATE_TABLES as readonly RuleTable<NamedRule>[]),
  DATE_CALENDAR,
  DATE_SPANS,
  DATE_PUBLISHED,
  SPEAKER_RULE_TABLE as unknown as RuleTable<NamedRule>,
  SPEAKER_PRONOUN_TABLE,
  QUOTE_CUES as unknown as RuleTable<NamedRule>,
  QUOTE_PARAGRAPH_CUES as unknown as RuleTable<NamedRule>,
  nameRules as unknown as RuleTable<NamedRule>,
  mentionRules as unknown as RuleTable<NamedRule>,
  FURNITURE,
  CAPTIONS,
  RELATED_HEADINGS,
  STORY_END,
  PRESS_RELEASE,
  LINE_CLASSIFIER_TABLE,
  PARAGRAPH_RULE_TABLE,
];
