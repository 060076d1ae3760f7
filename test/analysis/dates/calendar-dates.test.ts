import { describe, expect, it } from 'vitest';
import { findDateMentions } from '../../../src/analysis/dates.ts';
import { mention, resolved, onlyMention } from './mentions.ts';

/**
 * Written-out calendar dates, months and ISO timestamps, and the year a date without one takes. Sentences are dated from a Wednesday (15 May 2024, 8 May 2024) or a Friday (16 May 2025) unless they say.
 */
const WED = '2024-05-15';
const FRI = '2025-05-16';
const onlyFrom15May2024 = (text: string, published: string | undefined = WED) => onlyMention(text, published);
const onlyFrom16May2025 = (text: string, published: string | undefined = FRI, southern = false) => onlyMention(text, published, { southern });

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

describe('other calendar forms', () => {
  it('reads ISO timestamps as their day, and a month range dated at both ends as one span', () => {
    expect(onlyFrom16May2025('2025-03-05T23:10:00+01:00 — Polls have closed.').date?.label).toBe('Wed 5 Mar 2025');
    expect(onlyFrom16May2025('He ran the fund from October 2018 to March 2021.').date).toMatchObject({ start: '2018-10-01', end: '2021-03-31', granularity: 'month' });
  });

  it('reads a month after “for”', () => {
    expect(onlyFrom15May2024('A vote is planned for September.').date?.label).toBe('September 2024');
  });
});
