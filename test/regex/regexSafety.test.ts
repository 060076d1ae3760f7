/**
 * No regular expression of the bot can take more than linear time on what it reads, unless the text it
 * reads is bounded and the allow-list says so and why. Every regex literal and RegExp(…) in src/ and
 * commands/ is analysed with recheck (an exponential or polynomial pattern fails the test). Verdicts are
 * remembered in verdicts.json; a new or changed pattern is analysed when the test runs, and
 * `REGEX_VERDICTS=update npx vitest run test/regex` writes it down.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ALLOWED } from './allowList.ts';
import { projectPatterns } from './findPatterns.ts';
import { analyse, keyOf, loadVerdicts, saveVerdicts } from './verdicts.ts';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..', '..');

describe('regular expressions are linear or bounded', () => {
  it('finds every pattern of src/ and commands/, the dynamic ones with their constants filled in', () => {
    const patterns = projectPatterns(ROOT, ['src', 'commands']);
    expect(patterns.length).toBeGreaterThan(500);
    // boundedText.ts's own space-run pattern, a literal.
    expect(patterns.some((p) => p.where.startsWith('src/story/boundedText.ts') && p.source === '[ \\t\\f\\v\\u00a0]{3,}')).toBe(true);
  });

  it('tells a linear pattern from a quadratic or exponential one', () => {
    expect(analyse('^said\\s+(?:on\\s+)?', 'i').status).toBe('safe');
    // A planted quadratic: the run of spaces is tried from every position.
    expect(analyse('\\s*,?\\s*said$', '')).toMatchObject({ status: 'vulnerable', complexity: 'polynomial' });
    expect(analyse('^(a+)+$', '')).toMatchObject({ status: 'vulnerable', complexity: 'exponential' });
  }, 120_000);

  it('has no super-linear pattern that the allow-list does not give a reason for', () => {
    const verdicts = loadVerdicts();
    const patterns = projectPatterns(ROOT, ['src', 'commands']);
    const failures: string[] = [];
    const allowedUsed = new Set<(typeof ALLOWED)[number]>();
    for (const p of patterns) {
      const key = keyOf(p.source, p.flags);
      let verdict = verdicts.get(key);
      if (!verdict) verdicts.set(key, (verdict = analyse(p.source, p.flags)));
      if (verdict.status === 'safe') continue;
      const file = p.where.split(':')[0];
      const allowed = ALLOWED.find((a) => a.file === file && a.source === p.source);
      if (allowed && verdict.complexity !== 'exponential') {
        allowedUsed.add(allowed);
        continue;
      }
      failures.push(`${p.where} ${verdict.status} ${verdict.complexity}${verdict.degree ? ` (degree ${verdict.degree})` : ''}: /${p.source}/${p.flags}${verdict.attack ? ` — try ${verdict.attack}` : ''}`);
    }
    if (process.env.REGEX_VERDICTS === 'update') {
      const current = new Set(patterns.map((p) => keyOf(p.source, p.flags)));
      saveVerdicts(new Map([...verdicts].filter(([key]) => current.has(key))));
    }
    expect(failures).toEqual([]);
    // An entry whose pattern is gone or fixed goes too.
    expect(ALLOWED.filter((a) => !allowedUsed.has(a)).map((a) => `${a.file}: /${a.source}/`)).toEqual([]);
  }, 1_200_000);
});
