import { describe, expect, it } from 'vitest';
import { entryDays, entryStamp, minutesOf } from '../../src/analysis/dateClock.ts';
import { publicationsOf } from '../../src/analysis/datePublished.ts';
import { dayFirstOf } from '../../src/analysis/dateLocale.ts';
import { findDateMentions } from '../../src/analysis/dates.ts';
import { timelineOf } from '../../src/analysis/timeline.ts';
import { articleFromText } from '../../src/story/loadStory.ts';
import { Story } from '../../src/story/story.ts';

/** The rules the second blind round added, on sentences of other wording than its fixtures. */
const WED = '2024-05-08';

function only(text: string, published = WED, dayFirst?: boolean) {
  const found = findDateMentions(text, published, { dayFirst });
  expect(found, JSON.stringify(found.map((m) => m.expression))).toHaveLength(1);
  return found[0];
}

function storyOf(files: Record<string, string>): Story {
  const articles = Object.entries(files).map(([file, raw]) => articleFromText(file, raw).article);
  return new Story({ dir: '/tmp/none', name: 'test', version: 'v1', articles, warnings: [] });
}

describe('numeric dates follow the article’s convention', () => {
  it('reads an ambiguous date day first or month first as the article writes, and leaves it unresolved otherwise', () => {
    expect(only('The hearing was held on 05/06/2023.', WED, true).date?.start).toBe('2023-06-05');
    expect(only('The hearing was held on 05/06/2023.', WED, false).date?.start).toBe('2023-05-06');
    const unknown = only('The hearing was held on 05/06/2023.', WED, undefined);
    expect(unknown.date).toBeUndefined();
    expect(unknown.unresolved).toContain('order unknown');
  });

  it('needs no convention when a number is above 12, or when the weekday named with it fits one reading', () => {
    expect(only('The hearing was held on 13/06/2023.').date?.start).toBe('2023-06-13');
    expect(only('The hearing was held on 06/13/2023.').date?.start).toBe('2023-06-13');
    expect(only('It reopened on Friday 02/06/2023.').date?.start).toBe('2023-06-02');
  });

  it('tells the convention from the article’s other dates, numbers above 12 first', () => {
    expect(dayFirstOf(['The treaty was signed on 4 May 2021.'])).toBe(true);
    expect(dayFirstOf(['The treaty was signed on May 4, 2021.'])).toBe(false);
    expect(dayFirstOf(['Shares rose 3.5% in 2021.'])).toBeUndefined();
    expect(dayFirstOf(['Signed May 4, 2021 and filed on 28/05/2021.'])).toBe(true);
  });

  it('picks the year in which a named weekday falls on the date', () => {
    expect(only('The final was moved to Sunday 9th June after complaints.', '2024-03-01').date?.start).toBe('2024-06-09');
  });
});

describe('British and relative forms', () => {
  it('reads “the 3rd” as that day of the month the tense points at', () => {
    expect(only('The strike began on the 3rd, after talks collapsed.').date?.start).toBe('2024-05-03');
    expect(only('Ballots must be returned by the 20th.').date?.start).toBe('2024-05-20');
    expect(findDateMentions('She finished the 3rd stage in the lead.', WED)).toEqual([]);
  });

  it('reads “Friday week”, “a week on Friday” and “a week last Monday”', () => {
    expect(only('The inquiry resumes on Friday week.').date?.start).toBe('2024-05-17');
    expect(only('The inquiry resumes a week on Friday.').date?.start).toBe('2024-05-17');
    expect(only('The fence came down a week last Monday.').date?.start).toBe('2024-04-29');
  });

  it('reads “a fortnight ago” as the week two weeks back', () => {
    expect(only('The pier was closed a fortnight ago.').date).toMatchObject({ start: '2024-04-22', end: '2024-04-28', granularity: 'week' });
  });

  it('reads a season of two years as one span, and “the beginning of the month” as the month', () => {
    expect(only('Attendance fell in the 2019/20 season.').date).toMatchObject({ start: '2019-01-01', end: '2020-12-31', granularity: 'year', label: '2019–20' });
    expect(only('Prices have risen since the beginning of the month.').date).toMatchObject({ start: '2024-05-01', end: '2024-05-31', granularity: 'month' });
  });

  it('counts “the following year” and “three weeks later” from the date just mentioned', () => {
    expect(findDateMentions('She moved to Porto in 2004 and opened a bakery the following year.', WED).map((m) => m.date?.label)).toEqual(['2004', '2005']);
    expect(findDateMentions('The bridge shut on 2 January 2022 and reopened three weeks later.', WED).map((m) => m.date?.label)).toEqual(['Sun 2 Jan 2022', 'Week of 17 Jan 2022']);
    expect(findDateMentions('The review ended a week earlier than planned.', WED)).toEqual([]);
  });

  it('finds no day in “a Friday night” or “every Monday”', () => {
    expect(findDateMentions('The match was moved to a Friday night slot, and the market runs every Monday.', WED)).toEqual([]);
  });
});

describe('tense', () => {
  it('reads a fixture told in the present tense as coming up', () => {
    expect(only("They travel to Leeds for Saturday's final.").date?.start).toBe('2024-05-11');
    expect(only('The operator will open a help desk in the library at 10:00 on Thursday.').date?.start).toBe('2024-05-09');
  });

  it('reads “since the spring” and a gerund clause in a past sentence as the past', () => {
    expect(only('Repairs have been delayed since the spring.', '2024-10-02').date?.label).toBe('Spring 2024');
    expect(only('She worked as a nurse before joining the council in November.', '2024-10-02').date?.label).toBe('November 2023');
  });
});

describe('times of day', () => {
  it('reads 12- and 24-hour times, a bare hour after a verb of schedule, and no score, sum or service name', () => {
    expect(only('Counting stopped at 11:15pm.').clock).toBe(true);
    expect(only('Doors opened at 19:30 as fans queued.').clock).toBe(true);
    expect(only('Voting ends at 9 in the west.').clock).toBe(true);
    expect(findDateMentions('The index closed at 7,421 points and the 07:10 from Leith was full.', WED)).toEqual([]);
  });

  it('keeps a time written next to its day inside that day’s mention', () => {
    expect(only('The service starts at 7.30pm on Saturday.').date?.start).toBe('2024-05-11');
    expect(only('Doors open on Saturday 11 May between 10am and 4pm.').date?.start).toBe('2024-05-11');
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

describe('publication date from the page', () => {
  it('reads a “Published” line and a date ending the furniture under a headline, and not a date in prose', () => {
    const story = storyOf({
      'a.txt': 'Harbour wall to be rebuilt\n\nPublished: 14 February 2023\n\nThe council approved the plan on Monday.',
      'b.txt': 'Harbour wall to be rebuilt\n\nHome | News | Sport Tuesday 14 February 2023\n\nThe council approved the plan on Monday.',
      'c.txt': 'Harbour wall to be rebuilt\n\nThe council approved the plan on 14 February 2023.\n\nWork starts on Monday.',
      'd.txt': 'Harbour wall to be rebuilt\n\nTimeline of events since 14 February 2023\n\nWork starts on Monday.',
    });
    const pubs = publicationsOf(story);
    expect(pubs.get('a.txt')?.published ?? story.article('a.txt').meta.published).toBe('2023-02-14');
    expect(pubs.get('b.txt')?.published).toBe('2023-02-14');
    expect(pubs.get('c.txt')?.published).toBeUndefined();
    expect(story.article('d.txt').sentences[0].text).toBe('Timeline of events since 14 February 2023');
    expect(pubs.get('d.txt')?.published).toBeUndefined();
  });
});
