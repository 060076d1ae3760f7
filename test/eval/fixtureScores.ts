/**
 * The labelled fixture stories (test/fixtures/stories/NAME, each with its labels.json in the format of
 * eval/LABELS.md) scored by the project's scorer (src/eval, as `npm run eval` scores them), and the committed
 * table of their exact scores (test/eval/fixtureScores.json) that test/eval/fixtureScores.test.ts checks.
 *
 * The table is written on purpose, never by the test: after a change that is meant to move a score, run
 *   npx tsx test/eval/fixtureScores.ts --write
 * and read `git diff test/eval/fixtureScores.json`: every count that moved is in it, story by story.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { evalStoryDir, storyDirs } from '../../src/eval/evalStory.ts';
import type { StoryReport } from '../../src/eval/report.ts';
import type { Counts } from '../../src/eval/tally.ts';

export const STORIES_DIR = 'test/fixtures/stories';
export const SCORES_FILE = 'test/eval/fixtureScores.json';

export type ScoreTable = Record<string, Counts>;

/** The story folders under test/fixtures/stories (each must have labels.json), by name. */
export async function fixtureStoryNames(): Promise<string[]> {
  const { dirs, skipped } = await storyDirs(STORIES_DIR);
  if (skipped.length) throw new Error(`folders without labels.json in ${STORIES_DIR}: ${skipped.join(', ')}`);
  return dirs.map((d) => basename(d));
}

/** One fixture story scored (counts, misses, label errors). */
export const scoreFixtureStory = (name: string): Promise<StoryReport> => evalStoryDir(join(STORIES_DIR, name));

/** The committed table. */
export const readScoreTable = (): ScoreTable => JSON.parse(readFileSync(SCORES_FILE, 'utf8')) as ScoreTable;

/** The table as written: one story a block, one kind of label a line, so a diff shows which count moved. */
export function formatScoreTable(table: ScoreTable): string {
  const stories = Object.entries(table).map(([name, counts]) => {
    const kinds = Object.entries(counts).map(([kind, value]) => `    ${JSON.stringify(kind)}: ${JSON.stringify(value).replace(/,"/g, ', "').replace(/":/g, '": ')}`);
    return `  ${JSON.stringify(name)}: {\n${kinds.join(',\n')}\n  }`;
  });
  return `{\n${stories.join(',\n')}\n}\n`;
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  if (!process.argv.includes('--write')) {
    process.stderr.write('usage: npx tsx test/eval/fixtureScores.ts --write   (rewrites test/eval/fixtureScores.json from the current code)\n');
    process.exitCode = 2;
  } else {
    const table: ScoreTable = {};
    for (const name of await fixtureStoryNames()) {
      const report = await scoreFixtureStory(name);
      if (report.labelErrors.length) throw new Error(`${name}: label errors ${JSON.stringify(report.labelErrors)}`);
      table[name] = report.counts;
    }
    writeFileSync(SCORES_FILE, formatScoreTable(table));
    process.stdout.write(`${SCORES_FILE}: ${Object.keys(table).length} stories\n`);
  }
}
