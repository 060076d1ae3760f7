/**
 * npm run eval -- DIR… [--json] [--verbose]: scores storyline on labelled story folders (eval/LABELS.md)
 * and prints per story and in total who-said, speaker look-ups, timeline and /ask figures.
 */
import { pathToFileURL } from 'node:url';
import { addCounts } from './tally.ts';
import { formatReport, type EvalReport } from './report.ts';
import { EvalInputError, evalStoryDir, storyDirs } from './evalStory.ts';

const USAGE = 'usage: npm run eval -- DIR… [--json] [--verbose]\n  DIR: a story folder with labels.json, or a folder of such folders (format: eval/LABELS.md)';

export async function runEval(args: readonly string[]): Promise<{ output: string; code: number }> {
  const flags = new Set(args.filter((a) => a.startsWith('-')));
  const dirs = args.filter((a) => !a.startsWith('-'));
  const unknown = [...flags].filter((f) => !['--json', '--verbose', '-v', '--help', '-h'].includes(f));
  if (flags.has('--help') || flags.has('-h')) return { output: USAGE + '\n', code: 0 };
  if (unknown.length || !dirs.length) return { output: `${unknown.length ? `unknown option ${unknown.join(' ')}\n` : ''}${USAGE}\n`, code: 2 };
  const stories = [];
  try {
    for (const dir of dirs) for (const storyDir of await storyDirs(dir)) stories.push(await evalStoryDir(storyDir));
  } catch (err) {
    if (err instanceof EvalInputError) return { output: `eval: ${err.message}\n`, code: 2 };
    throw err;
  }
  const report: EvalReport = { stories, total: addCounts(stories.map((s) => s.counts)) };
  const output = flags.has('--json') ? JSON.stringify(report, null, 2) + '\n' : formatReport(report, flags.has('--verbose') || flags.has('-v'));
  return { output, code: 0 };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { output, code } = await runEval(process.argv.slice(2));
  (code === 0 ? process.stdout : process.stderr).write(output);
  process.exitCode = code;
}
