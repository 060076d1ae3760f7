import { describe, expect, it } from 'vitest';
import { findDateMentions } from '../../../src/analysis/dates.ts';
import { timelineOf } from '../../../src/analysis/timeline.ts';
import { entryDays, entryStamp, minutesOf } from '../../../src/analysis/dateClock.ts';
import { fixtureStory } from '../fixtureStories.ts';
import { onlyMention, storyOf } from './mentions.ts';

/**
 * Clock times: 12- and 24-hour times, live-blog entry stamps that cross midnight, a time folded into the day its
 * sentence names. Sentences are dated from a Wednesday (15 May 2024, 8 May 2024) or a Friday (16 May 2025) unless they say.
 */
const WED = '2024-05-15';
const WED_8_MAY_2024 = '2024-05-08';
const onlyFrom15May2024 = (text: string, published: string | undefined = WED) => onlyMention(text, published);
const onlyFrom8May2024 = (text: string, published: string | undefined = WED_8_MAY_2024, dayFirst?: boolean) => onlyMention(text, published, { dayFirst });

describe('times of day', () => {
  it('reads 12- and 24-hour times, a bare hour after a verb of schedule, and no score, sum or service name', () => {
    expect(onlyFrom8May2024('Counting stopped at 11:15pm.').clock).toBe(true);
    expect(onlyFrom8May2024('Doors opened at 19:30 as fans queued.').clock).toBe(true);
    expect(onlyFrom8May2024('Voting ends at 9 in the west.').clock).toBe(true);
    expect(findDateMentions('The index closed at 7,421 points and the 07:10 from Leith was full.', WED_8_MAY_2024)).toEqual([]);
  });

  it('keeps a time written next to its day inside that day’s mention', () => {
    expect(onlyFrom8May2024('The service starts at 7.30pm on Saturday.').date?.start).toBe('2024-05-11');
    expect(onlyFrom8May2024('Doors open on Saturday 11 May between 10am and 4pm.').date?.start).toBe('2024-05-11');
  });

  it('reads live-blog stamps and crosses midnight whichever way the entries run', () => {
    expect(entryStamp('10:42pm: The result is in.')?.minutes).toBe(22 * 60 + 42);
    expect(entryStamp('22.05 — Turnout is up.')?.minutes).toBe(22 * 60 + 5);
    expect(entryStamp('10 people were hurt.')).toBeUndefined();
    expect(minutesOf('12:05am')).toBe(5);
    expect(entryDays([21 * 60, 23 * 60, 30, 90])).toEqual([0, 0, 1, 1]);
    expect(entryDays([90, 30, 23 * 60, 21 * 60])).toEqual([1, 1, 0, 0]);
  });

  it('places a newest-first live blog’s entries and a time that continues a dated sentence', () => {
    const story = storyOf({
      'blog.md': [
        '---', 'published: 2024-05-02', '---',
        '1:10am — The last ward has declared.', '',
        '11:50pm — Turnout in the north was 41%.', '',
        '10:05pm — Polls have closed.', '',
        '9:30pm — Queues are still long in the city.',
      ].join('\n'),
      'report.md': ['---', 'published: 2024-05-06', '---', 'The count began on Friday morning. Officials declared the result at 4pm.'].join('\n'),
    });
    const days = Object.fromEntries(timelineOf(story).mentions.map((m) => [m.expression, m.date?.start]));
    expect(days).toMatchObject({ '1:10am': '2024-05-03', '11:50pm': '2024-05-02', '9:30pm': '2024-05-02', '4pm': '2024-05-03' });
  });
});

describe('a time beside a day', () => {
  it('folds a time into the one day its sentence names', () => {
    expect(onlyFrom15May2024('The Halloween parade leaves the square on Oct. 31, and the road closes from 5 p.m.').date?.start).toBe('2024-10-31');
  });
});

describe('live blogs in the labelled fixture stories', () => {
  it('puts the live blog entries after midnight on the next day, and lists an entry once', async () => {
    const { events, mentions } = timelineOf(await fixtureStory('dates-blind-election'));
    expect(mentions.filter((m) => /^1[12]:\d\d[ap]m$/.test(m.expression)).map((m) => `${m.expression} ${m.date?.label}`)).toEqual([
      '11:55pm Tue 7 Nov 2023',
      '12:20am Wed 8 Nov 2023',
      '12:38am Wed 8 Nov 2023',
    ]);
    // "for tonight" in the same entry dates it; the entry's time does not add a second copy.
    expect(events.filter((e) => e.text.startsWith('12:38am'))).toHaveLength(1);
  });

  it('dates each live-blog entry by its ISO timestamp and lists the verdict day’s entries on that day', async () => {
    const { events } = timelineOf(await fixtureStory('dates-blind3-court'));
    const verdictDay = events.filter((e) => e.date.label === 'Thu 22 Feb 2024');
    expect(verdictDay.some((e) => e.text.includes('Guilty on 11 of 14 counts'))).toBe(true);
    expect(events.some((e) => e.text.startsWith('Updated'))).toBe(false);
  });
});
