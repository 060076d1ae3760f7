import { spawnSync } from 'node:child_process';
import { PassThrough } from 'node:stream';
import { beforeAll, describe, expect, it } from 'vitest';
import { answerLine, runConsole } from '../../src/adapters/console/console.ts';
import { parseCommandLine } from '../../src/adapters/console/parseCommandLine.ts';
import { noCache } from '../../src/cache/answerCache.ts';
import type { Command } from '../../src/commands/command.ts';
import { loadCommands } from '../../src/commands/registry.ts';
import { silentLogger } from '../../src/log.ts';
import { loadStory } from '../../src/story/loadStory.ts';
import type { Story } from '../../src/story/story.ts';

let story: Story;
let commands: Map<string, Command>;
beforeAll(async () => {
  story = await loadStory('seeds');
  commands = await loadCommands();
});

describe('parsing console lines', () => {
  it('reads Discord-style options, several at once, and a bare value for a one-option command', () => {
    const a = parseCommandLine('/ask question: who invited Putin?', commands);
    expect(a).toMatchObject({ kind: 'command', options: { question: 'who invited Putin?' } });
    expect((a as { command: Command }).command.name).toBe('ask');
    expect(parseCommandLine('/ask who invited Putin?', commands)).toMatchObject({ kind: 'command', options: { question: 'who invited Putin?' } });
    expect(parseCommandLine('  /SOURCES   about:  Aspen forum ', commands)).toMatchObject({ kind: 'command', options: { about: 'Aspen forum' } });
    expect(parseCommandLine('/sources', commands)).toMatchObject({ kind: 'command', options: {} });
  });

  it('explains unknown commands and recognises help and quit', () => {
    expect(parseCommandLine('/nope', commands)).toMatchObject({ kind: 'error', message: expect.stringMatching(/no \/nope.*\/ask/) });
    expect(parseCommandLine('/help', commands).kind).toBe('help');
    expect(parseCommandLine('/quit', commands).kind).toBe('quit');
    expect(parseCommandLine('', commands).kind).toBe('empty');
  });
});

describe('the console', () => {
  const deps = () => ({ story, commands, cache: noCache, logger: silentLogger });

  it('answers a question with cited snippets', async () => {
    const reply = await answerLine('/ask question: what did Dan Coats say?', deps());
    expect(reply).toContain('That\'s going to be special');
    expect(reply).toMatch(/003_1d7a7702461e28db\.txt/);
  });

  it('explains a bad option instead of failing', async () => {
    expect(await answerLine('/ask question:    ', deps())).toMatch(/Type a question/);
    expect(await answerLine('/ask question: ' + 'x'.repeat(400), deps())).toMatch(/too long/);
  });

  it('lists every command in /help', async () => {
    const help = await answerLine('/help', deps());
    for (const name of commands.keys()) expect(help).toContain(`/${name}`);
  });

  it('runs a session over streams until /quit', async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    let printed = '';
    output.on('data', (d) => (printed += d));
    const done = runConsole({ ...deps(), input, output });
    input.write('/sources\n/ask who is Jeff Flake?\n/quit\n/ask never answered\n');
    await done;
    expect(printed).toMatch(/5 sources/);
    expect(printed).toContain('Senator Jeff Flake');
    expect(printed).not.toContain('never answered');
  });
});

describe('npm start without a token and without a terminal', () => {
  it('exits non-zero naming the missing setting', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      env: { PATH: process.env.PATH, HOME: process.env.HOME, DOTENV_CONFIG_PATH: '/nonexistent' },
      encoding: 'utf8',
      input: '',
      timeout: 20_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/DISCORD_TOKEN is not set/);
  });

  it('reports every invalid setting at once', () => {
    const result = spawnSync(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      env: { PATH: process.env.PATH, LOG_LEVEL: 'loud', DISCORD_GUILD_ID: 'abc', CACHE_TTL_SECONDS: '-5' },
      encoding: 'utf8',
      input: '',
      timeout: 20_000,
    });
    expect(result.status).toBe(1);
    expect(result.stderr).toMatch(/LOG_LEVEL/);
    expect(result.stderr).toMatch(/DISCORD_GUILD_ID/);
    expect(result.stderr).toMatch(/CACHE_TTL_SECONDS/);
  });
});
