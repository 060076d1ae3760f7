import { describe, expect, it } from 'vitest';
import { timelineOf } from '../../../src/analysis/timeline.ts';
import { articleFromText } from '../../../src/story/loadStory.ts';
import { Story } from '../../../src/story/story.ts';
import { fixtureStory } from '../fixtureStories.ts';

function storyOf(articles: Record<string, string>): Story {
  return new Story({ dir: '/in-memory', name: 'test', version: 'v1', articles: Object.entries(articles).map(([file, text]) => articleFromText(file, text).article) });
}

function dateOf(story: Story, file: string, expression: string): string | undefined {
  const m = timelineOf(story).mentions.find((x) => x.sentence.file === file && x.expression.includes(expression));
  if (!m) throw new Error(`no mention “${expression}” in ${file}`);
  return m.date ? `${m.date.start}..${m.date.end}` : m.unresolved;
}

// 2025-06-10 is a Tuesday, 2025-06-11 a Wednesday.
const dated = {
  'a.md': '---\npublished: 2025-06-11\n---\nThe Wend burst its banks at Eastfield on Tuesday, flooding forty homes near the mill.\n\nThe parish council will meet on Friday to plan repairs.',
  'b.md': '---\npublished: 2025-06-11\n---\nForty homes near the mill in Eastfield were flooded when the Wend burst its banks on Tuesday.\n\nSandbags were handed out at the Eastfield church hall on Wednesday.',
};

describe('an undated page dated by the rest of its story', () => {
  it('places “yesterday” and “this morning” on the days the dated articles give the same events', () => {
    const story = storyOf({ ...dated, 'c.txt': 'The Wend burst its banks at Eastfield yesterday, flooding forty homes near the mill.\n\nVolunteers handed out sandbags at the church hall this morning.' });
    expect(dateOf(story, 'c.txt', 'yesterday')).toBe('2025-06-10..2025-06-10');
    expect(dateOf(story, 'c.txt', 'this morning')).toBe('2025-06-11..2025-06-11');
  });

  it('reads a later weekday as the one after the event, not a week before it', () => {
    // A live page written the day after: "Tuesday" is the flood, "Wednesday" the sandbags.
    const story = storyOf({ ...dated, 'c.txt': 'The Wend burst its banks at Eastfield on Tuesday, flooding forty homes near the mill.\n\nOn Wednesday, volunteers handed out sandbags at the church hall.' });
    expect(dateOf(story, 'c.txt', 'on Tuesday')).toBe('2025-06-10..2025-06-10');
    expect(dateOf(story, 'c.txt', 'On Wednesday')).toBe('2025-06-11..2025-06-11');
  });

  it('dates a page written on the day of the event, and its plans from that day', () => {
    // "Today" is the flood, which the dated articles put on Tuesday.
    const story = storyOf({ ...dated, 'c.txt': 'The Wend flooded forty homes in Eastfield today.\n\nThe parish council is to meet on Friday to plan repairs.' });
    expect(dateOf(story, 'c.txt', 'today')).toBe('2025-06-10..2025-06-10');
    expect(dateOf(story, 'c.txt', 'on Friday')).toBe('2025-06-13..2025-06-13');
  });

  it('leaves a page undated when none of its dates meets an event the dated articles tell', () => {
    // "Saturday" falls on no day the story dates, and shares no event with it: no evidence.
    const story = storyOf({ ...dated, 'c.txt': 'Thank you to everyone who baked for the fete on Saturday.\n\nThe choir sings again next month.' });
    expect(dateOf(story, 'c.txt', 'on Saturday')).toBe('Saturday, week unknown');
    expect(dateOf(story, 'c.txt', 'next month')).toBe('“next month”, date unknown');
  });

  it('never dates a page before a day it states itself in the past tense', () => {
    // The stamp says the page was written on Thursday 12 June at the earliest: "Tuesday" is still the flood.
    const story = storyOf({ ...dated, 'c.txt': 'June 12, 2025: The Wend burst its banks at Eastfield on Tuesday, flooding forty homes near the mill.\n\nRepairs began today.' });
    expect(dateOf(story, 'c.txt', 'on Tuesday')).toBe('2025-06-10..2025-06-10');
    expect(dateOf(story, 'c.txt', 'today')).toBe('2025-06-12..2025-06-12');
  });
});

