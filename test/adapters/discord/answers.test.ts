import { beforeAll, describe, expect, it } from 'vitest';
import { defineCommand, type Command } from '../../../src/commands/command.ts';
import { loadCommands } from '../../../src/commands/registry.ts';
import { createLogger } from '../../../src/log.ts';
import { loadStory } from '../../../src/story/loadStory.ts';
import type { Story } from '../../../src/story/story.ts';
import { answerAutocomplete, answerPage, MESSAGES, prepareCommand, runCommand, type AnswerContext } from '../../../src/adapters/discord/answers.ts';
import { Cooldown } from '../../../src/adapters/discord/cooldown.ts';
import { MemoryState } from '../../../src/state/sharedState.ts';
import { answerFooter, formatInvocation, parseInvocation } from '../../../src/adapters/discord/invocation.ts';
import { toSlashCommand } from '../../../src/adapters/discord/slashCommands.ts';
import { FIXTURE_STORY } from './harness.ts';
import { mapCache } from './mapCache.ts';

let story: Story;
let commands: Map<string, Command>;
const logs: string[] = [];

function context(overrides: Partial<AnswerContext> = {}): AnswerContext {
  return { commands, getStory: () => story, cache: mapCache(), logger: createLogger('debug', (l) => logs.push(l)), cooldown: new Cooldown(0), ...overrides };
}

beforeAll(async () => {
  story = await loadStory(FIXTURE_STORY);
  commands = await loadCommands();
  commands.set('boom', defineCommand({ name: 'boom', description: 'fails', options: [], handler: () => { throw new TypeError('x is undefined'); } }));
  commands.set('heavy', defineCommand({ name: 'heavy', description: 'slow', options: [], expensive: true, handler: () => ({}) }));
  commands.set('hang', defineCommand({ name: 'hang', description: 'never answers', options: [], handler: () => new Promise(() => {}) }));
  commands.set('suggest', defineCommand({
    name: 'suggest',
    description: 'autocomplete',
    options: [{ name: 'who', description: 'who', type: 'string', autocomplete: true }],
    handler: () => ({}),
    autocomplete: (_s, _o, typed) => {
      if (typed === 'crash') throw new Error('bad');
      return [{ name: 'Odile Fenwick', value: 'Odile Fenwick' }, { name: 'x', value: 'y'.repeat(200) }];
    },
  }));
});

async function run(ctx: AnswerContext, commandName: string, options: Record<string, string> = {}, userId = 'u1') {
  const prepared = await prepareCommand(ctx, { commandName, options, userId });
  if (prepared.kind === 'notice') return { message: prepared.message, ephemeral: true };
  return runCommand(ctx, prepared);
}

describe('answering a command (no discord.js involved)', () => {
  it('answers /ask publicly with the story and invocation in the footer', async () => {
    const result = await run(context(), 'ask', { question: 'how much will the footbridge cost?' });
    expect(result.ephemeral).toBe(false);
    expect(result.message.embeds[0].description).toContain('£80,000');
    expect(result.message.embeds[0].footer?.text).toBe(`${story.name}\n/ask question: how much will the footbridge cost?`);
  });

  it('shows a UserInputError as written, ephemerally, without logging a fault', async () => {
    logs.length = 0;
    const result = await run(context(), 'ask', { question: '   ' });
    expect(result.ephemeral).toBe(true);
    expect(result.message.content).toMatch(/^Type a question/);
    expect(logs.filter((l) => l.includes('ERROR'))).toEqual([]);
  });

  it('turns any other error into a short ephemeral message and one error log line with context', async () => {
    logs.length = 0;
    const result = await run(context(), 'boom');
    expect(result).toMatchObject({ ephemeral: true, message: { content: MESSAGES.failed('boom'), flags: 64 } });
    expect(logs.filter((l) => l.includes('ERROR') && l.includes('x is undefined') && l.includes('"command":"boom"'))).toHaveLength(1);
  });

  it('gives up on a handler that never answers', async () => {
    const result = await run(context({ answerTimeoutMs: 50 }), 'hang');
    expect(result.message.content).toBe(MESSAGES.tooSlow('hang'));
  });

  it('refuses unknown commands and says when the story is still loading', async () => {
    expect((await run(context(), 'nope')).message.content).toBe(MESSAGES.unknownCommand('nope'));
    expect((await run(context({ getStory: () => undefined }), 'ask', { question: 'x' })).message.content).toBe(MESSAGES.loading);
  });

  it('applies the cooldown per user and only to expensive commands', async () => {
    const ctx = context({ cooldown: new Cooldown(30) });
    expect((await run(ctx, 'heavy', {}, 'a')).ephemeral).toBe(false);
    expect((await run(ctx, 'heavy', {}, 'a')).message.content).toBe(MESSAGES.cooldown('heavy', 30));
    expect((await run(ctx, 'heavy', {}, 'b')).ephemeral).toBe(false);
    expect((await run(ctx, 'sources', {}, 'a')).ephemeral).toBe(false);
    expect((await run(ctx, 'sources', {}, 'a')).ephemeral).toBe(false);
  });
});

