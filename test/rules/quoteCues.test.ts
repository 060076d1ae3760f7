import { QUOTE_CUES } from '../../src/analysis/quoteCues.ts';
import { describeRuleTable } from './describeRuleTable.ts';

describeRuleTable(QUOTE_CUES);