describe('an undated page that nothing dates', () => {
  it('gives its calendar dates the year of the story’s publication days, within three months of one', () => {
    const story = storyOf({ ...dated, 'c.txt': 'The regatta on the lake is set for June 28.\n\nThe boathouse reopens on December 1.\n\nWe hope to see you in the autumn.' });
    expect(dateOf(story, 'c.txt', 'June 28')).toBe('2025-06-28..2025-06-28');
    // Too far from any publication day to choose a year, and a season is no calendar date.
    expect(dateOf(story, 'c.txt', 'December 1')).toBe('1 December, year unknown');
    expect(dateOf(story, 'c.txt', 'in the autumn')).toBe('Autumn, year unknown');
  });
});

describe('a page stamped a day off, in another time zone than its text', () => {
  // 2025-06-10 is a Tuesday, 2025-06-11 a Wednesday.
  const wednesday = {
    'a.md': '---\npublished: 2025-06-11\n---\nThe Wend burst its banks at Eastfield on Wednesday, flooding forty homes near the mill.',
    'b.md': '---\npublished: 2025-06-12\n---\nForty homes near the mill in Eastfield were flooded when the Wend burst its banks on Wednesday.',
  };

  it('reads “on Wednesday” on a page stamped Tuesday as the Wednesday the other articles give', () => {
    const story = storyOf({ ...wednesday, 'c.md': '---\npublished: 2025-06-10\n---\nThe Wend burst its banks at Eastfield on Wednesday, flooding forty homes near the mill.' });
    expect(dateOf(story, 'c.md', 'on Wednesday')).toBe('2025-06-11..2025-06-11');
  });

  it('keeps the stamped day when nothing settles it, or when moving would move a week it names', () => {
    const alone = storyOf({ ...wednesday, 'c.md': '---\npublished: 2025-06-10\n---\nThe choir sang at the fete on Wednesday.' });
    expect(dateOf(alone, 'c.md', 'on Wednesday')).toBe('2025-06-04..2025-06-04');
    // Stamped Monday 16 June: its "today" matches Sunday's sandbags, but read from Sunday its "late last
    // week" would leave the flood's week: the stamp stays.
    const sunday = { 'd.md': '---\npublished: 2025-06-15\n---\nVolunteers handed out sandbags at the Eastfield church hall on Sunday.' };
    const weekly = storyOf({
      ...wednesday,
      ...sunday,
      'c.md': '---\npublished: 2025-06-16\n---\nForty homes near the mill in Eastfield were flooded late last week.\n\nVolunteers handed out sandbags at the Eastfield church hall today.',
    });
    expect(dateOf(weekly, 'c.md', 'late last week')).toBe('2025-06-09..2025-06-15');
    expect(dateOf(weekly, 'c.md', 'today')).toBe('2025-06-16..2025-06-16');
    // Without the week, the same page is read from Sunday.
    const daily = storyOf({ ...wednesday, ...sunday, 'c.md': '---\npublished: 2025-06-16\n---\nVolunteers handed out sandbags at the Eastfield church hall today.' });
    expect(dateOf(daily, 'c.md', 'today')).toBe('2025-06-15..2025-06-15');
  });
});

describe('undated articles in the labelled fixture stories', () => {
  it('places every date of an undated article whose dates are all absolute', async () => {
    const story = (await fixtureStory('dates-blind-space'));
    expect(story.article('c-explainer.md').meta.published).toBeUndefined();
    expect(timelineOf(story).unplaced.filter((u) => u.citation.file === 'c-explainer.md')).toEqual([]);
  });

  it('lists what the undated article mentions as not placed', async () => {
    const unplaced = timelineOf(await fixtureStory('timeline-story')).unplaced.map((u) => u.label);
    expect(unplaced).toEqual(['Saturday, week unknown', '“next month”, date unknown', 'Autumn, year unknown']);
  });
});
