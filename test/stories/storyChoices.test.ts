import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { jsonFileChoices, redisChoices, StoryChoices } from '../../src/stories/storyChoices.ts';
import { readSettings } from '../../src/config.ts';
import { createLogger } from '../../src/log.ts';
import { openStories } from '../../src/stories/openStories.ts';
import { FIXTURE_STORY } from '../adapters/discord/harness.ts';
import { redisAvailability, startRedis, type TestRedis } from '../helpers/redis.ts';

describe('channel and server story choices', () => {
  it('survive a restart in the data folder’s JSON file', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'storyline-choices-'));
    try {
      const path = join(dir, 'data', 'story-choices.json');
      const first = await StoryChoices.open(jsonFileChoices(path));
      expect(first.get('channel:1')).toBeUndefined();
      await Promise.all([first.set('channel:1', 'kestrel'), first.set('guild:9', 'harbour'), first.set('channel:2', 'harbour')]);
      await first.close();
      const second = await StoryChoices.open(jsonFileChoices(path));
      expect([second.get('channel:1'), second.get('guild:9'), second.get('channel:2')]).toEqual(['kestrel', 'harbour', 'harbour']);
      expect(JSON.parse(readFileSync(path, 'utf8'))).toEqual({ 'channel:1': 'kestrel', 'guild:9': 'harbour', 'channel:2': 'harbour' });
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

const availability = redisAvailability();
if (!availability.available && availability.mustRun) {
  describe('story choices in Redis', () => {
    it('needs redis-server installed in CI', () => {
      throw new Error(availability.reason);
    });
  });
}

describe.runIf(availability.available)('story choices in Redis', () => {
  let redis: TestRedis;
  beforeAll(async () => {
    redis = await startRedis();
  });
  afterAll(async () => {
    await redis?.dispose();
  });

  it('are shared by bot processes and survive a restart of the bot', async () => {
    const a = await StoryChoices.open(await redisChoices(redis.url));
    const b = await StoryChoices.open(await redisChoices(redis.url));
    await a.set('channel:7', 'kestrel');
    expect(b.get('channel:7')).toBeUndefined();
    await b.refresh();
    expect(b.get('channel:7')).toBe('kestrel');
    await a.close();
    await b.close();
    const restarted = await StoryChoices.open(await redisChoices(redis.url));
    expect(restarted.get('channel:7')).toBe('kestrel');
    await restarted.close();
  });

  it('are kept in Redis by a bot whose CACHE_URL is Redis (and no data file is written)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'storyline-redis-stories-'));
    try {
      const settings = readSettings({ STORY_DIR: FIXTURE_STORY, CACHE_URL: redis.url, DATA_DIR: join(dir, 'data'), STORY_POLL_SECONDS: '0' });
      const first = await openStories(settings, createLogger('silent'));
      await first.loaded;
      await first.service.use('harbour', 'server', { guildId: '123456789012345678' });
      await first.close();
      const second = await openStories(settings, createLogger('silent'));
      await second.loaded;
      expect(second.service.list({ guildId: '123456789012345678', channelId: '1' }).current).toEqual({ id: 'harbour', because: 'server' });
      await second.close();
      expect(existsSync(join(dir, 'data'))).toBe(false);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('refuse a change, keeping the old choice, when Redis is down', async () => {
    const choices = await StoryChoices.open(await redisChoices(redis.url));
    await choices.set('guild:1', 'harbour');
    await redis.stop();
    try {
      await expect(choices.set('guild:1', 'kestrel')).rejects.toThrow();
      expect(choices.get('guild:1')).toBe('harbour');
    } finally {
      await redis.start();
      await choices.close();
    }
  });
});
