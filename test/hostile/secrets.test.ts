import { execFileSync, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { createLogger, registerSecret } from '../../src/log.ts';

const TOKEN = 'MTA5ODc2NTQzMjEwOTg3NjU0.secret-test.ThisIsNotARealTokenButLooksLikeOne';

function run(env: Record<string, string>, args: string[] = ['src/main.ts']) {
  const result = spawnSync(process.execPath, ['--import', 'tsx', ...args], {
    env: { PATH: process.env.PATH ?? '', HOME: process.env.HOME ?? '', ...env },
    encoding: 'utf8',
    input: '',
    timeout: 30_000,
  });
  return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
}

describe('the bot token never leaks', () => {
  it('is not printed when Discord refuses it (login fails against an unreachable REST base)', () => {
    const { status, output } = run({ DISCORD_TOKEN: TOKEN, DISCORD_API_BASE: 'http://127.0.0.1:9/api', LOG_LEVEL: 'debug' });
    expect(status).not.toBe(0);
    expect(output).toMatch(/cannot log in to Discord/);
    expect(output).not.toContain(TOKEN);
    expect(output).not.toContain(TOKEN.split('.')[2]);
  });

  it('is not printed when it is malformed, nor by the deploy script', () => {
    const malformed = `${TOKEN} with spaces`;
    const bad = run({ DISCORD_TOKEN: malformed });
    expect(bad.status).toBe(1);
    expect(bad.output).toMatch(/DISCORD_TOKEN does not look like a bot token/);
    expect(bad.output).not.toContain(TOKEN);
    const deploy = run({ DISCORD_TOKEN: TOKEN, DISCORD_API_BASE: 'http://127.0.0.1:9/api', DISCORD_APPLICATION_ID: '123456789012345678' }, ['src/adapters/discord/deploy.ts']);
    expect(deploy.status).not.toBe(0);
    expect(deploy.output).not.toContain(TOKEN);
  });

  it('is masked in log lines and error contexts once registered', () => {
    const lines: string[] = [];
    registerSecret(TOKEN);
    const logger = createLogger('debug', (l) => lines.push(l));
    logger.error(`request failed with Authorization: Bot ${TOKEN}`, { error: new Error(`bad token ${TOKEN}`), header: TOKEN });
    expect(lines.join('\n')).not.toContain(TOKEN);
    expect(lines.join('\n')).toContain('[redacted]');
  });

  it('.env is ignored by git, so a token there is never committed', () => {
    const ignored = execFileSync('git', ['check-ignore', '.env'], { encoding: 'utf8' }).trim();
    expect(ignored).toBe('.env');
  });
});
