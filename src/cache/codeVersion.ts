import { readFileSync } from 'node:fs';

let memo: string | undefined;

/**
 * The running code's version for cache keys: STORYLINE_CODE_VERSION when set (e.g. a commit id from
 * the deploy), else package.json's version. Answers built by another version never match.
 */
export function codeVersion(env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env.STORYLINE_CODE_VERSION?.trim();
  if (fromEnv) return fromEnv;
  if (memo === undefined) {
    try {
      const pkg = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version?: unknown };
      memo = typeof pkg.version === 'string' ? pkg.version : '';
    } catch {
      memo = '';
    }
  }
  return memo;
}
