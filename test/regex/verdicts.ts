/**
 * recheck's verdict on a pattern, remembered in verdicts.json beside this file (keyed by flags and source)
 * so that only new or changed patterns are analysed again: the analysis takes about a second a pattern.
 * recheck runs its pure JavaScript build unless RECHECK_BACKEND says otherwise; its fuzzing is seeded, so
 * a verdict does not change from run to run.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkSync } from 'recheck';

export interface Verdict {
  status: 'safe' | 'vulnerable' | 'unknown';
  /** 'constant' | 'linear' | 'polynomial' | 'exponential', or the error for unknown ('timeout' …). */
  complexity: string;
  /** For a polynomial pattern, the degree. */
  degree?: number;
  /** An input that shows the growth. */
  attack?: string;
}

const FILE = join(dirname(fileURLToPath(import.meta.url)), 'verdicts.json');

export function keyOf(source: string, flags: string): string {
  return `/${source}/${[...new Set(flags.replace(/[gy]/g, ''))].sort().join('')}`;
}

export function loadVerdicts(): Map<string, Verdict> {
  return new Map(existsSync(FILE) ? (Object.entries(JSON.parse(readFileSync(FILE, 'utf8'))) as [string, Verdict][]) : []);
}

export function saveVerdicts(verdicts: Map<string, Verdict>): void {
  writeFileSync(FILE, JSON.stringify(Object.fromEntries([...verdicts].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))), null, 1) + '\n');
}

/** Analyses one pattern (g and y do not change what it matches). */
export function analyse(source: string, flags: string): Verdict {
  process.env.RECHECK_BACKEND ??= 'pure';
  const d = checkSync(source, [...new Set(flags.replace(/[gy]/g, ''))].join(''), { timeout: 10_000 });
  if (d.status === 'safe') return { status: 'safe', complexity: d.complexity.type };
  if (d.status === 'vulnerable') {
    const degree = d.complexity.type === 'polynomial' ? d.complexity.degree : undefined;
    return { status: 'vulnerable', complexity: d.complexity.type, ...(degree ? { degree } : {}), attack: d.attack.pattern };
  }
  return { status: 'unknown', complexity: d.error.kind };
}
