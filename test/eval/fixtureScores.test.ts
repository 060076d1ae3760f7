import { describe, expect, it } from 'vitest';
import { fixtureStoryNames, readScoreTable, scoreFixtureStory } from './fixtureScores.ts';

/**
 * Every labelled fixture story (test/fixtures/stories/NAME/labels.json) scores exactly what the committed
 * table test/eval/fixtureScores.json says, count by count: a change that moves any score, up or down, fails
 * here until the table is rewritten on purpose (`npx tsx test/eval/fixtureScores.ts --write`, see that file).
 * The scorer is the one `npm run eval` runs (src/eval: evalStoryDir → scoreStory).
 */
const table = readScoreTable();

describe('the labelled fixture stories', () => {
  it('are exactly the stories of the score table, each with a labels.json', async () => {
    expect(await fixtureStoryNames()).toEqual(Object.keys(table).sort((a, b) => a.localeCompare(b)));
  });

  it.each(Object.keys(table))('%s scores exactly its committed counts, with no label error', async (name) => {
    const report = await scoreFixtureStory(name);
    const misses = report.misses.map((m) => `  ${m.kind} ${m.label}: expected ${m.expected}, bot said ${m.said}`).join('\n');
    expect(report.labelErrors, 'label errors').toEqual([]);
    expect(report.counts, `${name} scored differently; its misses now:\n${misses}`).toEqual(table[name]);
  });
});
