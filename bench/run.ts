/**
 * `npm run bench`: runs every section in bench/sections/*.ts (each exports `title` and a default
 * `async (ctx: { quick }) => Record<string, unknown>`), prints a table per section and writes
 * bench/results.json. A section that throws is reported and the others still run.
 *
 * `npm run bench -- --quick`: the seed-story figures only (sections exporting `skipInQuick = true`,
 * such as the million-sentence scale run, are left out), written to bench/results-quick.json.
 * `--only=name[,name]` runs the named sections (file names without .ts).
 */
import { readdir, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { machine } from './lib/stats.ts';
import { printResult } from './lib/table.ts';

export interface BenchContext {
  quick: boolean;
}

interface SectionModule {
  title?: string;
  skipInQuick?: boolean;
  default?: (ctx: BenchContext) => Promise<Record<string, unknown>>;
}

const HERE = dirname(fileURLToPath(import.meta.url));
const SECTIONS_DIR = join(HERE, 'sections');
/** Cheap sections first, the long scale run last. */
const ORDER = ['seed', 'cache', 'discord'];

function sectionOrder(a: string, b: string): number {
  const rank = (name: string) => (ORDER.includes(name) ? ORDER.indexOf(name) : name === 'scale' ? 1000 : 500);
  return rank(a) - rank(b) || a.localeCompare(b);
}

async function main() {
  const args = process.argv.slice(2);
  const quick = args.includes('--quick');
  const only = args.find((a) => a.startsWith('--only='))?.slice(7).split(',');
  const names = (await readdir(SECTIONS_DIR))
    .filter((f) => f.endsWith('.ts') && !f.endsWith('.d.ts'))
    .map((f) => f.slice(0, -3))
    .filter((name) => !only || only.includes(name))
    .sort(sectionOrder);
  const results: Record<string, unknown> = {};
  const started = new Date().toISOString();
  const t0 = performance.now();
  for (const name of names) {
    let title = name;
    const start = performance.now();
    try {
      const mod = (await import(pathToFileURL(join(SECTIONS_DIR, `${name}.ts`)).href)) as SectionModule;
      title = mod.title ?? name;
      if (typeof mod.default !== 'function') throw new Error(`bench/sections/${name}.ts has no default export function`);
      if (quick && mod.skipInQuick) {
        results[name] = { title, skipped: 'not part of --quick' };
        console.log(`\n## ${title}: skipped (--quick)`);
        continue;
      }
      console.log(`\n## ${title}`);
      const result = await mod.default({ quick });
      const seconds = Number(((performance.now() - start) / 1000).toFixed(1));
      results[name] = { title, seconds, ...result };
      printResult(result);
      console.log(`(${seconds} s)`);
    } catch (err) {
      const error = err instanceof Error ? `${err.name}: ${err.message}` : String(err);
      results[name] = { title, error };
      process.exitCode = 1;
      console.log(`\n## ${title}: FAILED — ${error}`);
      if (err instanceof Error && err.stack) console.log(err.stack.split('\n').slice(1, 4).join('\n'));
    }
  }
  const report = {
    started,
    seconds: Number(((performance.now() - t0) / 1000).toFixed(1)),
    quick,
    machine: machine(),
    sections: results,
  };
  const out = join(HERE, quick ? 'results-quick.json' : 'results.json');
  await writeFile(out, JSON.stringify(report, null, 2) + '\n');
  console.log(`\nwrote ${out} (${report.seconds} s in all)`);
  if (args.includes('--json')) console.log(JSON.stringify(report, null, 2));
}

await main();
