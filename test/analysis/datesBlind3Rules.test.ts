import { describe, expect, it } from 'vitest';
import { southernOf } from '../../src/analysis/dateHemisphere.ts';
import { findDateMentions } from '../../src/analysis/dates.ts';
import { timelineOf } from '../../src/analysis/timeline.ts';
import { articleFromText } from '../../src/story/loadStory.ts';
import { Story } from '../../src/story/story.ts';

/** The rules the third blind round added, on sentences of other wording than its fixtures. */
const FRI = '2025-05-16';

function all(text: string, published: string | undefined = FRI, southern = false) {
  return findDateMentions(text, published, { southern });
}

function only(text: string, published: string | undefined = FRI, southern = false) {
  const found = all(text, published, southern);
  expect(found, JSON.stringify(found.map((m) => m.expression))).toHaveLength(1);
  return found[0];
}

function storyOf(files: Record<string, string>): Story {
  const articles = Object.entries(files).map(([file, raw]) => articleFromText(file, raw).article);
  return new Story({ dir: '/tmp/none', name: 'test', version: 'v1', articles, warnings: [] });
}

describe('looking back from the day of publication', () => {
  it('reads “N years ago this week/today”, “a century ago” and “On this day in YEAR”', () => {
    expect(only('Twenty-five years ago this week, the mill burned down.').date).toMatchObject({ start: '2000-05-15', end: '2000-05-21', granularity: 'week' });
    expect(only('Ten years ago today the bridge opened.').date).toMatchObject({ start: '2015-05-16', end: '2015-05-16', granularity: 'day' });
    expect(only('The tramway closed half a century ago.').date?.label).toBe('1975');
    expect(only('It was built a century ago.').date?.label).toBe('1925');
    expect(only('On this day in 1990, the strike ended.').date).toMatchObject({ start: '1990-05-16', end: '1990-05-16', granularity: 'day' });
  });

  it('reads “this time last year” as the week a year back', () => {
    expect(only('At this time last year, the reservoir was nearly empty.').date).toMatchObject({ start: '2024-05-13', end: '2024-05-19', granularity: 'week' });
  });

  it('reads fixed-date holidays with the sentence’s tense, and not as words of other things', () => {
    expect(only('Sales have slowed since Christmas.').date?.start).toBe('2024-12-25');
    expect(only('The shop will close on Christmas Eve.', '2025-11-20').date?.start).toBe('2025-12-24');
    expect(all('Christmas shopping started early.')).toEqual([]);
  });

  it('reads a weekday with a day of the month as the one whose weekday fits', () => {
    expect(only('The fair opens on Saturday the 7th.').date?.start).toBe('2025-06-07');
    expect(only('It closed on Thursday, the 1st.').date?.start).toBe('2025-05-01');
  });

  it('reads abbreviated weekdays and ordinal days (“Thurs., Oct. 3rd”)', () => {
    expect(only('He was sentenced on Thurs., Oct. 3rd, to eight years.', '2024-10-04').date?.label).toBe('Thu 3 Oct 2024');
    expect(only('The motion was filed on Tues., Sept. 10th.', '2024-10-04').date?.label).toBe('Tue 10 Sep 2024');
  });

  it('reads ISO timestamps as their day, and a month range dated at both ends as one span', () => {
    expect(only('2025-03-05T23:10:00+01:00 — Polls have closed.').date?.label).toBe('Wed 5 Mar 2025');
    expect(only('He ran the fund from October 2018 to March 2021.').date).toMatchObject({ start: '2018-10-01', end: '2021-03-31', granularity: 'month' });
  });

  it('reads a quarter “of this year” and “in the new year”', () => {
    expect(only('Revenue jumped 8% in the third quarter of last year.').date?.label).toBe('Q3 2024');
    expect(only('The report will be published in the new year.', '2025-10-02').date?.label).toBe('2026');
  });
});