describe('page turns', () => {
  it('re-presents a cached answer at the asked page, and offers a re-run once it expired', async () => {
    const cache = mapCache();
    const ctx = context({ cache });
    const first = await run(ctx, 'sources');
    const next = first.message.components[0].components[2] as { custom_id: string };
    const key = next.custom_id.split(':').slice(2).join(':');
    const page2 = await answerPage(ctx, { key, page: 2 });
    expect(page2.kind).toBe('update');
    expect(page2.message.embeds[0].description).toContain('Footbridge plan approved');
    cache.clear();
    const footer = first.message.embeds[0].footer?.text;
    const expired = await answerPage(ctx, { key, page: 2, footer });
    expect(expired).toMatchObject({ kind: 'reply', message: { content: MESSAGES.expired, flags: 64 } });
    expect(expired.message.components[0].components[0]).toMatchObject({ custom_id: 'again' });
    expect(expired.message.embeds[0].footer?.text).toBe(footer);
    const noFooter = await answerPage(ctx, { key, page: 2 });
    expect(noFooter.message.content).toBe(MESSAGES.expiredNoRerun);
  });
});

describe('autocomplete', () => {
  it('returns choices within limits, and [] when the command has none, fails, or the story is loading', async () => {
    expect(await answerAutocomplete(context(), { commandName: 'suggest', option: 'who', typed: 'Fen' })).toEqual([{ name: 'Odile Fenwick', value: 'Odile Fenwick' }]);
    expect(await answerAutocomplete(context(), { commandName: 'suggest', option: 'who', typed: 'crash' })).toEqual([]);
    expect(await answerAutocomplete(context(), { commandName: 'ask', option: 'question', typed: 'x' })).toEqual([]);
    expect(await answerAutocomplete(context({ getStory: () => undefined }), { commandName: 'suggest', option: 'who', typed: 'x' })).toEqual([]);
  });
});

describe('invocation footer', () => {
  it('round-trips command and options, in spec order, even with colons in values', () => {
    const sources = commands.get('sources')!;
    const footer = answerFooter('A story · with dots', sources, { about: 'Eastgate: the bridge' });
    expect(footer).toBe('A story · with dots\n/sources about: Eastgate: the bridge');
    expect(parseInvocation(footer, commands)).toEqual({ command: sources, options: { about: 'Eastgate: the bridge' } });
    expect(parseInvocation('x\n/sources', commands)).toEqual({ command: sources, options: {} });
  });
  it('flattens newlines in values and ignores unknown commands', () => {
    expect(formatInvocation(commands.get('ask')!, { question: 'a\nb' })).toBe('/ask question: a b');
    expect(parseInvocation('story\n/unknown x: y', commands)).toBeUndefined();
    expect(parseInvocation(undefined, commands)).toBeUndefined();
  });
});

describe('Cooldown', () => {
  it('expires, and sweeps old entries so memory stays bounded', async () => {
    let now = 0;
    const state = new MemoryState(() => now, 100);
    const cooldown = new Cooldown(2, state);
    expect(await cooldown.take('a', 'x')).toBe(0);
    now = 1500;
    expect(await cooldown.take('a', 'x')).toBe(1);
    expect(await cooldown.take('b', 'x')).toBe(0);
    now = 2000;
    expect(await cooldown.take('a', 'x')).toBe(0);
    for (let i = 0; i < 500; i++) {
      now += 3000;
      await cooldown.take(`user${i}`, 'x');
    }
    expect(state.size).toBeLessThanOrEqual(101);
  });
  it('is off at 0 seconds', async () => {
    const cooldown = new Cooldown(0);
    expect([await cooldown.take('a', 'x'), await cooldown.take('a', 'x')]).toEqual([0, 0]);
  });
});

describe('toSlashCommand', () => {
  it('maps every command module to valid application command JSON', () => {
    for (const command of commands.values()) {
      const json = toSlashCommand(command);
      expect(json.name).toBe(command.name);
      expect(json.description.length).toBeLessThanOrEqual(100);
      // Subcommands are type 1; every other command takes text options (3), `story:` last, with suggestions.
      if (command.subcommands) expect((json.options ?? []).map((o) => o.type)).toEqual(command.subcommands.map(() => 1));
      else {
        for (const option of json.options ?? []) expect(option.type).toBe(3);
        expect(json.options!.at(-1)).toMatchObject({ name: 'story', autocomplete: true, required: false });
      }
    }
  });
  it('puts required options first and rejects names Discord would refuse', () => {
    const json = toSlashCommand(defineCommand({ name: 'x', description: 'd', options: [{ name: 'b', description: 'b', type: 'string' }, { name: 'a', description: 'a', type: 'string', required: true }], handler: () => 0 }));
    expect(json.options!.map((o) => o.name)).toEqual(['a', 'b', 'story']);
    expect(() => toSlashCommand(defineCommand({ name: 'Ask Me', description: 'd', options: [], handler: () => 0 }))).toThrow(/lowercase/);
  });
});
