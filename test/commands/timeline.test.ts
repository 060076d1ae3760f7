import { beforeAll, describe, expect, it } from 'vitest';
import timeline, { type TimelineAnswer } from '../../commands/timeline.ts';
import { UserInputError } from '../../src/commands/command.ts';
import { presentTimeline } from '../../src/render/present/timeline.ts';
import { loadStory } from '../../src/story/loadStory.ts';
import type { Story } from '../../src/story/story.ts';

let seeds: Story;
let fixture: Story;

beforeAll(async () => {
  seeds = await loadStory('seeds');
  fixture = await loadStory('test/fixtures/stories/timeline-story');
});

const run = async (story: Story, options: Record<string, string> = {}) => (await timeline.handler(story, options)) as TimelineAnswer;

describe('/timeline', () => {
  it('answers with the documented JSON shape: dates as YYYY-MM-DD, text, expression, citations', async () => {
    const answer = JSON.parse(JSON.stringify(await run(seeds))) as TimelineAnswer;
    expect(answer.events.length).toBeGreaterThan(10);
    for (const event of answer.events) {
      expect(event.date.start).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(event.date.end).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(['day', 'week', 'month', 'season', 'year']).toContain(event.date.granularity);
      expect(event.date.label).toBeTruthy();
      expect(event.text).toBeTruthy();
      expect(event.citations.length).toBeGreaterThan(0);
      for (const c of event.citations) expect(event.expression && c.text).toBeTruthy();
      expect(event.sources).toBe(new Set(event.citations.map((c) => c.file)).size);
    }
    const starts = answer.events.map((e) => e.date.start);
    expect([...starts].sort()).toEqual(starts);
  });

  it('merges the announcement of the autumn visit across all five outlets', async () => {
    const autumn = (await run(seeds)).events.filter((e) => e.date.label === 'Autumn 2018');
    expect(Math.max(...autumn.map((e) => e.sources))).toBe(5);
  });

  it('filters by from and to, reading several date styles', async () => {
    const answer = await run(seeds, { from: 'July 17 2018', to: '2018-07-18' });
    expect(answer.from).toBe('2018-07-17');
    expect(answer.to).toBe('2018-07-18');
    expect(answer.events.map((e) => e.date.label)).toEqual(expect.arrayContaining(['Tue 17 Jul 2018', 'Wed 18 Jul 2018']));
    // The week of the summit overlaps the range; nothing outside it does.
    for (const e of answer.events) expect(e.date.end >= '2018-07-17' && e.date.start <= '2018-07-18').toBe(true);
    expect(answer.events.some((e) => e.date.label === 'Thu 19 Jul 2018')).toBe(false);
    // A month as `to` includes all of it.
    const autumn = new Set((await run(seeds, { from: '2018-09', to: 'November 2018' })).events.map((e) => e.date.label));
    expect([...autumn]).toEqual(['Autumn 2018', 'November 2018']);
  });

  it('filters by topic', async () => {
    const answer = await run(seeds, { about: 'midterm elections' });
    expect(answer.events.map((e) => e.date.label)).toContain('November 2018');
    expect(answer.events.every((e) => e.citations.some((c) => /midterm|election/i.test(c.text)))).toBe(true);
  });

  it('explains a date it cannot read', async () => {
    await expect(run(seeds, { from: 'the day after' })).rejects.toThrow(UserInputError);
    await expect(run(seeds, { from: 'the day after' })).rejects.toThrow(/`from`.*2018-07-16/);
    await expect(run(seeds, { to: 'Monday' })).rejects.toThrow(/no year/);
    await expect(run(seeds, { from: '2018-02-30' })).rejects.toThrow(/not a day of the calendar/);
    await expect(run(seeds, { from: '2018-07-20', to: '2018-07-16' })).rejects.toThrow(/after `to`/);
  });

  it('reports dates it could not place from an undated article', async () => {
    const answer = await run(fixture);
    expect(answer.unplaced.map((u) => u.label)).toContain('Saturday, week unknown');
    expect(answer.events.some((e) => e.citations.some((c) => c.text.includes('carried boxes on Saturday')))).toBe(false);
  });
});

describe('timeline presentation', () => {
  it('lists events with label, sources and citations, and attaches a picture from three events', async () => {
    const answer = await run(fixture);
    const p = presentTimeline(answer);
    expect(p.items).toHaveLength(answer.events.length);
    expect(p.items[0].heading).toBe(`${answer.events[0].date.label} · 1 source`);
    expect(p.image?.name).toBe('timeline.png');
    expect([...p.image!.png.slice(0, 4)]).toEqual([0x89, 0x50, 0x4e, 0x47]);
    expect(p.note).toContain('Saturday, week unknown');
  });

  it('attaches no picture for fewer than three events', async () => {
    const answer = await run(fixture, { from: '1930', to: '1940' });
    expect(answer.events.map((e) => e.date.label)).toEqual(['1932']);
    expect(presentTimeline(answer).image).toBeUndefined();
  });

  it('says so when nothing matches', async () => {
    const p = presentTimeline(await run(seeds, { from: '1990', to: '1991' }));
    expect(p.items).toEqual([]);
    expect(p.note).toMatch(/No dated events from 1990-01-01 to 1991-12-31/);
  });
});

describe('/timeline options in Discord', () => {
  it('suggests topics for about, nothing for the dates, and is rate-limited as expensive', async () => {
    const story = await loadStory('seeds');
    expect((await timeline.autocomplete!(story, 'about', 'helsin')).map((c) => c.name)).toContain('Helsinki');
    expect(await timeline.autocomplete!(story, 'from', '2018')).toEqual([]);
    expect(timeline.expensive).toBe(true);
  });
});
