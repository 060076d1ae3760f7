import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { defineCommand, UserInputError, type Command } from '../../../src/commands/command.ts';
import { loadCommands } from '../../../src/commands/registry.ts';
import { LIMITS } from '../../../src/render/discord/limits.ts';
import { validateChoices, validateMessageBody } from '../../../src/render/discord/validate.ts';
import { MESSAGES } from '../../../src/adapters/discord/answers.ts';
import { FakeDiscord } from '../../fakeDiscord/fakeDiscord.ts';
import { FAKE_TOKEN, startHarness, type Harness } from './harness.ts';

/** Values for a command's options: something the story talks about, so answers are real. */
function sampleOptions(command: Command): Record<string, string> {
  const options: Record<string, string> = {};
  for (const option of command.options) if (option.required) options[option.name] = 'Fenwick steering barge';
  return options;
}

describe('the bot against a fake Discord', () => {
  let h: Harness;
  beforeAll(async () => {
    const commands = await loadCommands();
    // Test-only commands: one whose handler crashes, one that is slow, one that rejects its input.
    commands.set('crash', defineCommand({ name: 'crash', description: 'fails', options: [], handler: () => { throw new Error('boom'); } }));
    commands.set('slow', defineCommand({ name: 'slow', description: 'slow', options: [], handler: async () => { await new Promise((r) => setTimeout(r, 400)); return { answers: [] }; } }));
    commands.set('slowfail', defineCommand({ name: 'slowfail', description: 'slow, then rejects', options: [], handler: async () => { await new Promise((r) => setTimeout(r, 400)); throw new UserInputError('nothing about that'); } }));
    commands.set('picky', defineCommand({ name: 'picky', description: 'rejects', options: [{ name: 'x', description: 'x', type: 'string' }], handler: () => { throw new UserInputError('`x` must be a name from the story'); } }));
    h = await startHarness({ commands, deferAfterMs: 150 });
  });
  afterAll(async () => {
    await h?.close();
  });

  it('deploys every command module to the guild, required options first', async () => {
    const registered = h.fake.commands.get(h.fake.guildId)!;
    const fromModules = (await loadCommands()).keys();
    for (const name of fromModules) expect(registered.map((c) => c.name)).toContain(name);
    for (const c of registered) {
      expect(c.description.length).toBeLessThanOrEqual(LIMITS.commandDescription);
      const required = c.options.map((o: any) => o.required);
      expect(required).toEqual([...required].sort((a: boolean, b: boolean) => Number(b) - Number(a)));
    }
  });

  it('answers every slash command in commands/ with a public message within limits that pings no one', async () => {
    const modules = await loadCommands();
    for (const command of modules.values()) {
      const record = h.fake.slashCommand(command.name, sampleOptions(command));
      const answer = await h.fake.answerOf(record);
      expect(validateMessageBody(answer.body), `/${command.name}`).toEqual([]);
      expect(answer.body.allowed_mentions).toEqual({ parse: [], replied_user: false });
      const text = JSON.stringify(answer.body);
      expect(text, `/${command.name}`).not.toContain('Something went wrong');
      if (!answer.ephemeral) {
        expect(answer.body.embeds[0].footer.text).toContain(h.story.name);
        expect(answer.body.embeds[0].footer.text).toContain(`/${command.name}`);
      }
    }
  });

  it('answers /ask with cited, escaped snippets and a linked source', async () => {
    const record = h.fake.slashCommand('ask', { question: 'who blamed the steering failure?' });
    const answer = await h.fake.answerOf(record);
    expect(answer.kind).toBe('reply');
    expect(answer.ephemeral).toBe(false);
    const description: string = answer.body.embeds[0].description;
    expect(description).toContain("Odile Fenwick, blamed a failure of the barge's steering gear");
    expect(description).toContain('Coastline Radio, 2024-03-04, para 2');
    expect(record.answers).toHaveLength(1);
  });

  it('never lets article text ping or render a mention', async () => {
    const record = h.fake.slashCommand('ask', { question: 'community page avoid the quay everyone' });
    const answer = await h.fake.answerOf(record);
    const description: string = answer.body.embeds[0].description;
    expect(description).toContain('please avoid the quay');
    expect(description).not.toMatch(/@everyone/);
    const sign = await h.fake.answerOf(h.fake.slashCommand('ask', { question: 'sign fix our bridge laughter' }));
    expect(sign.body.embeds[0].description).toContain('\\<@123456789012345678\\>');
    expect(sign.body.allowed_mentions.parse).toEqual([]);
  });

  it('shows a bad option as an ephemeral message, as the command wrote it', async () => {
    const tooLong = await h.fake.answerOf(h.fake.slashCommand('ask', { question: 'why '.repeat(100) }));
    expect(tooLong.ephemeral).toBe(true);
    expect(tooLong.body.content).toMatch(/too long/);
    const picky = await h.fake.answerOf(h.fake.slashCommand('picky', { x: '@everyone' }));
    expect(picky.ephemeral).toBe(true);
    expect(picky.body.content).toBe('`x` must be a name from the story');
  });

  it('turns a handler crash into a short ephemeral message and a log line, and keeps answering', async () => {
    const answer = await h.fake.answerOf(h.fake.slashCommand('crash'));
    expect(answer.ephemeral).toBe(true);
    expect(answer.body.content).toBe(MESSAGES.failed('crash'));
    expect(h.logs.some((l) => l.includes('command failed') && l.includes('"command":"crash"') && l.includes('boom'))).toBe(true);
    const next = await h.fake.answerOf(h.fake.slashCommand('sources'));
    expect(next.ephemeral).toBe(false);
  });

  it('defers a slow answer, then edits it in', async () => {
    const record = h.fake.slashCommand('slow');
    const answer = await h.fake.answerOf(record);
    expect(record.callbacks[0].type).toBe(5);
    expect(answer.kind).toBe('edit');
  });

  it('after deferring, sends an error as an ephemeral followup and removes the placeholder', async () => {
    const record = h.fake.slashCommand('slowfail');
    const answer = await h.fake.answerOf(record);
    expect(record.callbacks[0].type).toBe(5);
    expect(answer).toMatchObject({ kind: 'followup', ephemeral: true, body: { content: 'nothing about that' } });
    expect(record.deletes).toBe(1);
  });

  it('turns pages with stateless buttons, and says when the answer expired', async () => {
    const first = await h.fake.answerOf(h.fake.slashCommand('sources'));
    const row = first.body.components[0];
    expect(row.components.map((c: any) => c.label)).toEqual(['◀ Previous', '1 / 2', 'Next ▶']);
    const next = row.components[2].custom_id as string;
    expect(next).toMatch(/^pg:2:/);
    const page2 = await h.fake.answerOf(h.fake.clickButton(next, first.body));
    expect(page2.kind).toBe('update');
    expect(page2.body.embeds[0].description).toContain('Footbridge plan approved');
    expect(page2.body.embeds[0].description).not.toContain('Harbour bridge shut after barge hits pier');
    expect(validateMessageBody(page2.body)).toEqual([]);

    h.cache.clear();
    const expired = await h.fake.answerOf(h.fake.clickButton(next, first.body));
    expect(expired.kind).toBe('reply');
    expect(expired.ephemeral).toBe(true);
    expect(expired.body.content).toBe(MESSAGES.expired);
    const again = await h.fake.answerOf(h.fake.clickButton('again', expired.body));
    expect(again.ephemeral).toBe(false);
    expect(again.body.embeds[0].title).toBe('6 sources');
  });

  it('answers autocomplete within limits, and with nothing for commands without it', async () => {
    const modules = await loadCommands();
    const withAutocomplete = [...modules.values()].flatMap((c) => c.options.filter((o) => o.autocomplete).map((o) => ({ c, o })));
    for (const { c, o } of withAutocomplete) {
      const answer = await h.fake.answerOf(h.fake.autocomplete(c.name, o.name, { [o.name]: 'Fen' }));
      expect(answer.kind).toBe('autocomplete');
      expect(validateChoices(answer.body.choices)).toEqual([]);
    }
    const none = await h.fake.answerOf(h.fake.autocomplete('ask', 'question', { question: 'who' }));
    expect(none.body.choices).toEqual([]);
  });

  it('says the story is still loading, ephemerally', async () => {
    h.setStory(undefined);
    try {
      const answer = await h.fake.answerOf(h.fake.slashCommand('ask', { question: 'who?' }));
      expect(answer.ephemeral).toBe(true);
      expect(answer.body.content).toBe(MESSAGES.loading);
    } finally {
      h.setStory(h.story);
    }
  });

  it('logs an expired interaction instead of throwing, and keeps answering', async () => {
    const record = h.fake.expired('ask', { question: 'who?' });
    const next = await h.fake.answerOf(h.fake.slashCommand('ask', { question: 'footbridge cost' }));
    expect(next.ephemeral).toBe(false);
    expect(record.answers).toHaveLength(0);
    await expect.poll(() => h.logs.some((l) => l.includes('interaction expired or already answered') && l.includes(record.id))).toBe(true);
  });

  it('never logs the token', () => {
    expect(h.logs.join('\n')).not.toContain(FAKE_TOKEN);
    expect(h.logs.length).toBeGreaterThan(0);
  });

  it('sent nothing to a route the fake does not know', () => {
    expect(h.fake.requests.filter((r) => r.status === 404 && !r.path.startsWith('/interactions/'))).toEqual([]);
  });
});

