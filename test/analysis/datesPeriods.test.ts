import { describe, expect, it } from 'vitest';
import { findDateMentions } from '../../src/analysis/dates.ts';
import { mention, resolved } from './dateMentions.ts';


// 2024-05-15 is a Wednesday; 2024-05-13 a Monday.
const WED = '2024-05-15';
const MON = '2024-05-13';

describe('quarters', () => {
  it('reads a calendar quarter with its year, in any of the usual spellings', () => {
    expect(resolved('Orders slipped in the fourth quarter of 2023.', WED, 'quarter')).toEqual({ start: '2023-10-01', end: '2023-12-31', granularity: 'quarter', label: 'Q4 2023' });
    expect(resolved('Third-quarter 2022 sales rose.', WED, 'quarter')).toMatchObject({ start: '2022-07-01', end: '2022-09-30', label: 'Q3 2022' });
    expect(resolved('Sales rose in Q1 2021.', WED, 'Q1')).toMatchObject({ start: '2021-01-01', end: '2021-03-31', granularity: 'quarter' });
  });

  it('places a quarter without a year by the tense, in a sentence about money', () => {
    expect(resolved('GDP is forecast to grow 2.1% in the third quarter.', WED, 'third quarter')).toMatchObject({ label: 'Q3 2024' });
    expect(resolved('GDP grew 2.1% in the third quarter.', WED, 'third quarter')).toMatchObject({ label: 'Q3 2023' });
    expect(resolved('Profits fell in the third quarter.', WED, 'third quarter')).toMatchObject({ label: 'Q3 2023' });
    expect(resolved('Harlow expects the deal to add to earnings from Q3.', WED, 'Q3')).toMatchObject({ label: 'Q3 2024' });
    expect(resolved('Sales rose 4% last quarter.', WED, 'last quarter')).toMatchObject({ start: '2024-01-01', end: '2024-03-31' });
  });

  it('leaves the quarters of a match and fractions alone', () => {
    expect(findDateMentions('He scored twice in the third quarter as the Lakers won.', WED)).toEqual([]);
    expect(findDateMentions('The Lakers led in the third quarter of the game.', WED)).toEqual([]);
    expect(findDateMentions('He spent a quarter of his life in prison.', WED)).toEqual([]);
  });

  it('does not turn fiscal periods into calendar ones (they depend on the company)', () => {
    expect(findDateMentions('Revenue for fiscal 2023 was flat, and the fiscal third quarter was weak.', WED)).toEqual([]);
    expect(findDateMentions('Apple reported results for its fiscal fourth quarter of 2023.', WED)).toEqual([]);
    expect(findDateMentions('Both report results for the 2025 fiscal year separately.', WED)).toEqual([]);
    expect(findDateMentions('Guidance for FY2025 was cut.', WED)).toEqual([]);
  });
});

describe('parts of a year, month or week', () => {
  it('reads halves of a year with year granularity over six months', () => {
    expect(resolved('Margins should recover in the first half of next year.', WED, 'first half')).toEqual({ start: '2025-01-01', end: '2025-06-30', granularity: 'year', label: 'First half of 2025' });
    expect(resolved('The plant will close in the second half of 2025.', WED, 'second half')).toMatchObject({ start: '2025-07-01', end: '2025-12-31', label: 'Second half of 2025' });
    expect(findDateMentions('In the first half, the team looked tired.', WED)).toEqual([]);
  });

  it('reads a deadline as the rest of the period, or the whole period when it is over', () => {
    expect(resolved('The deal should close by the end of the year.', WED, 'end of the year')).toEqual({ start: '2024-05-16', end: '2024-12-31', granularity: 'year', label: 'By the end of 2024' });
    expect(resolved('The law must pass by the end of the month.', WED, 'end of the month')).toMatchObject({ start: '2024-05-16', end: '2024-05-31', granularity: 'month' });
    expect(resolved('Output had doubled by the end of last year.', WED, 'end of last year')).toMatchObject({ start: '2023-01-01', end: '2023-12-31', granularity: 'year' });
  });
});

