/**
 * The checks every hand-labelled date story gets, scored by the eval scorer (src/eval/scoreDates.ts) on its
 * expected.json (or labels.json): a label names an expression unique in its article; the date mention
 * overlapping it must resolve to the labelled start, end, granularity (and display label when given).
 */
import { beforeAll, describe as suite, expect, it } from 'vitest';
import { compareDates } from '../../src/analysis/dateMath.ts';
import { loadStory } from '../../src/story/loadStory.ts';
import { timelineOf } from '../../src/analysis/timeline.ts';
import type { Story } from '../../src/story/story.ts';
import { evalFixture } from '../eval/fixtureScore.ts';

export interface LabelledStorySpec {
  /** Folder under test/fixtures/. */
  name: string;
  style: string;
  /** Share of labelled expressions that must resolve right (0–1). */
  threshold: number;
}

/**
 * Its labels resolve (at least `threshold`), nothing unlabelled is read as a date, and its events come in
 * date order without repeats. Returns the loaded stories (filled in beforeAll) for the file's own checks.
 */
export function labelledStorySuite(specs: readonly LabelledStorySpec[]): Map<string, Story> {
  const stories = new Map<string, Story>();
  beforeAll(async () => {
    for (const { name } of specs) stories.set(name, await loadStory(`test/fixtures/${name}`));
  });
  suite.each(specs)('$name ($style)', ({ name, threshold }) => {
    it(`resolves at least ${threshold * 100}% of the labelled expressions, each to its date and granularity`, async () => {
      const { dates } = (await evalFixture(`test/fixtures/${name}`, stories.get(name)!)).counts;
      expect(dates.labels).toBeGreaterThanOrEqual(20);
      expect(dates.dateAndGranularity / dates.labels).toBeGreaterThanOrEqual(threshold);
    });

    it('finds no date that was not labelled, and none in the phrases that are not dates', async () => {
      const { extraDates } = (await evalFixture(`test/fixtures/${name}`, stories.get(name)!)).outcomes;
      expect(extraDates.unlabelled).toEqual([]);
      expect(extraDates.notDatesRead).toEqual([]);
    });

    it('lists events in date order, each date and text once', () => {
      const { events } = timelineOf(stories.get(name)!);
      for (let i = 1; i < events.length; i++) expect(compareDates(events[i - 1].date, events[i].date)).toBeLessThanOrEqual(0);
      const keys = events.map((e) => `${e.date.label}|${e.text}`);
      expect(new Set(keys).size).toBe(keys.length);
    });
  });
  return stories;
}
