/**
 * The eval scorer (src/eval) run on a labelled test fixture, for tests that look at single outcomes: its labels
 * (labels.json), every outcome, the counts, and the misses printed like `npm run eval -- DIR --verbose` so a
 * failing check shows what went wrong. Whole scores are checked by fixtureScores.test.ts.
 */
import { expect } from 'vitest';
import { evalLabelled } from '../../src/eval/evalStory.ts';
import type { Labels } from '../../src/eval/labels.ts';
import { scoreLines } from '../../src/eval/report.ts';
import { countOutcomes, missesOf, type Counts, type Outcomes } from '../../src/eval/tally.ts';
import type { Story } from '../../src/story/story.ts';

export interface FixtureScore {
  story: Story;
  labels: Labels;
  outcomes: Outcomes;
  counts: Counts;
}

/** Scores a fixture folder; every label must be readable and found in its file (no label errors). */
export async function evalFixture(dir: string, story?: Story): Promise<FixtureScore> {
  const { story: loaded, labels, outcomes } = await evalLabelled(dir, story);
  const counts = countOutcomes(outcomes);
  const misses = missesOf(outcomes).map((m) => `  ${m.kind} ${m.label}: expected ${m.expected}, bot said ${m.said}`);
  console.log([`${dir}:`, ...scoreLines(counts).map((l) => `  ${l}`), ...misses].join('\n'));
  expect(outcomes.errors, 'label errors').toEqual([]);
  return { story: loaded, labels, outcomes, counts };
}

/** Quote precision (right among the quotes the bot gave a speaker or unnamed source) and recall (right among the labels). */
export function precisionRecall(counts: Counts): { precision: number; recall: number } {
  const q = counts.quotes;
  return { precision: q.claims ? q.claimsRight / q.claims : 0, recall: q.labels ? q.right / q.labels : 0 };
}
