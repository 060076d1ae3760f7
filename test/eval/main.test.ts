import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runEval } from '../../src/eval/main.ts';
import type { EvalReport } from '../../src/eval/report.ts';

/** npm run eval on real folders: two fixture stories copied next to labels written here. */
let root: string;
beforeAll(() => {
  root = mkdtempSync(join(tmpdir(), 'storyline-eval-'));
  cpSync('test/fixtures/stories/quotes-story', join(root, 'set', 'port'), { recursive: true });
  cpSync('test/fixtures/council-story', join(root, 'set', 'council'), { recursive: true });
  writeFileSync(
    join(root, 'set', 'port', 'labels.json'),
    JSON.stringify({
      story: 'Port leak',
      quotes: [
        { file: 'a-wire.txt', words: 'If you can smell it', speaker: 'Priya Raman' },
        { file: 'c-post.txt', words: 'Transparency is the best antidote', speaker: 'Somebody Else' },
      ],
      dates: [{ file: 'a-wire.txt', expression: 'on Tuesday', words: 'residents were evacuated', start: '2024-03-05', end: '2024-03-05', granularity: 'day' }],
    }),
  );
  writeFileSync(
    join(root, 'set', 'council', 'labels.json'),
    JSON.stringify({
      story: 'Seawall vote',
      quotes: [{ file: '02-local.txt', words: 'Nobody came down to the dock', speaker: 'Tom Braddock' }],
      speakers: [{ query: 'okafor', person: 'Lionel Okafor', quotes: 1 }],
      questions: [{ question: 'how will the seawall be paid for', answers: ['state resilience grant'] }],
    }),
  );
});
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe('npm run eval', () => {
  it('scores every story folder of a parent folder and prints per story and in total, WRONG counted apart', async () => {
    const { output, code } = await runEval([join(root, 'set')]);
    expect(code).toBe(0);
    expect(output).toContain('Seawall vote (');
    expect(output).toContain('Port leak (');
    expect(output).toContain('who-said quotes    2 labelled: right 1 (50.0%) · abstained 0 (0.0%) · WRONG 1 (50.0%)');
    expect(output).toContain('timeline dates     1 labelled: date right 1 (100.0%) · date and granularity 1 (100.0%)');
    expect(output).toMatch(/TOTAL \(2 stories\)\n {2}who-said quotes {4}3 labelled: right 2 \(66\.7%\) · abstained 0 \(0\.0%\) · WRONG 1 \(33\.3%\)/);
    expect(output).toContain('who-said speakers  1 look-ups: right 1 (100.0%)');
    expect(output).toMatch(/\/ask questions {5}1 answerable: top-1 1 \(100\.0%\) · top-3 1 \(100\.0%\) · MRR 1\.000/);
    expect(output).not.toContain('miss ');
  });

  it('lists each miss with what the bot said when asked to be verbose', async () => {
    const { output } = await runEval([join(root, 'set', 'port'), '--verbose']);
    expect(output).toContain('miss quote c-post.txt: “Transparency is the best antidote”\n       expected Somebody Else\n       bot said WRONG Helga Nystrom');
    expect(output).not.toContain('TOTAL');
  });

  it('prints one machine-readable object with --json', async () => {
    const { output } = await runEval(['--json', join(root, 'set', 'council'), join(root, 'set', 'port')]);
    const report = JSON.parse(output) as EvalReport;
    expect(report.stories.map((s) => s.name)).toEqual(['Seawall vote', 'Port leak']);
    expect(report.total.quotes).toMatchObject({ labels: 3, right: 2, abstained: 0, wrong: 1 });
    expect(report.stories[1].misses.filter((m) => m.kind === 'quote')).toEqual([{ kind: 'quote', label: 'c-post.txt: “Transparency is the best antidote”', expected: 'Somebody Else', said: 'WRONG Helga Nystrom', context: expect.stringContaining('‘Transparency is the best antidote to rumour,’ the minister said.') }]);
  });

  it('explains a folder without labels, a missing folder and a bad option, with usage', async () => {
    expect(await runEval([join(root, 'nothing-here')])).toEqual({ output: '', errors: expect.stringContaining('not a folder'), code: 2 });
    expect(await runEval(['test/eval'])).toEqual({ output: '', errors: expect.stringContaining('no labels.json in it or in its sub-folders'), code: 2 });
    expect(await runEval([])).toEqual({ output: '', errors: expect.stringContaining('usage: npm run eval -- DIR'), code: 2 });
    expect(await runEval([root, '--fast'])).toEqual({ output: '', errors: expect.stringContaining('unknown option --fast'), code: 2 });
  });

  it('scores the other stories when one labels.json is not JSON, says which, and lists folders without labels', async () => {
    const parent = join(root, 'mixed');
    cpSync(join(root, 'set', 'council'), join(parent, 'council'), { recursive: true });
    cpSync('test/fixtures/council-story', join(parent, 'bad'), { recursive: true });
    cpSync('test/fixtures/council-story', join(parent, 'unlabelled'), { recursive: true });
    writeFileSync(join(parent, 'bad', 'labels.json'), '{ "quotes": [ }');
    const { output, errors, code } = await runEval([parent]);
    expect(code).toBe(2);
    expect(errors).toMatch(/^eval: .*bad\/labels\.json: not valid JSON/);
    expect(output).toContain('Seawall vote (');
    expect(output).toContain(`not scored (no labels): ${join(parent, 'unlabelled')}`);
  });
});
