import { type ChildProcess, spawn } from 'node:child_process';
import { afterEach, describe, expect, it } from 'vitest';
import { FakeDiscord } from '../fakeDiscord/fakeDiscord.ts';

const TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.start-test.fake-token-ABCDEFG';

async function until(check: () => boolean, ms: number, what: string): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

let child: ChildProcess | undefined;
let fake: FakeDiscord | undefined;
afterEach(async () => {
  child?.kill('SIGKILL');
  await fake?.close();
});

describe('npm start with a token (the real entry point against a fake Discord)', () => {
  it('logs in, answers a slash command from the seed story, and exits cleanly on SIGTERM without printing the token', async () => {
    fake = await FakeDiscord.start({ token: TOKEN });
    let output = '';
    child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      env: { PATH: process.env.PATH, DISCORD_TOKEN: TOKEN, DISCORD_API_BASE: fake.apiBase, STORY_DIR: 'seeds', LOG_LEVEL: 'info' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    child.stdout!.on('data', (d) => (output += d));
    child.stderr!.on('data', (d) => (output += d));
    const exited = new Promise<number | null>((resolve) => child!.once('exit', (code) => resolve(code)));
    await until(() => /story “.*” loaded/.test(output), 20_000, 'the story to load');
    const record = fake.slashCommand('ask', { question: 'who called the performance shameful?' });
    const answer = await fake.answerOf(record);
    expect(JSON.stringify(answer.body)).toContain('Jeff Flake');
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
    expect(output).toMatch(/SIGTERM: shutting down/);
    expect(output).not.toContain(TOKEN);
  });
});
