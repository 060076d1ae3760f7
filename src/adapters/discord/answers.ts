import { UserInputError, type Command, type CommandContext, type CommandOptions } from '../../commands/command.ts';
import type { AnswerCache } from '../../cache/answerCache.ts';
import type { Logger } from '../../log.ts';
import { toChoices } from '../../render/discord/choices.ts';
import { FLAGS } from '../../render/discord/limits.ts';
import { answerMessage, noticeMessage, type DiscordMessage } from '../../render/discord/message.ts';
import { present } from '../../render/present/index.ts';
import type { Story } from '../../story/story.ts';
import type { Place, StoryDesk } from '../../stories/desk.ts';
import type { StoryRequest } from '../../stories/storyService.ts';
import type { APIApplicationCommandOptionChoice } from 'discord.js';
import type { Cooldown } from './cooldown.ts';
import { answerFooter, parseInvocation } from './invocation.ts';

/**
 * What the bot answers, as plain data: no discord.js objects in or out, so every path (errors,
 * cooldowns, loading, expired pages) is testable without a gateway. interactions.ts sends these.
 */
export interface AnswerContext {
  commands: ReadonlyMap<string, Command>;
  /**
   * The story that answers a request (named, else where it was asked; `version`: the one an answer came
   * from); undefined while loading. May throw UserInputError (no such story, a story with no articles).
   */
  getStory: (request?: StoryRequest) => Story | undefined;
  /** The bot's stories, for /story and the `story:` option's suggestions; absent with a single fixed story. */
  stories?: StoryDesk;
  cache: AnswerCache;
  logger: Logger;
  cooldown: Cooldown;
  /** Give up on a handler after this long (it keeps running; the user hears it took too long). */
  answerTimeoutMs?: number;
}

export const MESSAGES = {
  loading: 'The story is still loading; try again in a moment.',
  unknownCommand: (name: string) => `/${name} is not a command this bot knows (any more). Commands may need deploying again.`,
  cooldown: (name: string, seconds: number) => `Easy there: /${name} is a heavy command. You can use it again in ${seconds} second${seconds === 1 ? '' : 's'}.`,
  failed: (name: string) => `Something went wrong answering /${name}. It has been logged; try again or rephrase.`,
  tooSlow: (name: string) => `/${name} took too long to answer; try a narrower question.`,
  expired: 'This answer has expired from the cache (or the story was updated). Press Run again to ask again.',
  expiredNoRerun: 'This answer has expired from the cache (or the story was updated). Run the command again to get it.',
  unknownButton: 'This button belongs to an older version of the bot; run the command again.',
} as const;

export type Prepared =
  | { kind: 'notice'; message: DiscordMessage }
  | { kind: 'run'; command: Command; story: Story; options: CommandOptions; context?: CommandContext };

/**
 * The instant checks before running a command: known command, its options (before anything public is
 * shown), story loaded (the one named by `story:`, else this channel's or server's), cooldown.
 */
export async function prepareCommand(
  ctx: AnswerContext,
  request: { commandName: string; options: CommandOptions; userId: string; place?: Place; context?: CommandContext },
): Promise<Prepared> {
  const command = ctx.commands.get(request.commandName);
  if (!command) return { kind: 'notice', message: noticeMessage(MESSAGES.unknownCommand(request.commandName)) };
  try {
    await command.check?.(request.options);
  } catch (err) {
    if (err instanceof UserInputError) return { kind: 'notice', message: noticeMessage(err.message) };
    throw err;
  }
  let story: Story | undefined;
  try {
    story = ctx.getStory(command.managesStories ? request.place : { ...request.place, story: request.options.story });
  } catch (err) {
    if (!(err instanceof UserInputError)) throw err;
    // /story itself works whatever state the stories are in.
    if (!command.managesStories) return { kind: 'notice', message: noticeMessage(err.message) };
  }
  const context: CommandContext = { ...request.context, ...(ctx.stories ? { stories: ctx.stories } : {}), commands: ctx.commands };
  if (command.managesStories) return { kind: 'run', command, story: story as Story, options: request.options, context };
  if (!story) return { kind: 'notice', message: noticeMessage(MESSAGES.loading) };
  if (command.expensive) {
    const wait = await ctx.cooldown.take(request.userId, command.name);
    if (wait > 0) return { kind: 'notice', message: noticeMessage(MESSAGES.cooldown(command.name, wait)) };
  }
  return { kind: 'run', command, story, options: request.options, context };
}

/** A command's run: /story directly (its answers depend on who asks), every other one through the cache without `story:` (the version is in the key). */
function runThroughCache(ctx: AnswerContext, prepared: Extract<Prepared, { kind: 'run' }>) {
  const { command, story, options, context } = prepared;
  if (command.managesStories) return Promise.resolve(command.handler(story, options, context)).then((answer) => ({ answer, key: '', cached: false }));
  const { story: _named, ...rest } = options;
  return ctx.cache.run(command, story, rest, context);
}

export interface RunResult {
  message: DiscordMessage;
  /** Errors, "nothing found" and personal answers (/help) are shown only to the user who asked. */
  ephemeral: boolean;
}

/** An answer presented, and its first page once rendered. */
interface FirstPage {
  presentation: ReturnType<typeof present>;
  ephemeral: boolean;
  message?: DiscordMessage;
}

function presented(command: Command, answer: unknown): FirstPage {
  const presentation = present(command.name, answer);
  return { presentation, ephemeral: !!command.personal || !!presentation.askerOnly || !presentation.items.length };
}

