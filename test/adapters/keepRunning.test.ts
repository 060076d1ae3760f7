import { execFile } from 'node:child_process';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';

const run = promisify(execFile);
const ROOT = join(import.meta.dirname, '..', '..');

describe('an error nothing caught', () => {
  it('is logged and the process keeps running', async () => {
    const script = `
      import { keepRunningOnErrors } from './src/keepRunning.ts';
      import { createLogger } from './src/log.ts';
      keepRunningOnErrors(createLogger('info'));
      setTimeout(() => { throw new Error('a malformed event'); }, 10);
      setTimeout(() => { void Promise.reject(new Error('a failed promise')); }, 20);
      setTimeout(() => { console.log('still answering'); }, 200);
    `;
    const { stdout, stderr } = await run(join(ROOT, 'node_modules', '.bin', 'tsx'), ['--eval', script], { cwd: ROOT, timeout: 20_000 });
    expect(stdout).toContain('still answering');
    expect(`${stdout}${stderr}`).toContain('uncaught error; still running');
    expect(`${stdout}${stderr}`).toContain('a malformed event');
    expect(`${stdout}${stderr}`).toContain('unhandled promise rejection; still running');
  });
});
