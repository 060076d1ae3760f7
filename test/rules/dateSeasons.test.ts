import { DATE_SEASONS } from '../../src/analysis/dateTables/seasons.ts';
import { describeRuleTable } from './describeRuleTable.ts';

describeRuleTable(DATE_SEASONS);