describe('ranges', () => {
  it('reads a range of days as one mention from its first to its last day', () => {
    expect(resolved('A hearing is set for July 16-18 in Brussels.', WED, 'July')).toEqual({ start: '2024-07-16', end: '2024-07-18', granularity: 'day', label: '16–18 Jul 2024' });
    expect(resolved('Talks were held Dec. 30-Jan. 2 in Geneva.', WED, 'Dec.')).toMatchObject({ start: '2023-12-30', end: '2024-01-02', label: '30 Dec 2023–2 Jan 2024' });
  });

  it('reads "between March and May" as one mention of month granularity', () => {
    expect(resolved('The plant will pause between March and May.', '2024-03-04', 'between')).toEqual({ start: '2024-03-01', end: '2024-05-31', granularity: 'month', label: 'March–May 2024' });
    expect(resolved('Prices climbed from November to February 2023.', WED, 'from')).toMatchObject({ start: '2022-11-01', end: '2023-02-28', label: 'November 2022–February 2023' });
  });
});

describe('overnight', () => {
  it('is the night before publication, or the night after when the sentence looks forward', () => {
    expect(resolved('The storm strengthened overnight as it neared the coast.', WED, 'overnight')).toEqual({ start: '2024-05-14', end: '2024-05-15', granularity: 'day', label: 'Night of 14–15 May 2024' });
    expect(resolved('The storm is expected to weaken overnight.', WED, 'overnight')).toMatchObject({ start: '2024-05-15', end: '2024-05-16' });
    expect(resolved('The toll rose to 21 overnight, officials said.', '2024-05-31', 'overnight').label).toBe('Night of 30–31 May 2024');
  });

  it('is not a date when it describes a thing', () => {
    expect(findDateMentions('The city imposed an overnight curfew.', WED)).toEqual([]);
    expect(findDateMentions('They booked overnight stays near the coast.', WED)).toEqual([]);
  });

  it('stays unresolved without a publication date', () => {
    expect(mention('The storm strengthened overnight.', undefined, 'overnight').unresolved).toBe('“overnight”, date unknown');
  });
});

describe('tense of schedules and weekends', () => {
  it('reads a schedule in the present tense as the coming day', () => {
    expect(resolved('The shelter closes on Monday.', WED, 'Monday').start).toBe('2024-05-20');
    expect(resolved('The trial begins Tuesday.', WED, 'Tuesday').start).toBe('2024-05-21');
    expect(resolved('Hurricane season runs until Nov. 30.', WED, 'Nov. 30').start).toBe('2024-11-30');
  });

  it('takes an infinitive’s tense from the verb before it', () => {
    expect(resolved('It was meant to open on Friday, but the inspection was delayed.', WED, 'Friday').start).toBe('2024-05-10');
    expect(resolved('She did not open on Friday.', WED, 'Friday').start).toBe('2024-05-10');
  });

  it('reads "this weekend" as the one coming from Wednesday on, the one past early in the week', () => {
    expect(resolved('The storm is forecast to reach the coast this weekend.', WED, 'weekend')).toMatchObject({ start: '2024-05-18', end: '2024-05-19' });
    expect(resolved('Crowds packed the seafront this weekend.', MON, 'weekend')).toMatchObject({ start: '2024-05-11', end: '2024-05-12' });
    expect(resolved('Crowds gathered this weekend.', '2024-05-17', 'weekend')).toMatchObject({ start: '2024-05-11', end: '2024-05-12' });
  });
});

describe('anchored to an event', () => {
  it('counts from an earlier day of the same sentence', () => {
    expect(resolved('On Tuesday evening lines formed at petrol stations, and shelters opened the day before.', WED, 'the day before').start).toBe('2024-05-13');
  });

  it('leaves "two days after the vote" to the timeline, with the event it names', () => {
    const m = mention('Two days after the vote, shares climbed 14%.', WED, 'after the vote');
    expect(m).toMatchObject({ anchor: 2, anchorTerm: 'vote' });
    expect(m.date).toBeUndefined();
    expect(mention('The weekend before the election, crowds marched.', WED, 'weekend')).toMatchObject({ anchorKind: 'weekend-before', anchorTerm: 'election' });
  });
});
