import { DATE_CLOCK } from '../../src/analysis/dateClock.ts';
import { describeRuleTable } from './describeRuleTable.ts';

describeRuleTable(DATE_CLOCK);
