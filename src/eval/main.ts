/**
 * npm run eval -- DIR… [--json] [--verbose]: scores storyline on labelled story folders (eval/LABELS.md)
 * and prints per story and in total who-said, speaker look-ups, timeline and /ask figures.
 */
import { pathToFileURL } from 'node:url';
import { addCounts } from './tally.ts';
import { formatReport, type EvalReport } from './report.ts';
import { EvalInputError, evalStoryDir, storyDirs } from './evalStory.ts';

const USAGE = 'usage: npm run eval -- DIR… [--json] [--verbose]\n  DIR: a story folder with labels.json, or a folder of such folders (format: eval/LABELS.md)';

export interface EvalRun {
  /** The report (stdout). */
  output: string;
  /** Usage, and stories that could not be scored (stderr). */
  errors: string;
  /** 0: every story scored; 2: a bad argument, or a story that could not be scored. */
  code: number;
}

export async function runEval(args: readonly string[]): Promise<EvalRun> {
  const flags = new Set(args.filter((a) => a.startsWith('-')));
  const dirs = args.filter((a) => !a.startsWith('-'));
  const unknown = [...flags].filter((f) => !['--json', '--verbose', '-v', '--help', '-h'].includes(f));
  if (flags.has('--help') || flags.has('-h')) return { output: USAGE + '\n', errors: '', code: 0 };
  if (unknown.length || !dirs.length) return { output: '', errors: `${unknown.length ? `unknown option ${unknown.join(' ')}\n` : ''}${USAGE}\n`, code: 2 };
  const stories = [];
  const skipped: string[] = [];
  const failed: string[] = [];
  for (const dir of dirs) {
    try {
      const found = await storyDirs(dir);
      skipped.push(...found.skipped);
      for (const storyDir of found.dirs) {
        // One story that cannot be scored does not stop the others.
        try {
          stories.push(await evalStoryDir(storyDir));
        } catch (err) {
          if (!(err instanceof EvalInputError)) throw err;
          failed.push(err.message);
        }
      }
    } catch (err) {
      if (!(err instanceof EvalInputError)) throw err;
      failed.push(err.message);
    }
  }
  const report: EvalReport = { stories, total: addCounts(stories.map((s) => s.counts)), skipped, failed };
  const output = stories.length ? (flags.has('--json') ? JSON.stringify(report, null, 2) + '\n' : formatReport(report, flags.has('--verbose') || flags.has('-v'))) : '';
  return { output, errors: failed.map((f) => `eval: ${f}\n`).join(''), code: failed.length ? 2 : 0 };
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const { output, errors, code } = await runEval(process.argv.slice(2));
  process.stdout.write(output);
  process.stderr.write(errors);
  process.exitCode = code;
}