/** First pages presented lately, by answer key and footer (a timeline's picture takes a good part of a second). */
const firstPages = new Map<string, FirstPage>();
const FIRST_PAGES_KEPT = 32;
function remember(key: string, result: FirstPage): void {
  firstPages.delete(key);
  firstPages.set(key, result);
  if (firstPages.size > FIRST_PAGES_KEPT) firstPages.delete(firstPages.keys().next().value!);
}

/**
 * Runs a prepared command through the cache and renders page 1. Never throws. `beforeRender` is awaited
 * when an expensive command has a public answer, before its picture is drawn (the adapter defers there).
 */
export async function runCommand(
  ctx: AnswerContext,
  prepared: Extract<Prepared, { kind: 'run' }>,
  logContext: Record<string, unknown> = {},
  beforeRender?: () => Promise<void>,
): Promise<RunResult> {
  const { command, story, options } = prepared;
  const timeoutMs = ctx.answerTimeoutMs ?? 60_000;
  let timer: NodeJS.Timeout | undefined;
  try {
    const run = runThroughCache(ctx, prepared);
    const timeout = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), timeoutMs);
      timer.unref?.();
    });
    const outcome = await Promise.race([run, timeout]);
    if (outcome === 'timeout') {
      ctx.logger.warn('command timed out', { command: command.name, timeoutMs, ...logContext });
      return { message: noticeMessage(MESSAGES.tooSlow(command.name)), ephemeral: true };
    }
    const footer = answerFooter(story?.name ?? 'storyline', command, options);
    // An answer is the same for the same key: many people asking the same at once cost one rendering.
    const renderedKey = outcome.key && !command.managesStories ? `${outcome.key}\n${footer}` : undefined;
    // A large answer (every event of a long story) takes a while to present and render: a turn of the event
    // loop before each step lets the interactions that came meanwhile be acknowledged.
    const yieldTurn = () => new Promise((resolve) => setImmediate(resolve));
    let page = renderedKey ? firstPages.get(renderedKey) : undefined;
    if (!page) {
      await yieldTurn();
      page = (renderedKey && firstPages.get(renderedKey)) || presented(command, outcome.answer);
    }
    if (renderedKey) remember(renderedKey, page);
    const { ephemeral } = page;
    if (command.expensive && !ephemeral && !page.message) await beforeRender?.();
    // Rendered once (while this one waited, another may have done it).
    if (!page.message) await yieldTurn();
    page.message ??= answerMessage(page.presentation, { page: 1, key: outcome.key, footer }).message;
    if (ephemeral) page.message.flags = FLAGS.ephemeral;
    return { message: page.message, ephemeral };
  } catch (err) {
    if (err instanceof UserInputError) return { message: noticeMessage(err.message), ephemeral: true };
    ctx.logger.error('command failed', { command: command.name, error: err, stack: (err as Error)?.stack, ...logContext });
    return { message: noticeMessage(MESSAGES.failed(command.name)), ephemeral: true };
  } finally {
    clearTimeout(timer);
  }
}

/** A page of a cached answer (page buttons), or an ephemeral "expired" notice. Never throws. */
export async function answerPage(
  ctx: AnswerContext,
  request: { key: string; page: number; footer?: string },
): Promise<{ kind: 'update'; message: DiscordMessage } | { kind: 'reply'; message: DiscordMessage }> {
  try {
    const cached = await ctx.cache.get(request.key);
    const story = cached?.storyVersion && ctx.stories ? ctx.getStory({ version: cached.storyVersion }) : ctx.getStory();
    // An answer built from an older version of the story is expired: never page through stale text.
    const current = cached && (!cached.storyVersion || (!story && !ctx.stories) || cached.storyVersion === story?.version);
    const command = cached && current ? ctx.commands.get(cached.command) : undefined;
    if (cached && command) {
      const storyName = story?.name ?? request.footer?.split('\n')[0] ?? '';
      const presentation = present(command.name, cached.answer);
      const { message } = answerMessage(presentation, { page: request.page, key: request.key, footer: answerFooter(storyName, command, cached.options) });
      return { kind: 'update', message };
    }
  } catch (err) {
    ctx.logger.error('page turn failed', { key: request.key, page: request.page, error: err, stack: (err as Error)?.stack });
    return { kind: 'reply', message: noticeMessage(MESSAGES.failed('page')) };
  }
  const again = parseInvocation(request.footer, ctx.commands);
  return again
    ? { kind: 'reply', message: noticeMessage(MESSAGES.expired, { footer: request.footer, again: true }) }
    : { kind: 'reply', message: noticeMessage(MESSAGES.expiredNoRerun) };
}

/** Autocomplete suggestions, within Discord's limits; [] on any problem. Never rejects. */
export async function answerAutocomplete(
  ctx: AnswerContext,
  request: { commandName: string; option: string; typed: string; options?: CommandOptions; place?: Place; context?: CommandContext },
): Promise<APIApplicationCommandOptionChoice<string>[]> {
  const command = ctx.commands.get(request.commandName);
  const typed = String(request.typed ?? '').slice(0, 200);
  try {
    if (command && !command.managesStories && request.option === 'story') return ctx.stories ? toChoices(ctx.stories.storyChoices(typed)) : [];
    const story = command?.managesStories ? undefined : ctx.getStory({ ...request.place, story: request.options?.story });
    if (!command?.autocomplete || (!story && !command.managesStories)) return [];
    const context = { ...request.context, ...(ctx.stories ? { stories: ctx.stories } : {}), options: request.options };
    const later = command.autocompleteLater;
    return toChoices(later ? await later(story as Story, request.option, typed, context) : await command.autocomplete(story as Story, request.option, typed, context));
  } catch (err) {
    if (err instanceof UserInputError) return [];
    ctx.logger.error('autocomplete failed', { command: request.commandName, option: request.option, error: err, stack: (err as Error)?.stack });
    return [];
  }
}
