import { TENSE_REPORT } from '../../src/analysis/dateTense.ts';
import { describeRuleTable } from './describeRuleTable.ts';

describeRuleTable(TENSE_REPORT);
