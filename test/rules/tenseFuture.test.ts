import { TENSE_FUTURE } from '../../src/analysis/dateTense.ts';
import { describeRuleTable } from './describeRuleTable.ts';

describeRuleTable(TENSE_FUTURE);