describe('what is not a date', () => {
  it('leaves recurring weekdays, comparisons and decades out', () => {
    expect(all('The clinic is open on Monday and Wednesday mornings.')).toEqual([]);
    expect(all('Volunteers meet Friday evenings at the hall.')).toEqual([]);
    expect(all('The next issue is out two days later than usual.')).toEqual([]);
    expect(all('Through the 1990s the town shrank.')).toEqual([]);
  });
});

describe('tense', () => {
  it('reads a plan told in the past perfect as past, and a possessive day by the verb after it', () => {
    expect(only('The vote had been scheduled for March 3 but was postponed.', '2025-09-01').date?.start).toBe('2025-03-03');
    expect(only('The coach said Sunday’s final will be her last.').date?.start).toBe('2025-05-18');
    expect(only('The club said Sunday’s final was the best in years.').date?.start).toBe('2025-05-11');
  });

  it('reads what can be done “from” a day as coming up', () => {
    expect(only('Tickets can be bought from Tuesday.').date?.start).toBe('2025-05-20');
    expect(only('The strike ran from Tuesday.').date?.start).toBe('2025-05-13');
  });

  it('reads a season that is the subject of a past-tense sentence as the last one', () => {
    expect(only('Winter was unusually mild.').date?.label).toBe('Winter 2024–25');
    expect(only('The summer storms were the worst on record.').date?.label).toBe('Summer 2024');
    expect(all('The spring collection goes on sale today.').map((m) => m.expression)).toEqual(['today']);
  });

  it('counts “the previous weekend” from the weekend just named', () => {
    const [last, previous] = all('Last weekend’s market drew twice the crowd of the previous weekend.');
    expect(last.date?.start).toBe('2025-05-10');
    expect(previous.date?.start).toBe('2025-05-03');
  });
});

describe('southern hemisphere', () => {
  it('reads seasons the southern way when asked to', () => {
    expect(only('Bushfires burned all through this summer.', '2025-01-20', true).date).toMatchObject({ start: '2024-12-01', end: '2025-02-28', label: 'Summer 2024–25' });
    expect(only('The dam filled last winter.', '2025-01-20', true).date).toMatchObject({ start: '2024-06-01', end: '2024-08-31' });
    expect(only('The dam filled last winter.', '2025-01-20', false).date).toMatchObject({ start: '2023-12-01', end: '2024-02-29' });
  });

  it('places an article by the southern places its lead names, not by a person called Sydney', () => {
    const southern = articleFromText('a.md', '---\ntitle: Heatwave grips Adelaide\n---\nTemperatures hit 44C on Friday.\n').article;
    const northern = articleFromText('b.md', '---\ntitle: Heatwave grips Seville\n---\nTemperatures hit 44C on Friday. Sydney Marsh said she stayed indoors.\n').article;
    expect(southernOf(southern)).toBe(true);
    expect(southernOf(northern)).toBe(false);
  });

  it('uses southern seasons for a southern article of a story and northern for the others', () => {
    const story = storyOf({
      'a.md': '---\npublished: 2025-01-20\n---\nAUCKLAND — Beaches were packed this summer as the city sweltered.\n',
      'b.md': '---\npublished: 2025-01-20\n---\nLONDON — The city expects record tourism this summer.\n',
    });
    const labels = timelineOf(story).mentions.map((m) => `${m.sentence.file} ${m.date?.label}`);
    expect(labels).toEqual(['a.md Summer 2024–25', 'b.md Summer 2025']);
  });
});

describe('narrative years', () => {
  it('places yearless months after the year the narrative set, and not in reported speech or the present', () => {
    const story = storyOf({
      'a.md': [
        '---\npublished: 2024-06-10\n---',
        'The mine first flooded in March 2019.',
        '',
        'By July, the lower galleries were abandoned and the pumps were sold.',
        '',
        'In September the owners filed for bankruptcy.',
        '',
        'Last week the council said the site was sold in May.',
      ].join('\n'),
    });
    const labels = timelineOf(story).mentions.map((m) => `${m.expression}: ${m.date?.label}`);
    expect(labels).toEqual(['March 2019: March 2019', 'July: July 2019', 'September: September 2019', 'Last week: Week of 3 Jun 2024', 'May: May 2024']);
  });
});
