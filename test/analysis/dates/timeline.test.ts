import { describe, expect, it } from 'vitest';
import { clauseAround, LONG_SENTENCE, selectEvents, timelineOf } from '../../../src/analysis/timeline.ts';
import { articleFromText } from '../../../src/story/loadStory.ts';
import { Story } from '../../../src/story/story.ts';
import { compareDates } from '../../../src/analysis/dateMath.ts';
import { fixtureStory } from '../fixtureStories.ts';

function storyOf(articles: Record<string, string>): Story {
  return new Story({
    dir: '/in-memory',
    name: 'test',
    version: 'v1',
    articles: Object.entries(articles).map(([file, text]) => articleFromText(file, text).article),
  });
}

// 2021-09-09 is a Thursday; 2021-09-10 a Friday.
const harbour = storyOf({
  'a.md': `---
outlet: Harbour Post
published: 2021-09-09
---
The harbour authority closed the north pier on Tuesday after divers found cracks in two pylons.

Repairs will begin next month, the authority said.

A ferry operator said it had lost bookings since 2019.`,
  'b.md': `---
outlet: Coast FM
published: 2021-09-10
---
The north pier was closed on Tuesday after divers found cracks in two of its pylons.

The pier first opened in 1961.

The authority first inspected the pier on Monday. The next day it was shut.`,
  'c.md': `---
outlet: Bay Weekly
published: 2021-09-10
---
Engineers expect the pier to reopen in the spring.

Fishermen will protest at the harbour office on Saturday.`,
});

describe('timeline events', () => {
  const { events } = timelineOf(harbour);

  it('merges the same event reported by several outlets into one entry with every citation', () => {
    const closure = events.filter((e) => e.date.start === '2021-09-07' && e.text.includes('pylons'));
    expect(closure).toHaveLength(1);
    expect(closure[0].sources).toBe(2);
    expect(closure[0].citations.map((c) => c.outlet)).toEqual(['Harbour Post', 'Coast FM']);
    expect(closure[0].text).toBe('The harbour authority closed the north pier on Tuesday after divers found cracks in two pylons.');
  });

  it('orders events by date, then by first report', () => {
    const labels = events.map((e) => e.date.label);
    expect(labels).toEqual(['1961', '2019', 'Mon 6 Sep 2021', 'Tue 7 Sep 2021', 'Tue 7 Sep 2021', 'Sat 11 Sep 2021', 'October 2021', 'Spring 2022']);
    // Same day: the closure (first reported on 9 September) before "the next day it was shut".
    const tuesday = events.filter((e) => e.date.start === '2021-09-07');
    expect(tuesday.map((e) => e.expression)).toEqual(['on Tuesday', 'The next day']);
  });

  it('resolves "the next day" from the event just mentioned', () => {
    const shut = events.find((e) => e.expression === 'The next day');
    expect(shut?.date.start).toBe('2021-09-07');
    // A different statement on the same day stays its own event.
    expect(shut?.citations).toHaveLength(1);
  });

  it('sentences without a date are not events', () => {
    const cited = new Set(events.flatMap((e) => e.citations.map((c) => c.text)));
    expect(cited.has('The pier first opened in 1961.')).toBe(true);
    expect([...cited].some((t) => t.startsWith('Fishermen will protest'))).toBe(true);
    for (const sentence of harbour.sentences) {
      if (!/\d|day|month|spring/i.test(sentence.text)) expect(cited.has(sentence.text)).toBe(false);
    }
  });

  it('is computed once per story', () => {
    expect(timelineOf(harbour)).toBe(timelineOf(harbour));
  });
});

describe('"the following day" dated by another outlet', () => {
  it('uses the date another article gives the event just mentioned', () => {
    const story = storyOf({
      'x.md': `---
published: 2022-03-04
---
The minister gave a speech in Leeds on Wednesday. The speech drew protests outside the venue.`,
      'y.md': `---
published: 2022-03-04
---
Thousands rallied against the budget this year.

Angry crowds greeted the minister's speech in Leeds, where protests filled the square outside the venue.

Critics called the speech divisive.

Ministers defended it in parliament.

Backbenchers stayed quiet.

The minister apologised the following day.`,
    });
    const apology = timelineOf(story).events.find((e) => e.expression === 'the following day');
    expect(apology?.date).toMatchObject({ start: '2022-03-03', granularity: 'day' });
  });

  it('does not place a past event after the article was published', () => {
    const story = storyOf({
      'z.md': `---
published: 2022-03-04
---
Officials confirmed the closure on Friday.

The company appealed the following day.`,
    });
    expect(timelineOf(story).events.map((e) => e.date.start)).toEqual(['2022-03-04']);
    expect(timelineOf(story).unplaced.map((u) => u.expression)).toEqual(['the following day']);
  });
});

