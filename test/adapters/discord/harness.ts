import { join } from 'node:path';
import type { AnswerCache } from '../../../src/cache/answerCache.ts';
import type { Command } from '../../../src/commands/command.ts';
import { loadCommands } from '../../../src/commands/registry.ts';
import { readSettings } from '../../../src/config.ts';
import { createLogger, type Logger } from '../../../src/log.ts';
import { loadStory } from '../../../src/story/loadStory.ts';
import type { Story } from '../../../src/story/story.ts';
import { startBot, type BotHandle } from '../../../src/adapters/discord/bot.ts';
import { deployCommands } from '../../../src/adapters/discord/deployCommands.ts';
import { FakeDiscord } from '../../fakeDiscord/fakeDiscord.ts';
import { mapCache } from './mapCache.ts';

export const FIXTURE_STORY = join(import.meta.dirname, 'fixtures', 'harbour');
export const FAKE_TOKEN = 'MTIzNDU2Nzg5MDEyMzQ1Njc4.fake-token.for-tests-only-XYZ';

export interface Harness {
  fake: FakeDiscord;
  bot: BotHandle;
  story: Story;
  commands: Map<string, Command>;
  cache: ReturnType<typeof mapCache>;
  logs: string[];
  setStory(story: Story | undefined): void;
  close(): Promise<void>;
}

/** A fake Discord, the commands deployed to it, and the real bot logged in to it. */
export async function startHarness(options: { cooldownSeconds?: number; deferAfterMs?: number; commands?: Map<string, Command>; cache?: AnswerCache } = {}): Promise<Harness> {
  const fake = await FakeDiscord.start({ token: FAKE_TOKEN });
  const story = await loadStory(FIXTURE_STORY);
  const commands = options.commands ?? (await loadCommands());
  const settings = readSettings({
    DISCORD_TOKEN: FAKE_TOKEN,
    DISCORD_GUILD_ID: fake.guildId,
    DISCORD_API_BASE: fake.apiBase,
    LOG_LEVEL: 'info',
    COOLDOWN_SECONDS: String(options.cooldownSeconds ?? 0),
  });
  await deployCommands({ token: FAKE_TOKEN, guildId: fake.guildId, apiBase: fake.apiBase, commands: commands.values() });
  const logs: string[] = [];
  const logger: Logger = createLogger('debug', (line) => logs.push(line));
  const cache = mapCache();
  let current: Story | undefined = story;
  const bot = await startBot({ settings, commands, getStory: () => current, cache: options.cache ?? cache, logger, deferAfterMs: options.deferAfterMs });
  return {
    fake,
    bot,
    story,
    commands,
    cache,
    logs,
    setStory: (s) => (current = s),
    async close() {
      await bot.stop();
      await fake.close();
    },
  };
}
