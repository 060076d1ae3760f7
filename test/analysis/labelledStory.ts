/**
 * Scores a story's date mentions against hand-labelled expectations (expected.json next to the
 * articles). A label names a phrase that occurs once in its article; the mention must overlap it, be
 * the only mention overlapping it, and resolve to the labelled start, end, granularity (and label).
 */
import { readFileSync } from 'node:fs';
import { beforeAll, describe as suite, expect, it } from 'vitest';
import { compareDates } from '../../src/analysis/dateMath.ts';
import { loadStory } from '../../src/story/loadStory.ts';
import { join } from 'node:path';
import { timelineOf, type ResolvedMention } from '../../src/analysis/timeline.ts';
import type { Story } from '../../src/story/story.ts';

export interface Label {
  file: string;
  expression: string;
  start?: string;
  end?: string;
  granularity?: string;
  label?: string;
  unresolved?: string;
}

export interface Expected {
  mentions: Label[];
  notDates: string[];
}

export interface Outcome {
  want: Label;
  /** Why it is wrong; undefined when right. */
  problem?: string;
}

export function readExpected(dir: string): Expected {
  return JSON.parse(readFileSync(join(dir, 'expected.json'), 'utf8')) as Expected;
}

interface Span {
  sentence: number;
  from: number;
  to: number;
}

/** Where a phrase occurs in an article (sentence index and offsets), every occurrence. */
function occurrences(story: Story, file: string, phrase: string): Span[] {
  const spans: Span[] = [];
  for (const s of story.article(file)?.sentences ?? []) {
    for (let i = s.text.indexOf(phrase); i >= 0; i = s.text.indexOf(phrase, i + 1)) spans.push({ sentence: s.index, from: i, to: i + phrase.length });
  }
  return spans;
}

function overlaps(m: ResolvedMention, span: Span): boolean {
  return m.sentence.index === span.sentence && m.index < span.to && span.from < m.index + m.expression.length;
}

function describe(m: ResolvedMention): string {
  return m.date ? `${m.date.start}..${m.date.end} ${m.date.granularity} “${m.date.label}”` : `unresolved “${m.unresolved}”`;
}

export function score(story: Story, expected: Expected): { outcomes: Outcome[]; extra: string[]; wrongNotDates: string[] } {
  const mentions = timelineOf(story).mentions;
  const claimed = new Set<ResolvedMention>();
  const outcomes = expected.mentions.map((want): Outcome => {
    const spans = occurrences(story, want.file, want.expression);
    if (spans.length !== 1) return { want, problem: `phrase occurs ${spans.length} times in ${want.file}` };
    const found = mentions.filter((m) => overlaps(m, spans[0]));
    found.forEach((m) => claimed.add(m));
    if (found.length !== 1) return { want, problem: `${found.length} mentions (${found.map((m) => m.expression).join(' | ')})` };
    const [m] = found;
    if (want.unresolved) return m.date || m.unresolved !== want.unresolved ? { want, problem: describe(m) } : { want };
    const right =
      m.date && m.date.start === want.start && m.date.end === want.end && m.date.granularity === want.granularity && (!want.label || m.date.label === want.label);
    return right ? { want } : { want, problem: `“${m.expression}” → ${describe(m)}` };
  });
  const extra = mentions.filter((m) => !claimed.has(m)).map((m) => `${m.sentence.file}: “${m.expression}” → ${describe(m)}`);
  const wrongNotDates = expected.notDates.filter((phrase) =>
    story.articles.some((a) => occurrences(story, a.file, phrase).some((span) => mentions.some((m) => overlaps(m, span)))),
  );
  return { outcomes, extra, wrongNotDates };
}

export interface LabelledStorySpec {
  /** Folder under test/fixtures/. */
  name: string;
  style: string;
  /** Share of labelled expressions that must resolve right (0–1). */
  threshold: number;
}

/**
 * The checks every hand-labelled date story gets: its labels resolve (at least `threshold`), nothing
 * unlabelled is read as a date, and its events come in date order without repeats. Returns the loaded
 * stories (filled in beforeAll) for the file's own checks.
 */
export function labelledStorySuite(specs: readonly LabelledStorySpec[]): Map<string, Story> {
  const stories = new Map<string, Story>();
  beforeAll(async () => {
    for (const { name } of specs) stories.set(name, await loadStory(`test/fixtures/${name}`));
  });
  suite.each(specs)('$name ($style)', ({ name, threshold }) => {
    it(`resolves at least ${threshold * 100}% of the labelled expressions, each to its date and granularity`, () => {
      const { outcomes } = score(stories.get(name)!, readExpected(`test/fixtures/${name}`));
      const wrong = outcomes.filter((o) => o.problem).map((o) => `${o.want.file} “${o.want.expression}”: ${o.problem}`);
      expect(outcomes.length).toBeGreaterThanOrEqual(20);
      expect((outcomes.length - wrong.length) / outcomes.length, wrong.join('\n')).toBeGreaterThanOrEqual(threshold);
    });

    it('finds no date that was not labelled, and none in the phrases that are not dates', () => {
      const { extra, wrongNotDates } = score(stories.get(name)!, readExpected(`test/fixtures/${name}`));
      expect(extra).toEqual([]);
      expect(wrongNotDates).toEqual([]);
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
