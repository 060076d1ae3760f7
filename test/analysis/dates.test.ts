import { describe, expect, it } from 'vitest';
import { findDateMentions } from '../../src/analysis/dates.ts';
import { mention, resolved } from './dateMentions.ts';


// 2024-05-15 is a Wednesday.
const WED = '2024-05-15';

describe('weekdays', () => {
  it('puts a bare weekday in the past: news reports what happened', () => {
    expect(resolved('The mayor resigned on Monday.', WED, 'Monday')).toMatchObject({ start: '2024-05-13', end: '2024-05-13', granularity: 'day', label: 'Mon 13 May 2024' });
    expect(resolved('The bill passed Friday after a long debate.', WED, 'Friday').start).toBe('2024-05-10');
  });

  it('reads the publication weekday as the same day', () => {
    expect(resolved('Officials said Wednesday that the road would reopen.', WED, 'Wednesday').start).toBe(WED);
  });

  it('looks forward when the sentence does', () => {
    expect(resolved('The council will vote on Tuesday.', WED, 'Tuesday').start).toBe('2024-05-21');
    expect(resolved('On Friday, the band is scheduled to play the final show.', WED, 'Friday').start).toBe('2024-05-17');
    expect(resolved('The hearing is set for Thursday morning.', WED, 'Thursday').start).toBe('2024-05-16');
  });

  it('keeps a weekday after a reporting verb in the past even when the report is about the future', () => {
    expect(resolved('The club announced Monday that it will move to a new ground.', WED, 'Monday').start).toBe('2024-05-13');
  });

  it('handles last and next', () => {
    expect(resolved('He was released last Friday.', WED, 'last Friday').start).toBe('2024-05-10');
    expect(resolved('They meet again next Tuesday.', WED, 'next Tuesday').start).toBe('2024-05-21');
    expect(resolved('She arrived last Wednesday.', WED, 'last Wednesday').start).toBe('2024-05-08');
  });

  it('leaves a weekday unresolved without a publication date instead of guessing', () => {
    const m = mention('The mayor resigned on Monday.', undefined, 'Monday');
    expect(m.date).toBeUndefined();
    expect(m.unresolved).toBe('Monday, week unknown');
  });

  it('does not read habitual plurals as a day', () => {
    expect(findDateMentions('The market opens on Mondays.', WED)).toHaveLength(0);
  });
});

describe('days relative to publication', () => {
  it('resolves yesterday, today, tonight, tomorrow and "days ago"', () => {
    expect(resolved('Police said yesterday the road was closed.', WED, 'yesterday').start).toBe('2024-05-14');
    expect(resolved('The result is due today.', WED, 'today').start).toBe(WED);
    expect(resolved('Polls close tonight.', WED, 'tonight').start).toBe(WED);
    expect(resolved('The trial starts tomorrow.', WED, 'tomorrow').start).toBe('2024-05-16');
    expect(resolved('The ship sank three days ago.', WED, 'three days ago').start).toBe('2024-05-12');
  });

  it('resolves "the following day" from an earlier date in the same sentence', () => {
    const mentions = findDateMentions('The fire started on Sunday and was put out the following day.', WED);
    expect(mentions.map((m) => m.date?.start)).toEqual(['2024-05-12', '2024-05-13']);
  });

  it('leaves "the following day" for the timeline when the sentence has no other date', () => {
    const m = mention('The following day, the minister resigned.', WED, 'following day');
    expect(m.anchor).toBe(1);
    expect(m.date).toBeUndefined();
  });

  it('does not count the day a statement was made as the event day', () => {
    const mentions = findDateMentions('A pipe burst early on Tuesday, officials said yesterday.', WED);
    expect(mentions.map((m) => [m.expression, m.reporting])).toEqual([
      ['on Tuesday', false],
      ['yesterday', true],
    ]);
  });
});

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

describe('seasons', () => {
  it('reads "in the fall" and "this autumn" as the season of the publication year', () => {
    expect(resolved('He will visit in the fall.', WED, 'fall')).toEqual({ start: '2024-09-01', end: '2024-11-30', granularity: 'season', label: 'Autumn 2024' });
    expect(resolved('Work starts this autumn.', WED, 'autumn').label).toBe('Autumn 2024');
  });

  it('places last and next seasons around publication', () => {
    expect(resolved('The river flooded last summer.', '2024-08-10', 'last summer').label).toBe('Summer 2023');
    expect(resolved('The plant reopens next spring.', WED, 'next spring').label).toBe('Spring 2025');
    expect(resolved('Snow closed the pass last winter.', WED, 'last winter')).toMatchObject({ start: '2023-12-01', end: '2024-02-29', label: 'Winter 2023–24' });
  });

  it('reads "this winter" in January as the winter under way', () => {
    expect(resolved('Heating bills rose this winter.', '2024-01-20', 'winter')).toMatchObject({ start: '2023-12-01', end: '2024-02-29' });
  });

  it('reads a season already over as next year\'s unless the sentence is in the past', () => {
    expect(resolved('Engineers expect the pier to reopen in the spring.', '2021-09-10', 'spring').label).toBe('Spring 2022');
    expect(resolved('The pier closed in the spring.', '2021-09-10', 'spring').label).toBe('Spring 2021');
    expect(resolved('The club struggled in the autumn.', '2021-03-10', 'autumn').label).toBe('Autumn 2020');
  });

  it('takes an explicit year', () => {
    expect(resolved('It last happened in the summer of 2014.', WED, 'summer of 2014').label).toBe('Summer 2014');
  });

  it('does not read "the fall of" something as a season', () => {
    expect(findDateMentions('It was the largest crowd since the fall of the Berlin Wall.', WED)).toHaveLength(0);
    expect(findDateMentions('Shares fall when rates rise.', WED)).toHaveLength(0);
  });

  it('leaves a season without a year unresolved when there is no publication date', () => {
    expect(mention('See you in the autumn.', undefined, 'autumn').unresolved).toBe('Autumn, year unknown');
  });
});

describe('calendar dates (chrono-node)', () => {
  it('reads written-out days and keeps a stated year', () => {
    expect(resolved('The deal was signed on Dec. 5, 2017.', WED, 'Dec. 5, 2017').start).toBe('2017-12-05');
    expect(resolved('The deal was signed on 7 March 2023.', undefined, '7 March 2023').start).toBe('2023-03-07');
  });

  it('gives a day without a year the past year unless the sentence looks forward', () => {
    expect(resolved('The league was founded on February 28.', WED, 'February 28').start).toBe('2024-02-28');
    expect(resolved('The strike ended on August 2.', WED, 'August 2').start).toBe('2023-08-02');
    expect(resolved('The final is scheduled for August 2.', WED, 'August 2').start).toBe('2024-08-02');
  });

  it('reads months alone with the same bias, and only when they look like dates', () => {
    expect(resolved('Sales peaked in March.', WED, 'March')).toMatchObject({ start: '2024-03-01', granularity: 'month', label: 'March 2024' });
    expect(resolved('The shop will reopen in early July.', WED, 'July').label).toBe('July 2024');
    expect(resolved('Rents rose in July 2019.', WED, 'July 2019').label).toBe('July 2019');
    expect(findDateMentions('The protesters march on while ministers may resign.', WED)).toHaveLength(0);
  });

  it('says what is missing when a day has no year and there is no publication date', () => {
    expect(mention('It opened on March 18.', undefined, 'March 18').unresolved).toBe('18 March, year unknown');
  });
});
