import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { timelineOf } from '../../src/analysis/timeline.ts';
import { readLabelsFile } from '../../src/eval/evalStory.ts';
import type { DateLabel } from '../../src/eval/labels.ts';
import { loadStory } from '../../src/story/loadStory.ts';
import type { Story } from '../../src/story/story.ts';
import { evalFixture, type FixtureScore } from '../eval/fixtureScore.ts';

/**
 * Two stories of our own, far from the seed's style and from each other, every date expression
 * labelled by hand in expected.json before the code ran on them (see the "about" field of each for
 * the decisions: fiscal periods, quarters, datelines, "overnight").
 */
const STORIES = [
  // A company's quarter over four weeks: wire copy, a feature with front matter, a brief, a column.
  { dir: 'test/fixtures/dates-business', name: 'business' },
  // A hurricane over a week: a wire story dated only by its dateline, a local paper, a TV transcript, a blog.
  { dir: 'test/fixtures/dates-disaster', name: 'disaster' },
];

const labelsOf = async (dir: string) => (await readLabelsFile(dir)).labels.dates;
const LABELS = Object.fromEntries(await Promise.all(STORIES.map(async ({ dir }) => [dir, await labelsOf(dir)] as const))) as Record<string, DateLabel[]>;

describe.each(STORIES)('$name story', ({ dir }) => {
  let result: FixtureScore;

  beforeAll(async () => {
    result = await evalFixture(dir);
  });

  it('has at least 12 hand-labelled expressions over articles published on different days', () => {
    expect(result.counts.dates.labels).toBeGreaterThanOrEqual(12);
    const days = new Set(result.story.articles.map((a) => a.meta.published).filter(Boolean));
    expect(days.size).toBeGreaterThanOrEqual(3);
  });

  it.each(LABELS[dir].map((m, i) => [m.file, m.expression, i] as const))('%s: “%s”', (_file, _expression, i) => {
    const outcome = result.outcomes.dates[i];
    expect(outcome.label).toMatchObject(LABELS[dir][i]);
    expect(outcome.verdict, outcome.said).toBe('right');
  });

  it('resolves at least 95% of the labelled expressions (the acceptance bar)', () => {
    expect(result.counts.dates.dateAndGranularity / result.counts.dates.labels).toBeGreaterThanOrEqual(0.95);
  });

  it('finds no date that was not labelled, and none in the phrases that are not dates', () => {
    expect(result.outcomes.extraDates.unlabelled).toEqual([]);
    expect(result.outcomes.extraDates.notDatesRead).toEqual([]);
  });
});

describe('the wire story dated only by its dateline', () => {
  let story: Story;
  beforeAll(async () => {
    story = await loadStory('test/fixtures/dates-disaster');
  });

  it('has no publication date in its metadata: the loader takes it from the dateline', () => {
    const raw = readFileSync('test/fixtures/dates-disaster/a-wire.txt', 'utf8');
    const manifest = JSON.parse(readFileSync('test/fixtures/dates-disaster/story.json', 'utf8'));
    expect(raw.startsWith('---')).toBe(false);
    expect(manifest.articles['a-wire.txt']).toBeUndefined();
    expect(story.article('a-wire.txt')?.meta.published).toBe('2022-09-28');
  });

  it('places its relative dates from the dateline and leaves nothing unplaced', () => {
    const timeline = timelineOf(story);
    expect(timeline.unplaced).toEqual([]);
    const tuesday = timeline.mentions.find((m) => m.sentence.file === 'a-wire.txt' && m.expression === 'on Tuesday');
    expect(tuesday?.date?.label).toBe('Tue 27 Sep 2022');
  });

  it('does not make the dateline an event', () => {
    const events = timelineOf(story).events;
    expect(events.some((e) => e.expression.includes('Sept. 28'))).toBe(false);
  });

  it('tells the event without the dateline, and cites the sentence as written', () => {
    const overnight = timelineOf(story).events.find((e) => e.expression === 'overnight' && e.citations[0].file === 'a-wire.txt');
    expect(overnight?.text.startsWith('Hurricane Ines strengthened')).toBe(true);
    expect(overnight?.citations[0].text.startsWith('MIAMI, Sept. 28 (Reuters) - ')).toBe(true);
  });
});
