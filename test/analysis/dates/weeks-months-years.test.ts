import { describe, expect, it } from 'vitest';
import { findDateMentions } from '../../../src/analysis/dates.ts';
import { mention, resolved, onlyMention } from './mentions.ts';

/**
 * Weeks, months and years keep their granularity: "last week", "next month", "in 2011", "the 2019/20 season". Sentences are dated from a Wednesday (15 May 2024, 8 May 2024) or a Friday (16 May 2025) unless they say.
 */
const WED = '2024-05-15';
const WED_8_MAY_2024 = '2024-05-08';
const onlyFrom8May2024 = (text: string, published: string | undefined = WED_8_MAY_2024, dayFirst?: boolean) => onlyMention(text, published, { dayFirst });

describe('weeks, months and years', () => {
  it('keeps the week, with "earlier this week" ending before publication', () => {
    expect(resolved('They met earlier this week.', WED, 'earlier this week')).toMatchObject({ start: '2024-05-13', end: '2024-05-14', granularity: 'week', label: 'Week of 13 May 2024' });
    expect(resolved('Talks resume next week.', WED, 'next week')).toMatchObject({ start: '2024-05-20', end: '2024-05-26', granularity: 'week' });
    expect(resolved('Prices rose last week.', WED, 'last week')).toMatchObject({ start: '2024-05-06', end: '2024-05-12' });
  });

  it('keeps the month', () => {
    expect(resolved('The law takes effect next month.', WED, 'next month')).toMatchObject({ start: '2024-06-01', end: '2024-06-30', granularity: 'month', label: 'June 2024' });
    expect(resolved('Sales fell last month.', WED, 'last month')).toMatchObject({ start: '2024-04-01', granularity: 'month' });
  });

  it('keeps the year: a year is not January 1st', () => {
    expect(resolved('The pair met last year in Osaka.', WED, 'last year')).toEqual({ start: '2023-01-01', end: '2023-12-31', granularity: 'year', label: '2023' });
    expect(resolved('A decision is expected later this year.', WED, 'later this year')).toEqual({ start: '2024-05-16', end: '2024-12-31', granularity: 'year', label: 'Later in 2024' });
    expect(resolved('Prices doubled two years ago.', WED, 'two years ago').label).toBe('2022');
  });

  it('reads bare years and the noun they date', () => {
    expect(resolved('The stadium opened in 2011.', WED, '2011')).toMatchObject({ start: '2011-01-01', end: '2011-12-31', granularity: 'year' });
    const election = mention('Turnout fell after the 2016 presidential election.', WED, '2016');
    expect(election.expression).toBe('the 2016 presidential election');
    expect(election.date?.label).toBe('2016');
    expect(resolved("The firm's 2019 results were poor.", WED, '2019').label).toBe('2019');
    // A span of years is one mention, as "between March and May" is.
    expect(resolved('Rates stayed flat between 2011 and 2014.', WED, '2014')).toMatchObject({ start: '2011-01-01', end: '2014-12-31', granularity: 'year', label: '2011–2014' });
  });

  it('does not read counts and amounts as years', () => {
    expect(findDateMentions('About 2,000 people and the 2000 fans paid $1,950 for 1999 tickets in total.', WED).filter((m) => m.date?.granularity === 'year')).toHaveLength(0);
    expect(findDateMentions('The club has 1900 members and a stand for 2000 spectators.', WED)).toHaveLength(0);
  });

  it('puts midterm elections in November of their year', () => {
    expect(resolved('Both parties look to the 2022 midterm elections.', WED, 'midterm')).toMatchObject({ start: '2022-11-01', end: '2022-11-30', granularity: 'month' });
  });
});

describe('seasons of two years and the start of a month', () => {
  it('reads a season of two years as one span, and “the beginning of the month” as the month', () => {
    expect(onlyFrom8May2024('Attendance fell in the 2019/20 season.').date).toMatchObject({ start: '2019-01-01', end: '2020-12-31', granularity: 'year', label: '2019–20' });
    expect(onlyFrom8May2024('Prices have risen since the beginning of the month.').date).toMatchObject({ start: '2024-05-01', end: '2024-05-31', granularity: 'month' });
  });
});
