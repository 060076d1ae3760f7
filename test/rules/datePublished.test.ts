import { DATE_PUBLISHED } from '../../src/analysis/datePublished.ts';
import { describeRuleTable } from './describeRuleTable.ts';

describeRuleTable(DATE_PUBLISHED);
