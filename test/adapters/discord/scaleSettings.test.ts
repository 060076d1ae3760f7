import { describe, expect, it } from 'vitest';
import { readSettings, SettingsError } from '../../../src/config.ts';
import { restartDelayMs, shardOfThisProcess, spawnDelayMs } from '../../../src/adapters/discord/sharding.ts';
import { isSignedByDiscord, publicKeyFromHex } from '../../../src/adapters/discord/signature.ts';
import { createApplicationKeys } from '../../fakeDiscord/signing.ts';

const KEY = 'a'.repeat(64);

function problems(env: Record<string, string>): string[] {
  try {
    readSettings(env);
    return [];
  } catch (err) {
    return (err as SettingsError).problems;
  }
}

describe('settings for running at scale', () => {
  it('reads SHARD_COUNT as auto or a number, and leaves it unset for one process', () => {
    expect(readSettings({}).shardCount).toBeUndefined();
    expect(readSettings({ SHARD_COUNT: 'AUTO' }).shardCount).toBe('auto');
    expect(readSettings({ SHARD_COUNT: '4' }).shardCount).toBe(4);
    expect(problems({ SHARD_COUNT: 'two' })).toEqual(['SHARD_COUNT must be auto or a whole number of shards (got "two")']);
    expect(problems({ SHARD_COUNT: '0' })).toHaveLength(1);
  });

  it('needs DISCORD_PUBLIC_KEY with INTERACTIONS_PORT, and checks both', () => {
    expect(readSettings({ INTERACTIONS_PORT: '8080', DISCORD_PUBLIC_KEY: KEY })).toMatchObject({ interactionsPort: 8080, discordPublicKey: KEY });
    expect(readSettings({ INTERACTIONS_PORT: '0', DISCORD_PUBLIC_KEY: KEY }).interactionsPort).toBe(0);
    expect(problems({ INTERACTIONS_PORT: '8080' })).toEqual([expect.stringContaining('INTERACTIONS_PORT needs DISCORD_PUBLIC_KEY')]);
    expect(problems({ INTERACTIONS_PORT: '70000', DISCORD_PUBLIC_KEY: KEY })).toEqual([expect.stringContaining('INTERACTIONS_PORT must be a whole number from 0 to 65535')]);
    expect(problems({ SHARD_COUNT: 'auto', INTERACTIONS_PORT: '8080', DISCORD_PUBLIC_KEY: KEY })).toEqual([expect.stringContaining('set one of them')]);
    expect(problems({ DISCORD_PUBLIC_KEY: 'not-a-key' })).toEqual([expect.stringContaining('DISCORD_PUBLIC_KEY must be the 64 hex characters')]);
  });
});

describe('shard processes', () => {
  it('knows which shard it is only when the ShardingManager started it', () => {
    expect(shardOfThisProcess({})).toBeUndefined();
    expect(shardOfThisProcess({ SHARDING_MANAGER: 'true', SHARDS: '3', SHARD_COUNT: '4' })).toBe(3);
  });

  it('spawns shards as far apart as the IDENTIFY limit asks, and backs off restarting a shard that keeps dying', () => {
    expect(spawnDelayMs(1)).toBe(5500);
    expect(spawnDelayMs(16)).toBe(344);
    expect([1, 2, 3, 4].map(restartDelayMs)).toEqual([1000, 2000, 4000, 8000]);
    expect(restartDelayMs(30)).toBe(300_000);
  });
});

describe('the Ed25519 signature check', () => {
  it('accepts Discord’s signature of exactly this timestamp and body, and nothing else', () => {
    const keys = createApplicationKeys();
    const key = publicKeyFromHex(keys.publicKeyHex);
    const body = '{"type":1}';
    const signature = keys.sign('1700000000', body);
    expect(isSignedByDiscord(key, signature, '1700000000', Buffer.from(body))).toBe(true);
    expect(isSignedByDiscord(key, signature, '1700000001', Buffer.from(body))).toBe(false);
    expect(isSignedByDiscord(key, signature, '1700000000', Buffer.from('{"type":2}'))).toBe(false);
    expect(isSignedByDiscord(key, undefined, '1700000000', Buffer.from(body))).toBe(false);
    expect(isSignedByDiscord(key, 'zz', '1700000000', Buffer.from(body))).toBe(false);
    expect(isSignedByDiscord(publicKeyFromHex(createApplicationKeys().publicKeyHex), signature, '1700000000', Buffer.from(body))).toBe(false);
    expect(() => publicKeyFromHex('abc')).toThrow(/64 hex characters/);
  });
});
