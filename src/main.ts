/**
 * `npm start`: loads .env, checks the settings, loads the story and either runs the Discord bot
 * (DISCORD_TOKEN set) or, on an interactive terminal, a local console that answers the same commands.
 */
import { runConsole } from './adapters/console/console.ts';
import { startBot } from './adapters/discord/bot.ts';
import type { Command } from './commands/command.ts';
import type { Settings } from './config.ts';
import type { Logger } from './log.ts';
import type { Story } from './story/story.ts';
import { type AnswerCache, answerCacheOptions, CacheConfigError, createAnswerCache } from './cache/answerCache.ts';
import { loadCommands } from './commands/registry.ts';
import { settingsForEntryPoint } from './config.ts';
import { keepRunningOnErrors } from './keepRunning.ts';
import { createLogger } from './log.ts';
import { prepareSearch } from './search/findSnippets.ts';
import { loadStory, StoryLoadError } from './story/loadStory.ts';

async function main(): Promise<number> {
  const settings = await settingsForEntryPoint('storyline cannot start');
  if (!settings) return 1;
  const logger = createLogger(settings.logLevel);
  keepRunningOnErrors(logger);
  if (!settings.discordToken && !(process.stdin.isTTY && process.stdout.isTTY)) {
    process.stderr.write(
      'storyline cannot start: DISCORD_TOKEN is not set. Put your bot token in .env (see .env.example),\n' +
        'or run `npm start` on an interactive terminal to use the local console, or `npm run cli -- ask --question "…"`.\n',
    );
    return 1;
  }
  const commands = await loadCommands();
  let cache: AnswerCache;
  try {
    cache = await createAnswerCache(answerCacheOptions(settings, logger));
  } catch (err) {
    if (err instanceof CacheConfigError) {
      process.stderr.write(`storyline cannot start: ${err.message}\n`);
      return 1;
    }
    throw err;
  }
  if (settings.discordToken) return runBot(settings, commands, cache, logger);
  let story;
  try {
    story = await loadStory(settings.storyDir, { fileBudgetMs: Number(process.env.STORY_FILE_BUDGET_MS) || undefined, onWarning: (w) => logger.warn(`skipped part of the story: ${w.file}: ${w.reason}`), onInfo: (m) => logger.info(m) });
  } catch (err) {
    if (err instanceof StoryLoadError) {
      process.stderr.write(`storyline cannot start: ${err.message}\n`);
      await cache.close();
      return 1;
    }
    throw err;
  }
  logger.info(`story “${story.name}” loaded`, { articles: story.articles.length, sentences: story.sentences.length, version: story.version });
  setImmediate(() => warmUp(story, commands, logger));
  await runConsole({ story, commands, cache, logger });
  await cache.close();
  return 0;
}

/**
 * Logs in at once and loads the story alongside, so a large story never keeps the bot offline: until it
 * is ready, commands answer "still loading". Runs until SIGINT or SIGTERM.
 */
async function runBot(settings: Settings, commands: Map<string, Command>, cache: AnswerCache, logger: Logger): Promise<number> {
  let story: Story | undefined;
  const bot = await startBot({ settings, commands, getStory: () => story, cache, logger }).catch((err: Error) => {
    process.stderr.write(`storyline cannot log in to Discord: ${err.message}\n`);
    return undefined;
  });
  if (!bot) {
    await cache.close();
    return 1;
  }
  logger.info('connected to Discord', { commands: [...commands.keys()] });
  try {
    story = await loadStory(settings.storyDir, { fileBudgetMs: Number(process.env.STORY_FILE_BUDGET_MS) || undefined, onWarning: (w) => logger.warn(`skipped part of the story: ${w.file}: ${w.reason}`), onInfo: (m) => logger.info(m) });
    logger.info(`story “${story.name}” loaded`, { articles: story.articles.length, sentences: story.sentences.length, version: story.version });
    const loaded = story;
    setImmediate(() => warmUp(loaded, commands, logger));
  } catch (err) {
    logger.error(`cannot load the story: ${(err as Error).message}`);
    await bot.stop();
    await cache.close();
    return 1;
  }
  return new Promise<number>((resolve) => {
    const shutdown = (signal: string) => {
      logger.info(`${signal}: shutting down`);
      void bot
        .stop()
        .then(() => cache.close())
        .finally(() => resolve(0));
    };
    process.once('SIGINT', () => shutdown('SIGINT'));
    process.once('SIGTERM', () => shutdown('SIGTERM'));
  });
}

/**
 * Runs every command once without options so each analysis (quotes, people, timeline) is built before
 * the first user asks, instead of during their 3 seconds. Failures here are only logged.
 */
async function warmUp(story: Story, commands: Map<string, Command>, logger: Logger): Promise<void> {
  const started = performance.now();
  prepareSearch(story);
  for (const command of commands.values()) {
    // A turn of the event loop between analyses: interactions that came meanwhile are acknowledged.
    await new Promise((resolve) => setImmediate(resolve));
    try {
      await command.handler(story, {});
    } catch (err) {
      logger.debug(`warm-up of /${command.name} skipped`, { error: err as Error });
    }
  }
  logger.info('analyses ready', { ms: Math.round(performance.now() - started) });
}

main().then(
  (code) => process.exit(code),
  (err) => {
    process.stderr.write(`storyline crashed: ${(err as Error).stack ?? err}\n`);
    process.exit(1);
  },
);
