import { TENSE_PAST } from '../../src/analysis/dateTense.ts';
import { describeRuleTable } from './describeRuleTable.ts';

describeRuleTable(TENSE_PAST);
