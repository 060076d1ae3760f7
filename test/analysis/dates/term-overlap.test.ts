import { describe, expect, it } from 'vitest';
import { TermOverlapIndex, termFrequency, unionOfAscending } from '../../../src/analysis/termOverlap.ts';

describe('term overlap index (the timeline finds the earlier reports that may tell the same event)', () => {
  it('joins ascending lists into one ascending list, each number once', () => {
    expect(unionOfAscending([])).toEqual([]);
    expect(unionOfAscending([[1, 4, 9]])).toEqual([1, 4, 9]);
    expect(unionOfAscending([[1, 4, 9], [0, 4, 10], [9]])).toEqual([0, 1, 4, 9, 10]);
    // Few numbers far apart (sorted) and many close together (marked) come out alike.
    expect(unionOfAscending([[3, 5000], [7, 5000, 90000]])).toEqual([3, 7, 5000, 90000]);
    expect(unionOfAscending([[0, 1, 2, 3], [2, 3, 4], [4, 5]])).toEqual([0, 1, 2, 3, 4, 5]);
  });

  it('gives the sets sharing a term, in the order they were added, each once', () => {
    const sets = [new Set(['vote', 'senat', 'bill']), new Set(['fire', 'forest']), new Set(['vote', 'bill', 'pass']), new Set(['senat', 'vote'])];
    const index = new TermOverlapIndex<string>(termFrequency(sets), true);
    sets.forEach((set, k) => index.add(set, `set ${k}`, k));
    expect(index.candidates(new Set(['bill', 'senat']))).toEqual(['set 0', 'set 2', 'set 3']);
    expect(index.candidateOrders(new Set(['forest']))).toEqual([1]);
    expect(index.item(2)).toBe('set 2');
    expect(index.candidates(new Set(['flood']))).toEqual([]);
  });
});