describe('filtering', () => {
  const { events } = timelineOf(harbour);

  it('keeps events overlapping a date range', () => {
    const week = selectEvents(harbour, events, { from: '2021-09-07', to: '2021-09-30' });
    expect(week.map((e) => e.date.label)).toEqual(['Tue 7 Sep 2021', 'Tue 7 Sep 2021', 'Sat 11 Sep 2021']);
    // A year overlaps any day inside it.
    expect(selectEvents(harbour, events, { from: '2019-06-01', to: '2019-06-30' }).map((e) => e.date.label)).toEqual(['2019']);
  });

  it('keeps events about a topic', () => {
    expect(selectEvents(harbour, events, { about: 'ferry bookings' }).map((e) => e.date.label)).toEqual(['2019']);
    expect(selectEvents(harbour, events, { about: 'zeppelin' })).toEqual([]);
  });
});

describe('clauseAround', () => {
  it('keeps short sentences whole', () => {
    const text = 'The council met on Monday to discuss the budget.';
    expect(clauseAround(text, text.indexOf('Monday'), 6)).toBe(text);
  });

  it('trims a long sentence to the clause carrying the date, with exact words', () => {
    const text =
      'The committee, which has been under pressure from residents for months, finally published its report; ' +
      'the council then voted on Monday to close the old bridge, while campaigners vowed to fight the decision in court.';
    expect(text.length).toBeGreaterThan(LONG_SENTENCE);
    const clause = clauseAround(text, text.indexOf('on Monday'), 9);
    expect(clause).toBe('…the council then voted on Monday to close the old bridge…');
    expect(text).toContain(clause.replace(/…/g, ''));
  });
});

describe('trimming events to their clause in a labelled fixture story', () => {
  it('trims a sentence that dates two events to the clause of each', async () => {
    const { events } = timelineOf(await fixtureStory('dates-blind-sports'));
    const january = events.find((e) => e.date.label === 'January 2024' && e.citations[0].file === 'a-season-report.md');
    const december = events.find((e) => e.date.label === 'December 2023');
    expect(january?.text).toBe('The Comets won nine of their 10 games in January…');
    expect(december?.text).toBe('…but lost three times in December, when injuries left Castell with eight fit players.');
  });
});

/** The labelled fixture stories whose labels include dates (their scores: test/eval/fixtureScores.test.ts). */
const DATE_STORIES = [
  'dates-blind-british', 'dates-blind-election', 'dates-blind-space', 'dates-blind-sports',
  'dates-blind3-anniversary', 'dates-blind3-court', 'dates-blind3-health', 'dates-blind3-sydney',
  'dates-blind4-legislature', 'dates-blind4-listings', 'dates-blind4-roadmap',
  'dates-blind5-celebrity', 'dates-blind5-police', 'dates-blind5-school',
  'dates-business', 'dates-disaster', 'timeline-story',
];

describe('the timelines of the labelled fixture stories', () => {
  it.each(DATE_STORIES)('%s: lists events in date order, each date and text once', async (name) => {
    const { events } = timelineOf(await fixtureStory(name));
    for (let i = 1; i < events.length; i++) expect(compareDates(events[i - 1].date, events[i].date)).toBeLessThanOrEqual(0);
    const keys = events.map((e) => `${e.date.label}|${e.text}`);
    expect(new Set(keys).size).toBe(keys.length);
  });

  it.each(['dates-business', 'dates-disaster', 'timeline-story'])('%s: its articles were published on at least three different days', async (name) => {
    const story = await fixtureStory(name);
    expect(new Set(story.articles.map((a) => a.meta.published).filter(Boolean)).size).toBeGreaterThanOrEqual(3);
  });

  it('timeline-story: one of its articles has no publication date', async () => {
    expect((await fixtureStory('timeline-story')).articles.some((a) => !a.meta.published)).toBe(true);
  });
});
