import type { Command, CommandContext, CommandOptions } from '../commands/command.ts';
import type { Story } from '../story/story.ts';

/**
 * The cache of structured answers, shared by every adapter. Keys are short (they travel in Discord
 * custom_ids): a hash of story version + command + normalised options.
 */
export interface CachedRun<Answer> {
  answer: Answer;
  /** The cache key under which the answer is (or would be) stored. */
  key: string;
  /** true when the answer came from the cache. */
  cached: boolean;
}

/** What `get(key)` finds: enough to present any page of the answer again. */
export interface CachedEntry {
  command: string;
  options: CommandOptions;
  answer: unknown;
  /** The version of the story the answer was built from (compare with the loaded story's). */
  storyVersion?: string;
}

export interface AnswerCache {
  /** Runs the command's handler through the cache. A failing cache never fails the answer. */
  /**
   * `context` reaches the handler on a miss (e.g. /help's list of the commands as the bot runs them); the
   * key never includes it, so a cached command's answer must not depend on who asks.
   */
  run<Answer>(command: Command<Answer>, story: Story, options: CommandOptions, context?: CommandContext): Promise<CachedRun<Answer>>;
  /** A cached answer by key (page buttons); undefined when it expired or the cache is down. */
  get(key: string): Promise<CachedEntry | undefined>;
  close(): Promise<void>;
}

/** No caching at all: every run calls the handler. Used by the one-shot CLI. */
export const noCache: AnswerCache = {
  async run(command, story, options, context) {
    return { answer: await command.handler(story, options, context), key: '', cached: false };
  },
  async get() {
    return undefined;
  },
  async close() {},
};

export { answerCacheOptions, createAnswerCache, KeyvAnswerCache, type AnswerCacheOptions, type CacheStats } from './keyvAnswerCache.ts';
export { CacheConfigError } from './cacheBackend.ts';
export { cacheKey, isCacheKey, normaliseOptionValue } from './cacheKey.ts';
