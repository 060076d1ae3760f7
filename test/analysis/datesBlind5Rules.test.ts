import { describe, expect, it } from 'vitest';
import { findDateMentions } from '../../src/analysis/dates.ts';

// Sentences in other words than the blind-5 fixtures: each rule holds as a class, not as a phrase.
// 2024-05-15 is a Wednesday.
const WED = '2024-05-15';

function only(text: string, published: string | undefined = WED) {
  const found = findDateMentions(text, published);
  expect(found, JSON.stringify(found.map((m) => m.expression))).toHaveLength(1);
  return found[0];
}

describe('police-update phrasing', () => {
  it('reads “the morning of the 3rd” and “the night of the 9th” as days of the month', () => {
    expect(only('The fire started on the morning of the 3rd.').date).toMatchObject({ start: '2024-05-03', end: '2024-05-03', granularity: 'day' });
    expect(only('She was last seen in the early hours of the 9th.').date).toMatchObject({ start: '2024-05-09', granularity: 'day' });
  });

  it('counts whole days of hours from the day just told, and leaves other hours alone', () => {
    const found = findDateMentions('He was stopped on May 2 and charged 72 hours later.', WED);
    expect(found.map((m) => m.date?.start)).toEqual(['2024-05-02', '2024-05-05']);
    const earlier = findDateMentions('The van was seen on May 10; it had been hired 24 hours earlier.', WED);
    expect(earlier.at(-1)?.date).toMatchObject({ start: '2024-05-09', granularity: 'day' });
    // 36 hours names no day: not a date, never a guess.
    expect(findDateMentions('He was arrested on May 2 and released 36 hours later.', WED).map((m) => m.expression)).toEqual(['May 2']);
  });

  it('reads a state still in force “until” a date as running ahead, and a past one as past', () => {
    expect(only('The road has been closed until June 3.').date?.start).toBe('2024-06-03');
    expect(only('The museum remains shut till March 1.').date?.start).toBe('2025-03-01');
    expect(only('The road was closed until March 1.').date?.start).toBe('2024-03-01');
  });
});

describe('present-tense plans and rotas', () => {
  it('reads “go on sale” and “turns 40” with a day as the coming day', () => {
    expect(only('Seats go on sale on Friday.').date?.start).toBe('2024-05-17');
    expect(only('The mayor turns 60 on Monday.').date?.start).toBe('2024-05-20');
    expect(only('The mayor turned 60 on Monday.').date?.start).toBe('2024-05-13');
  });

  it('does not read “every second Tuesday” or “every third Thursday” as a particular day', () => {
    expect(findDateMentions('The van calls every second Tuesday.', WED)).toEqual([]);
    expect(findDateMentions('Bins are collected every third Thursday.', WED)).toEqual([]);
  });
});
