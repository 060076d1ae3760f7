import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '..', '..');

/** The project modules a fresh process loads to run `script` (an ES module body), as paths from the root. */
async function modulesLoadedBy(script: string): Promise<string[]> {
  const { stderr } = await run(process.execPath, ['--import', 'tsx', '--import', join(ROOT, 'test', 'helpers', 'moduleLoadLog.mjs'), '--input-type=module', '-e', script], { cwd: ROOT });
  return stderr
    .split('\n')
    .filter((line) => line.startsWith('loaded file://'))
    .map((line) => line.slice('loaded file://'.length).replace(`${ROOT}/`, ''));
}

const ANALYSES = ['src/analysis/quotes.ts', 'src/analysis/people.ts', 'src/analysis/timeline.ts', 'src/analysis/dates.ts', 'src/search/findSnippets.ts', 'src/analysis/topics.ts'];

describe('the commands load their analyses on first use', () => {
  it('importing every command (what the main thread of the bot does) loads no analysis and no search', async () => {
    const loaded = await modulesLoadedBy(`const { loadCommands } = await import('./src/commands/registry.ts'); await loadCommands();`);
    expect(loaded).toContain('commands/who-said.ts');
    expect(loaded).toContain('commands/timeline.ts');
    for (const analysis of ANALYSES) expect(loaded).not.toContain(analysis);
  }, 60_000);

  it('a command loads what it reads when it first answers', async () => {
    const loaded = await modulesLoadedBy(
      `const { loadCommands } = await import('./src/commands/registry.ts'); const { loadStory } = await import('./src/story/loadStory.ts');` +
        ` const commands = await loadCommands(); const story = await loadStory('seeds'); await commands.get('who-said').handler(story, { speaker: 'Sanders' });`,
    );
    expect(loaded).toContain('src/analysis/quotes.ts');
    expect(loaded).not.toContain('src/analysis/timeline.ts');
  }, 60_000);
});
