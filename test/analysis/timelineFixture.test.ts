import { readFileSync } from 'node:fs';
import type { Label } from './labelledStory.ts';
import { beforeAll, describe, expect, it } from 'vitest';
import { timelineOf, type ResolvedMention } from '../../src/analysis/timeline.ts';
import { loadStory } from '../../src/story/loadStory.ts';
import type { Story } from '../../src/story/story.ts';

/**
 * A story of our own in another style (local news, Markdown with front matter, British spelling,
 * four outlets on different days, one without a publication date), with every date expression
 * labelled by hand in expected.json.
 */
const DIR = 'test/fixtures/timeline-story';

const expected = JSON.parse(readFileSync(`${DIR}/expected.json`, 'utf8')) as { mentions: Label[]; notDates: string[] };
let story: Story;
let mentions: ResolvedMention[];

beforeAll(async () => {
  story = await loadStory(DIR);
  mentions = timelineOf(story).mentions;
});

function isCorrect(want: Label): boolean {
  const found = mentions.filter((m) => m.sentence.file === want.file && m.expression.includes(want.expression));
  if (found.length !== 1) return false;
  const [m] = found;
  if (want.unresolved) return !m.date && m.unresolved === want.unresolved;
  if (!m.date) return false;
  return m.date.start === want.start && m.date.end === want.end && m.date.granularity === want.granularity && (!want.label || m.date.label === want.label);
}

describe('fixture story in another style', () => {
  it('has at least 12 hand-labelled expressions over articles published on different days', () => {
    expect(expected.mentions.length).toBeGreaterThanOrEqual(12);
    const days = new Set(story.articles.map((a) => a.meta.published).filter(Boolean));
    expect(days.size).toBeGreaterThanOrEqual(3);
    expect(story.articles.some((a) => !a.meta.published)).toBe(true);
  });

  it.each(expected.mentions.map((m) => [m.file, m.expression, m] as const))('%s: “%s”', (_file, _expression, want) => {
    const found = mentions.filter((m) => m.sentence.file === want.file && m.expression.includes(want.expression));
    expect(found).toHaveLength(1);
    if (want.unresolved) {
      expect(found[0].date).toBeUndefined();
      expect(found[0].unresolved).toBe(want.unresolved);
    } else {
      expect(found[0].date).toMatchObject({ start: want.start, end: want.end, granularity: want.granularity, ...(want.label ? { label: want.label } : {}) });
    }
  });

  it('resolves at least 95% of the labelled expressions (the acceptance bar)', () => {
    const correct = expected.mentions.filter(isCorrect).length;
    expect(correct / expected.mentions.length).toBeGreaterThanOrEqual(0.95);
  });

  it('finds no date that was not labelled (counts, amounts and decades are not dates)', () => {
    const labelled = (m: ResolvedMention) => expected.mentions.some((e) => e.file === m.sentence.file && m.expression.includes(e.expression));
    expect(mentions.filter((m) => !labelled(m)).map((m) => `${m.sentence.file}: ${m.expression}`)).toEqual([]);
    for (const words of expected.notDates) expect(mentions.some((m) => m.expression.includes(words))).toBe(false);
  });

  it('lists what the undated article mentions as not placed', () => {
    const unplaced = timelineOf(story).unplaced.map((u) => u.label);
    expect(unplaced).toEqual(['Saturday, week unknown', '“next month”, date unknown', 'Autumn, year unknown']);
  });
});
