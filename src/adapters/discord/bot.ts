import { Client, Events, GatewayIntentBits, type Interaction } from 'discord.js';
import type { AnswerCache } from '../../cache/answerCache.ts';
import type { Command } from '../../commands/command.ts';
import type { Settings } from '../../config.ts';
import { registerSecret, type Logger } from '../../log.ts';
import { NO_PINGS } from '../../render/discord/message.ts';
import type { SharedState } from '../../state/sharedState.ts';
import type { StoryDesk } from '../../stories/desk.ts';
import type { AnswerContext } from './answers.ts';
import { Cooldown } from './cooldown.ts';
import { handleInteraction, type InteractionContext } from './interactions.ts';

export interface StartBotOptions {
  settings: Settings;
  commands: ReadonlyMap<string, Command>;
  /** The story for a request, or undefined while it is still loading (commands then say so, ephemerally). */
  getStory: AnswerContext['getStory'];
  /** The bot's stories (for /story and the `story:` option); absent when one fixed story is served. */
  stories?: StoryDesk;
  cache: AnswerCache;
  logger: Logger;
  /** Where cooldowns live (Redis when CACHE_URL is Redis); default: this process's memory. */
  state?: SharedState;
  /** Defer a reply when an answer is not ready after this long; default 1,500 ms (Discord allows 3 s). */
  deferAfterMs?: number;
  /** How long stop() waits for answers in flight; default 5 s. */
  drainMs?: number;
}

export interface BotHandle {
  client: Client;
  /** Stops taking interactions, lets the ones in flight finish (bounded), and closes the gateway. Idempotent. */
  stop(): Promise<void>;
}

export const DEFAULT_DEFER_AFTER_MS = 1500;

/**
 * Logs in to the gateway (Guilds intent only) and answers slash commands, autocomplete and page
 * buttons. Resolves once the bot is ready. The REST base comes from settings.discordApiBase when
 * set; discord.js then takes the gateway URL from that base's /gateway/bot.
 */
export async function startBot(options: StartBotOptions): Promise<BotHandle> {
  const { settings, logger } = options;
  const token = settings.discordToken;
  if (!token) throw new Error('DISCORD_TOKEN is not set: copy the bot token from the Developer Portal (Bot page) into .env');
  registerSecret(token);

  const client = new Client({
    intents: [GatewayIntentBits.Guilds],
    allowedMentions: NO_PINGS,
    ...(settings.discordApiBase ? { rest: { api: settings.discordApiBase } } : {}),
  });
  const ctx: InteractionContext = {
    commands: options.commands,
    getStory: options.getStory,
    ...(options.stories ? { stories: options.stories } : {}),
    storyAdminRole: settings.storyAdminRole,
    cache: options.cache,
    logger,
    cooldown: new Cooldown(settings.cooldownSeconds, options.state),
    deferAfterMs: options.deferAfterMs ?? DEFAULT_DEFER_AFTER_MS,
  };

  const inFlight = new Set<Promise<void>>();
  let stopping = false;
  client.on(Events.InteractionCreate, (interaction: Interaction) => {
    if (stopping) return;
    const work = handleInteraction(interaction, ctx);
    inFlight.add(work);
    void work.finally(() => inFlight.delete(work));
  });
  client.on(Events.Error, (err) => logger.error('discord client error', { error: err }));
  client.on(Events.Warn, (message) => logger.warn('discord client warning', { message }));
  client.on(Events.ShardDisconnect, (event, shard) => logger.warn('gateway disconnected', { shard, code: event.code }));
  client.on(Events.ShardReconnecting, (shard) => logger.info('gateway reconnecting', { shard }));
  client.on(Events.ShardResume, (shard, replayed) => logger.info('gateway resumed', { shard, replayed }));
  if (settings.logLevel === 'debug') client.on(Events.Debug, (message) => logger.debug(message));
  client.rest.on('rateLimited', (info) => logger.warn('rate limited by Discord; waiting', { route: info.route, retryAfterMs: info.retryAfter, global: info.global }));

  const ready = new Promise<void>((resolve) => client.once(Events.ClientReady, () => resolve()));
  try {
    await client.login(token);
    await ready;
  } catch (err) {
    await client.destroy();
    throw err;
  }
  logger.info('bot ready', { user: client.user?.tag, guilds: client.guilds.cache.size, commands: [...options.commands.keys()] });

  let stopped: Promise<void> | undefined;
  const stop = () =>
    (stopped ??= (async () => {
      stopping = true;
      logger.info('bot stopping', { inFlight: inFlight.size });
      let timer: NodeJS.Timeout | undefined;
      await Promise.race([
        Promise.allSettled([...inFlight]),
        new Promise<void>((resolve) => (timer = setTimeout(resolve, options.drainMs ?? 5000))),
      ]);
      clearTimeout(timer);
      await client.destroy();
      logger.info('bot stopped');
    })());
  return { client, stop };
}
