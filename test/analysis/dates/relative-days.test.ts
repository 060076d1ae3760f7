import { describe, expect, it } from 'vitest';
import { findDateMentions } from '../../../src/analysis/dates.ts';
import { mention, resolved, onlyMention } from './mentions.ts';

/**
 * Days, weeks and years counted from publication: yesterday, tonight, "three days ago", overnight, "Friday
 * week", "a fortnight ago", "twenty-five years ago this week". Sentences are dated from a Wednesday (15 May 2024, 8 May 2024) or a Friday (16 May 2025) unless they say.
 */
const WED = '2024-05-15';
const WED_8_MAY_2024 = '2024-05-08';
const FRI = '2025-05-16';
const onlyFrom8May2024 = (text: string, published: string | undefined = WED_8_MAY_2024, dayFirst?: boolean) => onlyMention(text, published, { dayFirst });
const onlyFrom16May2025 = (text: string, published: string | undefined = FRI, southern = false) => onlyMention(text, published, { southern });

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

describe('British and relative forms', () => {
  it('reads “Friday week”, “a week on Friday” and “a week last Monday”', () => {
    expect(onlyFrom8May2024('The inquiry resumes on Friday week.').date?.start).toBe('2024-05-17');
    expect(onlyFrom8May2024('The inquiry resumes a week on Friday.').date?.start).toBe('2024-05-17');
    expect(onlyFrom8May2024('The fence came down a week last Monday.').date?.start).toBe('2024-04-29');
  });

  it('reads “a fortnight ago” as the week two weeks back', () => {
    expect(onlyFrom8May2024('The pier was closed a fortnight ago.').date).toMatchObject({ start: '2024-04-22', end: '2024-04-28', granularity: 'week' });
  });
});

describe('looking back from the day of publication', () => {
  it('reads “N years ago this week/today”, “a century ago” and “On this day in YEAR”', () => {
    expect(onlyFrom16May2025('Twenty-five years ago this week, the mill burned down.').date).toMatchObject({ start: '2000-05-15', end: '2000-05-21', granularity: 'week' });
    expect(onlyFrom16May2025('Ten years ago today the bridge opened.').date).toMatchObject({ start: '2015-05-16', end: '2015-05-16', granularity: 'day' });
    expect(onlyFrom16May2025('The tramway closed half a century ago.').date?.label).toBe('1975');
    expect(onlyFrom16May2025('It was built a century ago.').date?.label).toBe('1925');
    expect(onlyFrom16May2025('On this day in 1990, the strike ended.').date).toMatchObject({ start: '1990-05-16', end: '1990-05-16', granularity: 'day' });
  });

  it('reads “this time last year” as the week a year back', () => {
    expect(onlyFrom16May2025('At this time last year, the reservoir was nearly empty.').date).toMatchObject({ start: '2024-05-13', end: '2024-05-19', granularity: 'week' });
  });
});
