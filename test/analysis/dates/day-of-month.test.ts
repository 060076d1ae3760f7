import { describe, expect, it } from 'vitest';
import { findDateMentions } from '../../../src/analysis/dates.ts';
import { timelineOf } from '../../../src/analysis/timeline.ts';
import { fixtureStory } from '../fixtureStories.ts';
import { onlyMention } from './mentions.ts';

/**
 * A day of the month without its month ("the 3rd", "the night of the 9th", "Saturday the 7th"), and a weekday
 * named with a date, which picks the month or year it fits. Sentences are dated from a Wednesday (15 May 2024, 8 May 2024) or a Friday (16 May 2025) unless they say.
 */
const WED = '2024-05-15';
const WED_8_MAY_2024 = '2024-05-08';
const FRI = '2025-05-16';
const onlyFrom15May2024 = (text: string, published: string | undefined = WED) => onlyMention(text, published);
const onlyFrom8May2024 = (text: string, published: string | undefined = WED_8_MAY_2024, dayFirst?: boolean) => onlyMention(text, published, { dayFirst });
const onlyFrom16May2025 = (text: string, published: string | undefined = FRI, southern = false) => onlyMention(text, published, { southern });

describe('a day of the month', () => {
  it('reads “the 3rd” as that day of the month the tense points at', () => {
    expect(onlyFrom8May2024('The strike began on the 3rd, after talks collapsed.').date?.start).toBe('2024-05-03');
    expect(onlyFrom8May2024('Ballots must be returned by the 20th.').date?.start).toBe('2024-05-20');
    expect(findDateMentions('She finished the 3rd stage in the lead.', WED_8_MAY_2024)).toEqual([]);
  });

  it('reads “the morning of the 3rd” and “the night of the 9th” as days of the month', () => {
    expect(onlyFrom15May2024('The fire started on the morning of the 3rd.').date).toMatchObject({ start: '2024-05-03', end: '2024-05-03', granularity: 'day' });
    expect(onlyFrom15May2024('She was last seen in the early hours of the 9th.').date).toMatchObject({ start: '2024-05-09', granularity: 'day' });
  });

  it('reads a weekday with a day of the month as the one whose weekday fits', () => {
    expect(onlyFrom16May2025('The fair opens on Saturday the 7th.').date?.start).toBe('2025-06-07');
    expect(onlyFrom16May2025('It closed on Thursday, the 1st.').date?.start).toBe('2025-05-01');
  });

  it('reads abbreviated weekdays and ordinal days (“Thurs., Oct. 3rd”)', () => {
    expect(onlyFrom16May2025('He was sentenced on Thurs., Oct. 3rd, to eight years.', '2024-10-04').date?.label).toBe('Thu 3 Oct 2024');
    expect(onlyFrom16May2025('The motion was filed on Tues., Sept. 10th.', '2024-10-04').date?.label).toBe('Tue 10 Sep 2024');
  });

  it('picks the year in which a named weekday falls on the date', () => {
    expect(onlyFrom8May2024('The final was moved to Sunday 9th June after complaints.', '2024-03-01').date?.start).toBe('2024-06-09');
  });
});

describe('days of the month in the labelled fixture stories', () => {
  it('puts the break-in “on the night of the 12th” on the 12th of the month it was reported in', async () => {
    const { events } = timelineOf(await fixtureStory('dates-blind5-police'));
    expect(events.find((e) => e.text.includes('night of the 12th'))?.date.label).toBe('Thu 12 Feb 2026');
  });
});
