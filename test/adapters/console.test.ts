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

describe('forgiving console lines', () => {
  it('asks a plain line with /ask, and still takes a bare command name', () => {
    const plain = parseCommandLine('who invited Putin?', commands);
    expect(plain).toMatchObject({ kind: 'command', options: { question: 'who invited Putin?' } });
    expect((plain as { command: Command }).command.name).toBe('ask');
    expect((parseCommandLine('sources', commands) as { command: Command }).command.name).toBe('sources');
    expect((parseCommandLine('sources about: Aspen', commands) as { command: Command }).command.name).toBe('sources');
    expect(parseCommandLine('help', commands).kind).toBe('help');
  });

  it.each([
    ['/aks who invited Putin?', '/ask'],
    ['/timline', '/timeline'],
    ['/who said quote: special', '/who-said'],
    ['/sorces', '/sources'],
  ])('answers %s with "did you mean %s?"', (line, meant) => {
    expect(parseCommandLine(line, commands)).toMatchObject({ kind: 'error', message: expect.stringContaining(`Did you mean ${meant}?`) });
  });

  it('refuses an unknown option name, listing the valid ones, instead of folding it into a value', () => {
    const typo = parseCommandLine('/ask qestion: who invited Putin?', commands);
    expect(typo).toMatchObject({ kind: 'error', message: expect.stringMatching(/no option “qestion”.*Did you mean “question:”\?.*Its options: question/) });
    const other = parseCommandLine('/sources topic: Aspen', commands);
    expect(other).toMatchObject({ kind: 'error', message: expect.stringMatching(/no option “topic”.*Its options: about/) });
    const later = parseCommandLine('/timeline from: 2018-07-16 tto: 2018-07-19', commands);
    expect(later).toMatchObject({ kind: 'error', message: expect.stringMatching(/no option “tto”.*Did you mean “to:”/) });
    // A colon inside a question is part of the question.
    expect(parseCommandLine('/ask question: what time: morning or night?', commands)).toMatchObject({ kind: 'command', options: { question: 'what time: morning or night?' } });
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

  it('lists every command in /help with an example, the story, and the console\'s own keys', async () => {
    const help = (await answerLine('/help', deps()))!;
    for (const name of commands.keys()) expect(help).toContain(`/${name}`);
    expect(help.match(/Example: \//g)!.length).toBe(commands.size - 1);
    expect(help).toContain(`“${story.name}”, 5 articles, published 2018-07-19 to 2018-07-20`);
    expect(help).toContain('a line without a slash is asked with /ask');
    expect(await answerLine('help', deps())).toBe(help);
  });

  it('draws the prompt again after a log line, keeping what was typed', async () => {
    const input = new PassThrough();
    // A terminal: readline keeps the line being typed and can draw it again.
    const output = Object.assign(new PassThrough(), { isTTY: true, columns: 100 });
    const logOutput = new PassThrough();
    let printed = '';
    let logged = '';
    output.on('data', (d) => (printed += d));
    logOutput.on('data', (d) => (logged += d));
    let print: ((line: string) => void) | undefined;
    const done = runConsole({ ...deps(), input, output, logOutput, attachLog: (p) => (print = p) });
    await new Promise((r) => setImmediate(r));
    input.write('who inv');
    const before = printed;
    print!('2026-01-01T00:00:00.000Z INFO  analyses ready');
    expect(logged).toContain('analyses ready');
    expect(printed.slice(before.length)).toContain('storyline> who inv');
    input.end('/quit\n');
    await done;
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
