/**
 * `npm start`: loads .env, checks the settings, loads the story and either runs the Discord bot
 * (DISCORD_TOKEN set) or, on an interactive terminal, a local console that answers the same commands.
 * SHARD_COUNT runs a shard manager that starts this same entry point once per shard; INTERACTIONS_PORT
 * answers over Discord's HTTP interactions endpoint instead of the gateway (README: Running at scale).
 */
import { fileURLToPath } from 'node:url';
import { runConsole } from './adapters/console/console.ts';
import { runShardManager, shardOfThisProcess, stopWithManager } from './adapters/discord/sharding.ts';
import { startAnswering } from './adapters/discord/startAnswering.ts';
import type { Command } from './commands/command.ts';
import type { Settings } from './config.ts';
import type { Logger } from './log.ts';
import type { Story } from './story/story.ts';
import { type AnswerCache, answerCacheOptions, CacheConfigError, createAnswerCache } from './cache/answerCache.ts';
import { loadCommands } from './commands/registry.ts';
import { settingsForEntryPoint } from './config.ts';
import { keepRunningOnErrors } from './keepRunning.ts';
import { createLogger, withContext } from './log.ts';
import { createSharedState, storyBuildLock } from './state/sharedState.ts';
import { loadStory, StoryLoadError } from './story/loadStory.ts';
import { openStories } from './stories/openStories.ts';
import { AnalysisPool } from './workers/analysisPool.ts';

async function main(): Promise<number> {
  const settings = await settingsForEntryPoint('storyline cannot start');
  if (!settings) return 1;
  const shard = shardOfThisProcess();
  // While the console runs, log lines are printed above its prompt, which is then drawn again.
  let printLog: ((line: string) => void) | undefined;
  const baseLogger = createLogger(settings.logLevel, (line) => (printLog ? printLog(line) : process.stderr.write(line + '\n')));
  const logger = shard === undefined ? baseLogger : withContext(baseLogger, { shard });
  keepRunningOnErrors(logger);
  if (settings.shardCount !== undefined && shard === undefined) return runShardManager({ settings, script: fileURLToPath(import.meta.url), logger });
  if (shard !== undefined) stopWithManager();
  const answersDiscord = !!settings.discordToken || settings.interactionsPort !== undefined;
  if (!answersDiscord && !(process.stdin.isTTY && process.stdout.isTTY)) {
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
  if (answersDiscord) return runBot(settings, commands, cache, logger);
  let story;
  try {
    story = await loadStory(settings.storyDir, { fileBudgetMs: settings.storyFileBudgetMs, onWarning: (w) => logger.warn(`skipped part of the story: ${w.file}: ${w.reason}`), onInfo: (m) => logger.info(m) });
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
  await runConsole({ story, commands, cache, logger, attachLog: (print) => (printLog = print) });
  await cache.close();
  return 0;
}

/**
 * Logs in at once (or opens the HTTP interactions endpoint) and loads the stories alongside, so a large
 * story never keeps the bot offline: until it is ready, commands answer "still loading". A story whose
 * folder changes is rebuilt and swapped in while the bot runs (src/stories/). Runs until SIGINT or SIGTERM.
 */
async function runBot(settings: Settings, commands: Map<string, Command>, cache: AnswerCache, logger: Logger): Promise<number> {
  // Opened first so the stories' index builds take the lock every process shares; closed with the bot.
  const state = await createSharedState(settings.cacheUrl, { logger });
  // Commands that read the story are answered by worker threads (README: Answers never wait for analysis); 0 keeps them here.
  const workers = settings.analysisWorkers === 0 ? undefined : new AnalysisPool({ logger, workers: settings.analysisWorkers, fileBudgetMs: settings.analysisFileBudgetMs });
  const answering = workers ? workers.wrap(commands) : commands;
  const prepare = (story: Story) => (workers ? workers.prepare(story) : warmUp(story, commands, logger));
  // With worker threads, each search is answered from a worker's index: this thread never indexes a story.
  const stories = await openStories(settings, logger, { prepare, buildLock: storyBuildLock(state), ...(workers ? { index: false } : {}) }).catch(async (err: unknown) => {
    await state.close();
    await workers?.close();
    throw err;
  });
  const bot = await startAnswering({ settings, commands: answering, getStory: (request) => stories.service.getStory(request), stories: stories.service, cache, logger, state }).catch((err: Error) => {
    process.stderr.write(`storyline ${err.message}\n`);
    return undefined;
  });
  if (!bot) {
    await stories.close();
    await workers?.close();
    await cache.close();
    return 1;
  }
  logger.info(bot.description, { commands: [...commands.keys()] });
  await stories.loaded;
  if (!stories.library.all().some((entry) => entry.story)) {
    logger.error(`cannot load any story: ${stories.library.all().map((e) => `${e.dir}: ${e.note ?? e.status}`).join('; ') || 'no story folders'}`);
    await bot.stop();
    await stories.close();
    await workers?.close();
    await cache.close();
    return 1;
  }
  return new Promise<number>((resolve) => {
    const shutdown = (signal: string) => {
      logger.info(`${signal}: shutting down`);
      void bot
        .stop()
        .then(() => stories.close())
        .then(() => workers?.close())
        .then(() => cache.close())
        .finally(() => resolve(0));
    };
    process.once('SIGINT', () => shutdown('SIGINT'));
    process.once('SIGTERM', () => shutdown('SIGTERM'));
  });
}

/**
 * Runs every command once without options so each analysis (quotes, people, timeline) is built before
 * the first user asks, instead of during their 3 seconds. Failures here are only logged. (The bot has its
 * worker threads do this instead; the console and ANALYSIS_WORKERS=0 use it.)
 */
async function warmUp(story: Story, commands: Map<string, Command>, logger: Logger): Promise<void> {
  const started = performance.now();
  // Loaded here, not at start: the bot with worker threads never searches on this thread.
  const { prepareSearch } = await import('./search/findSnippets.ts');
  prepareSearch(story);
  for (const command of commands.values()) {
    if (command.managesStories) continue;
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