describe('faults', () => {
  it('resumes after the gateway closes with 4000 and answers what comes next', async () => {
    const h = await startHarness();
    try {
      h.fake.closeGateway(4000);
      await expect.poll(() => h.fake.resumes, { timeout: 10_000 }).toBe(1);
      const answer = await h.fake.answerOf(h.fake.slashCommand('ask', { question: 'footbridge cost' }));
      expect(answer.body.embeds[0].description).toContain('£80,000');
      expect(h.fake.identifies).toBe(1);
    } finally {
      await h.close();
    }
  });

  it('answers 1,000 interactions sent at once, each exactly once', async () => {
    const h = await startHarness();
    try {
      const questions = ['footbridge cost', 'who blamed the steering', 'divers cracks', 'inquiry findings', 'detour miles'];
      const records = Array.from({ length: 1000 }, (_, i) => h.fake.slashCommand('ask', { question: questions[i % 5] }, { id: String(300000000000000000n + BigInt(i)) }));
      const answers = await Promise.all(records.map((r) => h.fake.answerOf(r, 30_000)));
      expect(answers.filter((a) => a.ephemeral)).toEqual([]);
      expect(records.filter((r) => r.answers.length !== 1 || r.callbacks.length !== 1)).toEqual([]);
      expect(h.logs.filter((l) => l.includes('ERROR'))).toEqual([]);
    } finally {
      await h.close();
    }
  }, 60_000);

  it('waits out a 429 on the interaction callback and retries', async () => {
    const h = await startHarness();
    try {
      h.fake.rateLimitNext((method, path) => method === 'POST' && path.startsWith('/interactions/'), 0.3);
      const answer = await h.fake.answerOf(h.fake.slashCommand('sources'));
      expect(answer.ephemeral).toBe(false);
      expect(h.fake.rateLimited).toBe(1);
    } finally {
      await h.close();
    }
  });

  it('answers a per-user cooldown on expensive commands with a friendly ephemeral message', async () => {
    const commands = new Map<string, Command>([
      ['heavy', defineCommand({ name: 'heavy', description: 'expensive', options: [], expensive: true, handler: () => ({ answers: [] }) })],
    ]);
    const h = await startHarness({ commands, cooldownSeconds: 60 });
    try {
      const first = await h.fake.answerOf(h.fake.slashCommand('heavy', {}, { id: '300000000000000001' }));
      expect(first.ephemeral).toBe(false);
      const second = await h.fake.answerOf(h.fake.slashCommand('heavy', {}, { id: '300000000000000001' }));
      expect(second.ephemeral).toBe(true);
      expect(second.body.content).toMatch(/again in (59|60) seconds/);
      const other = await h.fake.answerOf(h.fake.slashCommand('heavy', {}, { id: '300000000000000002' }));
      expect(other.ephemeral).toBe(false);
    } finally {
      await h.close();
    }
  });
});

describe('npm run deploy', () => {
  it('registers every command with the fake over REST only, and never prints the token', async () => {
    const fake = await FakeDiscord.start({ token: FAKE_TOKEN });
    try {
      // Async: the fake answers from this process, so the test must not block it.
      const run = await promisify(execFile)(process.execPath, ['--import', 'tsx', 'src/adapters/discord/deploy.ts'], {
        cwd: new URL('../../../', import.meta.url).pathname,
        env: { PATH: process.env.PATH, DISCORD_TOKEN: FAKE_TOKEN, DISCORD_GUILD_ID: fake.guildId, DISCORD_API_BASE: fake.apiBase },
        encoding: 'utf8',
        timeout: 30_000,
      });
      expect(run.stdout).toMatch(/Registered \d+ commands for server/);
      expect(run.stdout + run.stderr).not.toContain(FAKE_TOKEN);
      expect(fake.commands.get(fake.guildId)!.map((c) => c.name)).toEqual(expect.arrayContaining(['ask', 'sources']));
      expect(fake.identifies).toBe(0);
    } finally {
      await fake.close();
    }
  });
});
