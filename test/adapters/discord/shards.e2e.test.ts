import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { FakeDiscord, shardOfGuild, type InteractionRecord } from '../../fakeDiscord/fakeDiscord.ts';
import { startStoryline, type StorylineProcess } from '../../helpers/storylineProcess.ts';
import { FAKE_TOKEN, FIXTURE_STORY } from './harness.ts';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function until(check: () => boolean, ms: number, what: string): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 25));
  }
}

describe('SHARD_COUNT=auto: a shard manager and one process per shard, against a fake Discord that recommends 2 shards', () => {
  let fake: FakeDiscord;
  let manager: StorylineProcess;
  const pids = (shard: number) => [...manager.output().matchAll(new RegExp(`shard process started \\{"shard":${shard},"of":2,"pid":(\\d+)`, 'g'))].map((m) => Number(m[1]));

  beforeAll(async () => {
    // max_concurrency 16: the shards may identify together, so the manager spawns them 344 ms apart.
    fake = await FakeDiscord.start({ token: FAKE_TOKEN, recommendedShards: 2, maxConcurrency: 16 });
    manager = startStoryline({ SHARD_COUNT: 'auto', DISCORD_TOKEN: FAKE_TOKEN, DISCORD_API_BASE: fake.apiBase, STORY_DIR: FIXTURE_STORY, LOG_LEVEL: 'info', COOLDOWN_SECONDS: '0' });
    await manager.waitFor(/all shards ready/, 90_000);
    await manager.waitFor(/story “.*” loaded \{.*"shard":0/, 60_000);
    await manager.waitFor(/story “.*” loaded \{.*"shard":1/, 60_000);
  }, 120_000);
  afterAll(async () => {
    await manager?.stop('SIGKILL');
    for (const shard of [0, 1]) for (const pid of pids(shard)) if (alive(pid)) process.kill(pid, 'SIGKILL');
    await fake?.close();
  });

  it('asks Discord for the count, and each shard process identifies once as its own shard', () => {
    expect(fake.requests.some((r) => r.method === 'GET' && r.path === '/gateway/bot')).toBe(true);
    expect([...fake.identifiesByShard.entries()].sort()).toEqual([[0, 1], [1, 1]]);
    expect(pids(0)).toHaveLength(1);
    expect(pids(1)).toHaveLength(1);
    expect(pids(0)[0]).not.toBe(pids(1)[0]);
    expect(fake.guilds.map((g) => shardOfGuild(g, 2))).toEqual([0, 1]);
  });

  it('answers interactions from guilds on either shard (each reaches only its own shard’s connection)', async () => {
    for (const guild of fake.guilds) {
      const answer = await fake.answerOf(fake.slashCommand('ask', { question: 'who blamed the steering failure?' }, undefined, guild));
      expect(answer.body.embeds[0].description).toContain('Odile Fenwick');
    }
  });

  it('restarts a shard whose process is killed, and loses no answer of the other shard meanwhile', async () => {
    const victim = pids(1)[0];
    const sent: InteractionRecord[] = [];
    for (let i = 0; i < 30; i++) {
      sent.push(fake.slashCommand('ask', { question: `who blamed the steering failure? (${i})` }, undefined, fake.guilds[0]));
      if (i === 10) process.kill(victim, 'SIGKILL');
      await new Promise((r) => setTimeout(r, 20));
    }
    for (const record of sent) {
      const answer = await fake.answerOf(record);
      expect(answer.body.embeds[0].description).toContain('Odile Fenwick');
      expect(record.answers).toHaveLength(1);
    }
    await until(() => (fake.identifiesByShard.get(1) ?? 0) >= 2, 60_000, 'shard 1 to identify again');
    await manager.waitFor(/shard process died; restarting it \{"shard":1/);
    expect(pids(1)).toHaveLength(2);
    expect(alive(victim)).toBe(false);
    await manager.waitFor(/story “.*” loaded \{.*"shard":1/, 60_000, manager.output().lastIndexOf('shard process died'));
    const again = await fake.answerOf(fake.slashCommand('ask', { question: 'who blamed the steering failure?' }, undefined, fake.guilds[1]), 20_000);
    expect(again.body.embeds[0].description).toContain('Odile Fenwick');
    expect(fake.identifiesByShard.get(0)).toBe(1);
  });

  it('stops every shard process cleanly on SIGINT (Ctrl-C)', async () => {
    const running = [...pids(0), ...pids(1)].filter(alive);
    expect(running).toHaveLength(2);
    expect(await manager.stop('SIGINT')).toBe(0);
    expect(manager.output()).toMatch(/SIGINT: stopping 2 shard\(s\)/);
    expect(manager.output()).toMatch(/all shards stopped/);
    expect((manager.output().match(/bot stopped/g) ?? []).length).toBeGreaterThanOrEqual(2);
    for (const pid of running) expect(alive(pid)).toBe(false);
  });
});
