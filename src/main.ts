/**
 * `npm start`: loads .env, checks the settings, loads the story and either runs the Discord bot
 * (DISCORD_TOKEN set) or, on an interactive terminal, a local console that answers the same commands.
 */
import { config as loadEnv } from 'dotenv';
import { runConsole } from './adapters/console/console.ts';
import { noCache } from './cache/answerCache.ts';
import { loadCommands } from './commands/registry.ts';
import { readSettings, SettingsError } from './config.ts';
import { createLogger } from './log.ts';
import { loadStory, StoryLoadError } from './story/loadStory.ts';

async function main(): Promise<number> {
  loadEnv({ quiet: true });
  let settings;
  try {
    settings = readSettings();
  } catch (err) {
    if (err instanceof SettingsError) {
      process.stderr.write(`storyline cannot start: ${err.message}\nSee .env.example for every setting.\n`);
      return 1;
    }
    throw err;
  }
  const logger = createLogger(settings.logLevel);
  if (!settings.discordToken && !(process.stdin.isTTY && process.stdout.isTTY)) {
    process.stderr.write(
      'storyline cannot start: DISCORD_TOKEN is not set. Put your bot token in .env (see .env.example),\n' +
        'or run `npm start` on an interactive terminal to use the local console, or `npm run cli -- ask --question "…"`.\n',
    );
    return 1;
  }
  const commands = await loadCommands();
  let story;
  try {
    story = await loadStory(settings.storyDir, { onWarning: (w) => logger.warn(`skipped part of the story: ${w.file}: ${w.reason}`) });
  } catch (err) {
    if (err instanceof StoryLoadError) {
      process.stderr.write(`storyline cannot start: ${err.message}\n`);
      return 1;
    }
    throw err;
  }
  logger.info(`story “${story.name}” loaded`, { articles: story.articles.length, sentences: story.sentences.length, version: story.version });
  await runConsole({ story, commands, cache: noCache, logger });
  return 0;
}

main().then(
  (code) => process.exit(code),
  (err) => {
    process.stderr.write(`storyline crashed: ${(err as Error).stack ?? err}\n`);
    process.exit(1);
  },
);
