import { createSharedState, type SharedState } from '../../state/sharedState.ts';
import { startBot, type StartBotOptions } from './bot.ts';
import { startInteractionsServer } from './httpInteractions.ts';

export interface Answering {
  /** The shared state the answering uses (cooldowns), for the story loader's index lock too. */
  state: SharedState;
  /** What was started, for the first log line. */
  description: string;
  /** Stops answering (answers in flight finish, bounded), then closes the shared state. Idempotent. */
  stop(): Promise<void>;
}

/**
 * Starts answering Discord: over the HTTP interactions endpoint when INTERACTIONS_PORT is set, else
 * over the gateway (the bot, one shard of it under SHARD_COUNT). Both keep cooldowns in the shared
 * state of CACHE_URL (`state` when given, e.g. opened early for the story loader's lock; it is closed
 * with the rest). Rejects with a message saying what could not start.
 */
export async function startAnswering(options: StartBotOptions): Promise<Answering> {
  const { settings } = options;
  const state = options.state ?? (await createSharedState(settings.cacheUrl, { logger: options.logger }));
  const port = settings.interactionsPort;
  try {
    const server =
      port !== undefined
        ? await startInteractionsServer({ ...options, storyAdminRole: settings.storyAdminRole, port, host: settings.interactionsHost, publicKey: settings.discordPublicKey!, state, cooldownSeconds: settings.cooldownSeconds, apiBase: settings.discordApiBase })
        : await startBot({ ...options, state });
    let stopped: Promise<void> | undefined;
    return {
      state,
      description: port !== undefined ? 'answering on the HTTP interactions endpoint' : 'connected to Discord',
      stop: () => (stopped ??= server.stop().finally(() => state.close())),
    };
  } catch (err) {
    await state.close();
    throw new Error(port !== undefined ? `cannot listen on port ${port}: ${(err as Error).message}` : `cannot log in to Discord: ${(err as Error).message}`);
  }
}
