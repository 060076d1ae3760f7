import { DATE_RECALL } from '../../src/analysis/dateRecall.ts';
import { describeRuleTable } from './describeRuleTable.ts';

describeRuleTable(DATE_RECALL);
