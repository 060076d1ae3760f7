import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSettings } from '../../src/config.ts';
import { createLogger } from '../../src/log.ts';
import { openStories } from '../../src/stories/openStories.ts';
import { DEFAULT_ANALYSIS_FILE_BUDGET_MS } from '../../src/config.ts';

/** STORY_FILE_BUDGET_MS reaches every story the bot serves, not only the console's. */
describe('the time budget of one file, in the stories the bot serves', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'storyline-budget-'));
    await writeFile(join(dir, 'harbour-report.md'), '# Harbour wall repaired\n\nThe council finished the repair on Tuesday, the harbour master said.\n');
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('reads the budget from the settings, refusing a value it cannot use', () => {
    expect(readSettings({}).storyFileBudgetMs).toBe(10_000);
    expect(readSettings({ STORY_FILE_BUDGET_MS: '2500' }).storyFileBudgetMs).toBe(2500);
    expect(() => readSettings({ STORY_FILE_BUDGET_MS: 'soon' })).toThrow(/STORY_FILE_BUDGET_MS must be a whole number from 100/);
    expect(readSettings({}).analysisFileBudgetMs).toBe(DEFAULT_ANALYSIS_FILE_BUDGET_MS);
    expect(readSettings({ ANALYSIS_WORKERS: '0' }).analysisWorkers).toBe(0);
    expect(() => readSettings({ ANALYSIS_WORKERS: '8' })).toThrow(/ANALYSIS_WORKERS must be a whole number from 0 to 3/);
    expect(() => readSettings({ ANALYSIS_FILE_BUDGET_MS: '-1' })).toThrow(/ANALYSIS_FILE_BUDGET_MS/);
  });

  it('skips a file over the budget in a story of the library, with a warning naming it', async () => {
    const lines: string[] = [];
    const logger = createLogger('info', (line) => lines.push(line));
    // A budget no file can meet (the settings refuse less than 100 ms; the library takes what it is given).
    const settings = { ...readSettings({ STORY_DIR: dir, DATA_DIR: join(dir, 'data'), STORY_POLL_SECONDS: '0' }), storyFileBudgetMs: -1 };
    const stories = await openStories(settings, logger);
    try {
      await stories.loaded;
      await stories.library.settled();
      expect(lines.find((l) => l.includes('harbour-report.md'))).toMatch(/more than the -1 ms a file may take; skipped/);
    } finally {
      await stories.close();
    }
  });
});
