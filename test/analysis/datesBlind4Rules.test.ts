import { describe, expect, it } from 'vitest';
import { findDateMentions } from '../../src/analysis/dates.ts';

// Sentences in other words than the blind-4 fixtures: each rule holds as a class, not as a phrase.
// 2024-05-15 is a Wednesday.
const WED = '2024-05-15';

function only(text: string, published: string | undefined = WED) {
  const found = findDateMentions(text, published);
  expect(found, JSON.stringify(found.map((m) => m.expression))).toHaveLength(1);
  return found[0];
}

describe('spans written with two dates', () => {
  it('reads “the week of <day>” as that Monday–Sunday week', () => {
    expect(only('Hearings resume the week of June 17.').date).toMatchObject({ start: '2024-06-17', end: '2024-06-23', granularity: 'week' });
    expect(only('Ballots go out in the week beginning 3 June.').date).toMatchObject({ start: '2024-06-03', end: '2024-06-09', granularity: 'week' });
  });

  it('joins “from X through Y” and “between YEAR and YEAR” into one mention', () => {
    expect(only('The pool is closed from Monday, June 3 through Friday, June 7.').date).toMatchObject({ start: '2024-06-03', end: '2024-06-07', granularity: 'day' });
    expect(only('She chaired the board between 2009 and 2013.').date).toMatchObject({ start: '2009-01-01', end: '2013-12-31', granularity: 'year' });
    // A bare weekday opening a span that runs on past publication is the coming one.
    expect(only('The exhibition runs from Saturday until June 30.').date).toMatchObject({ start: '2024-05-18', end: '2024-06-30' });
  });

  it('reads two days of one month named together as one span, and leaves counts alone', () => {
    expect(only('Tryouts are on July 9 and 10 at the rink.').date).toMatchObject({ start: '2024-07-09', end: '2024-07-10', granularity: 'day' });
    const counts = findDateMentions('On July 9 and 40 people came back the next week.', WED);
    expect(counts.find((m) => m.expression.startsWith('July 9'))?.date?.end).toBe('2024-07-09');
  });

  it('keeps a backwards pair as two mentions', () => {
    expect(findDateMentions('Between 2019 and 2015 nothing changed.', WED).filter((m) => m.date)).toHaveLength(2);
  });
});

describe('schedules and listings', () => {
  it('reads a listing entry that is only a day and a time as the coming day', () => {
    expect(only('Saturday, 8pm.').date?.start).toBe('2024-05-18');
    expect(only('Friday from 10am to 2pm.').date?.start).toBe('2024-05-17');
    // A past sentence keeps its past day.
    expect(only('The hall was packed on Saturday.').date?.start).toBe('2024-05-11');
  });

  it('names no day in a recurring schedule', () => {
    expect(findDateMentions('The gallery is open every other Tuesday.', WED)).toHaveLength(0);
    expect(findDateMentions('Tours leave at 11am and 3pm daily.', WED)).toHaveLength(0);
  });

  it('reads holidays whose name is a day without a preposition, and a venue’s closure as a state', () => {
    expect(only('The Valentine’s Day dance was sold out.', '2024-02-20').date?.start).toBe('2024-02-14');
    expect(only('Open all week; closed on New Year’s Day.', '2024-12-20').date?.start).toBe('2025-01-01');
    expect(findDateMentions('The Christmas market drew big crowds.', WED)).toHaveLength(0);
  });

  it('folds a time into the one day its sentence names', () => {
    expect(only('The Halloween parade leaves the square on Oct. 31, and the road closes from 5 p.m.').date?.start).toBe('2024-10-31');
  });
});

describe('quarters and halves in a schedule', () => {
  it('reads bare Q and H in a product schedule, but not hydrogen or a match', () => {
    expect(only('The redesign is planned for H1.').date).toMatchObject({ start: '2024-01-01', end: '2024-06-30', granularity: 'year' });
    expect(only('The update slipped to Q4 after the beta.').date?.label).toBe('Q4 2024');
    expect(only('Support for tablets will ship later this quarter.').date?.label).toBe('Q2 2024');
    expect(findDateMentions('The plant turns water into H2 and oxygen for the fuel cells.', WED)).toHaveLength(0);
    expect(findDateMentions('The Hawks scored 30 points in the first quarter of the game.', WED)).toHaveLength(0);
  });

  it('reads “it has been a <word> season” as the season now running or just ended', () => {
    expect(only('It has been a wet summer for the growers.', '2024-08-10').date?.label).toBe('Summer 2024');
  });

  it('reads the new date of a plan that was moved as ahead, though the verb is past', () => {
    expect(only('The vote was postponed until March.').date?.label).toBe('March 2025');
    expect(only('The launch was pushed back to Friday.').date?.start).toBe('2024-05-17');
  });

  it('reads a month after “for”', () => {
    expect(only('A vote is planned for September.').date?.label).toBe('September 2024');
  });
});
