import { describe, expect, it } from 'vitest';
import { findDateMentions } from '../../../src/analysis/dates.ts';
import { timelineOf } from '../../../src/analysis/timeline.ts';
import { fixtureStory } from '../fixtureStories.ts';
import { resolved, onlyMention } from './mentions.ts';

/**
 * Spans written with two dates ("July 16-18", "between March and May", "from Friday through Jan. 12", "9 & 10
 * November") are one mention from its first to its last day. Sentences are dated from a Wednesday (15 May 2024, 8 May 2024) or a Friday (16 May 2025) unless they say.
 */
const WED = '2024-05-15';
const onlyFrom15May2024 = (text: string, published: string | undefined = WED) => onlyMention(text, published);

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

describe('spans written with two dates', () => {
  it('reads “the week of <day>” as that Monday–Sunday week', () => {
    expect(onlyFrom15May2024('Hearings resume the week of June 17.').date).toMatchObject({ start: '2024-06-17', end: '2024-06-23', granularity: 'week' });
    expect(onlyFrom15May2024('Ballots go out in the week beginning 3 June.').date).toMatchObject({ start: '2024-06-03', end: '2024-06-09', granularity: 'week' });
  });

  it('joins “from X through Y” and “between YEAR and YEAR” into one mention', () => {
    expect(onlyFrom15May2024('The pool is closed from Monday, June 3 through Friday, June 7.').date).toMatchObject({ start: '2024-06-03', end: '2024-06-07', granularity: 'day' });
    expect(onlyFrom15May2024('She chaired the board between 2009 and 2013.').date).toMatchObject({ start: '2009-01-01', end: '2013-12-31', granularity: 'year' });
    // A bare weekday opening a span that runs on past publication is the coming one.
    expect(onlyFrom15May2024('The exhibition runs from Saturday until June 30.').date).toMatchObject({ start: '2024-05-18', end: '2024-06-30' });
  });

  it('reads the word that opens a span however many spaces follow it, and only as a whole word', () => {
    expect(onlyFrom15May2024('The survey ran between   2009 and 2013.').date).toMatchObject({ start: '2009-01-01', end: '2013-12-31' });
    expect(onlyFrom15May2024('She chaired the board\tbetween\n2009 and 2013.').date).toMatchObject({ start: '2009-01-01', end: '2013-12-31' });
    // "runs" opens a run of days to come (the coming Friday); "reruns" is not "runs" (the Friday just past).
    const friday = (text: string) => findDateMentions(text, WED).find((m) => m.expression === 'Friday')?.date?.start;
    expect(friday('The fair runs Friday through Sunday.')).toBe('2024-05-17');
    expect(friday('The fair runs    Friday through Sunday.')).toBe('2024-05-17');
    expect(friday('The fair reruns Friday through Sunday.')).toBe('2024-05-10');
  });

  it('reads two days of one month named together as one span, and leaves counts alone', () => {
    expect(onlyFrom15May2024('Tryouts are on July 9 and 10 at the rink.').date).toMatchObject({ start: '2024-07-09', end: '2024-07-10', granularity: 'day' });
    const counts = findDateMentions('On July 9 and 40 people came back the next week.', WED);
    expect(counts.find((m) => m.expression.startsWith('July 9'))?.date?.end).toBe('2024-07-09');
  });

  it('keeps a backwards pair as two mentions', () => {
    expect(findDateMentions('Between 2019 and 2015 nothing changed.', WED).filter((m) => m.date)).toHaveLength(2);
  });
});

describe('two days of a month written day first', () => {
  it('reads “9 & 10 November” and “the 9th and 10th November” as one two-day span', () => {
    expect(onlyFrom15May2024('Cash machines will not work on 9 & 10 November.').date).toMatchObject({ start: '2024-11-09', end: '2024-11-10', granularity: 'day' });
    expect(onlyFrom15May2024('The bridge closes on the 20th and 21st May.').date).toMatchObject({ start: '2024-05-20', end: '2024-05-21' });
  });

  it('leaves a count before a date alone', () => {
    expect(findDateMentions('The home side led 5 and 10 November was the last win.', WED).map((m) => m.expression)).toEqual(['10 November']);
  });
});

describe('spans in the labelled fixture stories', () => {
  it('shows a run “from Friday through Jan. 12” as one span starting on the coming Friday', async () => {
    const { mentions } = timelineOf(await fixtureStory('dates-blind4-listings'));
    const run = mentions.find((m) => m.expression.includes('through Jan. 12'));
    expect(run?.date).toMatchObject({ start: '2025-12-05', end: '2026-01-12', granularity: 'day' });
  });

  it('lists the half-term closure as one span and the library bus’s rota as no date', async () => {
    const { mentions } = timelineOf(await fixtureStory('dates-blind5-school'));
    expect(mentions.find((m) => m.expression.includes('27 October'))?.date).toMatchObject({ start: '2025-10-27', end: '2025-10-31', granularity: 'day' });
    expect(mentions.some((m) => /Wednesday$/.test(m.expression))).toBe(false);
  });
});
