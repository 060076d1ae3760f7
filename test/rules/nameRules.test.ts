import { nameRules } from '../../src/analysis/nameRules.ts';
import { describeRuleTable } from './describeRuleTable.ts';

describeRuleTable(nameRules);
