import { QUOTE_PARAGRAPH_CUES } from '../../src/analysis/quoteParagraphCues.ts';
import { describeRuleTable } from './describeRuleTable.ts';

describeRuleTable(QUOTE_PARAGRAPH_CUES);
