import { describe, expect, it } from 'vitest';
import { findDateMentions } from '../../src/analysis/dates.ts';

/** Which year an undated "April 2" or "in November" means, in articles published mid-March 2024. */
function resolved(text: string, published = '2024-03-15') {
  return findDateMentions(text, published).map((m) => [m.expression, m.date?.start, m.date?.granularity]);
}

describe('an undated calendar date', () => {
  it('is the coming one when the sentence looks forward', () => {
    expect(resolved('Voters must approve the bond in November.')[0].slice(1)).toEqual(['2024-11-01', 'month']);
    expect(resolved('The council will vote on April 2.')[0].slice(1)).toEqual(['2024-04-02', 'day']);
  });

  it('is the past one when the sentence is plainly past', () => {
    expect(resolved('The council voted on April 2 to delay the plan.')[0].slice(1)).toEqual(['2023-04-02', 'day']);
    expect(resolved('The pier was damaged on March 3.')[0].slice(1)).toEqual(['2024-03-03', 'day']);
  });

  it('is the nearer one when the tense does not say (a scheduled event in the present tense)', () => {
    expect(resolved('The council meets again on April 2 to choose a contractor.')[0].slice(1)).toEqual(['2024-04-02', 'day']);
    expect(resolved('The hearing on March 12 drew a crowd.')[0].slice(1)).toEqual(['2024-03-12', 'day']);
  });
});
