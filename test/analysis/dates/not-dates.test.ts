import { describe, expect, it } from 'vitest';
import { findDateMentions } from '../../../src/analysis/dates.ts';

/**
 * Words that look like dates and are none: recurring weekdays and schedules ("every Monday", "every second
 * Tuesday"), comparisons, decades. Sentences are dated from a Wednesday (15 May 2024, 8 May 2024) or a Friday (16 May 2025) unless they say.
 */
const WED = '2024-05-15';
const WED_8_MAY_2024 = '2024-05-08';
const FRI = '2025-05-16';
const allFrom16May2025 = (text: string, published: string | undefined = FRI, southern = false) => findDateMentions(text, published, { southern });

describe('recurring days and other words that are not dates', () => {
  it('finds no day in “a Friday night” or “every Monday”', () => {
    expect(findDateMentions('The match was moved to a Friday night slot, and the market runs every Monday.', WED_8_MAY_2024)).toEqual([]);
  });

  it('leaves recurring weekdays, comparisons and decades out', () => {
    expect(allFrom16May2025('The clinic is open on Monday and Wednesday mornings.')).toEqual([]);
    expect(allFrom16May2025('Volunteers meet Friday evenings at the hall.')).toEqual([]);
    expect(allFrom16May2025('The next issue is out two days later than usual.')).toEqual([]);
    expect(allFrom16May2025('Through the 1990s the town shrank.')).toEqual([]);
  });

  it('names no day in a recurring schedule', () => {
    expect(findDateMentions('The gallery is open every other Tuesday.', WED)).toHaveLength(0);
    expect(findDateMentions('Tours leave at 11am and 3pm daily.', WED)).toHaveLength(0);
  });

  it('does not read “every second Tuesday” or “every third Thursday” as a particular day', () => {
    expect(findDateMentions('The van calls every second Tuesday.', WED)).toEqual([]);
    expect(findDateMentions('Bins are collected every third Thursday.', WED)).toEqual([]);
  });
});
