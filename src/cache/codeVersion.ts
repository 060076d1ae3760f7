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
    memo = '';
    // src/cache/ in the checkout, dist/src/cache/ once built.
    for (const path of ['../../package.json', '../../../package.json']) {
      try {
        const pkg = JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')) as { name?: unknown; version?: unknown };
        if (pkg.name !== 'storyline') continue;
        memo = typeof pkg.version === 'string' ? pkg.version : '';
        break;
      } catch {
        // not here
      }
    }
  }
  return memo;
}
