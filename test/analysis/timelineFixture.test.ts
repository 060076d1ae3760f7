import { beforeAll, describe, expect, it } from 'vitest';
import { timelineOf } from '../../src/analysis/timeline.ts';
import { readLabelsFile } from '../../src/eval/evalStory.ts';
import { evalFixture, type FixtureScore } from '../eval/fixtureScore.ts';

/**
 * A story of our own in another style (local news, Markdown with front matter, British spelling,
 * four outlets on different days, one without a publication date), with every date expression
 * labelled by hand in expected.json.
 */
const DIR = 'test/fixtures/timeline-story';

const LABELS = (await readLabelsFile(DIR)).labels.dates;
let result: FixtureScore;

beforeAll(async () => {
  result = await evalFixture(DIR);
});

describe('fixture story in another style', () => {
  it('has at least 12 hand-labelled expressions over articles published on different days', () => {
    expect(result.counts.dates.labels).toBeGreaterThanOrEqual(12);
    const days = new Set(result.story.articles.map((a) => a.meta.published).filter(Boolean));
    expect(days.size).toBeGreaterThanOrEqual(3);
    expect(result.story.articles.some((a) => !a.meta.published)).toBe(true);
  });

  it.each(LABELS.map((m, i) => [m.file, m.expression, i] as const))('%s: “%s”', (_file, _expression, i) => {
    const outcome = result.outcomes.dates[i];
    expect(outcome.label).toMatchObject(LABELS[i]);
    expect(outcome.verdict, outcome.said).toBe('right');
  });

  it('resolves at least 95% of the labelled expressions (the acceptance bar)', () => {
    expect(result.counts.dates.dateAndGranularity / result.counts.dates.labels).toBeGreaterThanOrEqual(0.95);
  });

  it('finds no date that was not labelled (counts, amounts and decades are not dates)', () => {
    expect(result.outcomes.extraDates.unlabelled).toEqual([]);
    expect(result.outcomes.extraDates.notDatesRead).toEqual([]);
  });

  it('lists what the undated article mentions as not placed', () => {
    const unplaced = timelineOf(result.story).unplaced.map((u) => u.label);
    expect(unplaced).toEqual(['Saturday, week unknown', '“next month”, date unknown', 'Autumn, year unknown']);
  });
});
