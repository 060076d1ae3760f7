import { UserInputError, type Command, type CommandOptions } from '../../commands/command.ts';
import type { AnswerCache } from '../../cache/answerCache.ts';
import type { Logger } from '../../log.ts';
import { toChoices } from '../../render/discord/choices.ts';
import { FLAGS } from '../../render/discord/limits.ts';
import { answerMessage, noticeMessage, type DiscordMessage } from '../../render/discord/message.ts';
import { present } from '../../render/present/index.ts';
import type { Story } from '../../story/story.ts';
import type { APIApplicationCommandOptionChoice } from 'discord.js';
import type { Cooldown } from './cooldown.ts';
import { answerFooter, parseInvocation } from './invocation.ts';

/**
 * What the bot answers, as plain data: no discord.js objects in or out, so every path (errors,
 * cooldowns, loading, expired pages) is testable without a gateway. interactions.ts sends these.
 */
export interface AnswerContext {
  commands: ReadonlyMap<string, Command>;
  getStory: () => Story | undefined;
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
  | { kind: 'run'; command: Command; story: Story; options: CommandOptions };

/** The instant checks before running a command: known command, its options, story loaded, cooldown. */
export async function prepareCommand(ctx: AnswerContext, request: { commandName: string; options: CommandOptions; userId: string }): Promise<Prepared> {
  const command = ctx.commands.get(request.commandName);
  if (!command) return { kind: 'notice', message: noticeMessage(MESSAGES.unknownCommand(request.commandName)) };
  try {
    command.check?.(request.options);
  } catch (err) {
    if (err instanceof UserInputError) return { kind: 'notice', message: noticeMessage(err.message) };
    throw err;
  }
  const story = ctx.getStory();
  if (!story) return { kind: 'notice', message: noticeMessage(MESSAGES.loading) };
  if (command.expensive) {
    const wait = await ctx.cooldown.take(request.userId, command.name);
    if (wait > 0) return { kind: 'notice', message: noticeMessage(MESSAGES.cooldown(command.name, wait)) };
  }
  return { kind: 'run', command, story, options: request.options };
}

export interface RunResult {
  message: DiscordMessage;
  /** Errors, "nothing found" and personal answers (/help) are shown only to the user who asked. */
  ephemeral: boolean;
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
    const run = ctx.cache.run(command, story, options);
    const timeout = new Promise<'timeout'>((resolve) => {
      timer = setTimeout(() => resolve('timeout'), timeoutMs);
      timer.unref?.();
    });
    const outcome = await Promise.race([run, timeout]);
    if (outcome === 'timeout') {
      ctx.logger.warn('command timed out', { command: command.name, timeoutMs, ...logContext });
      return { message: noticeMessage(MESSAGES.tooSlow(command.name)), ephemeral: true };
    }
    const presentation = present(command.name, outcome.answer);
    const ephemeral = !!command.personal || !!presentation.askerOnly || !presentation.items.length;
    if (command.expensive && !ephemeral) await beforeRender?.();
    const { message } = answerMessage(presentation, { page: 1, key: outcome.key, footer: answerFooter(story.name, command, options) });
    if (ephemeral) message.flags = FLAGS.ephemeral;
    return { message, ephemeral };
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
    const story = ctx.getStory();
    // An answer built from an older version of the story is expired: never page through stale text.
    const current = cached && (!cached.storyVersion || !story || cached.storyVersion === story.version);
    const command = cached && current ? ctx.commands.get(cached.command) : undefined;
    if (cached && command) {
      const storyName = ctx.getStory()?.name ?? request.footer?.split('\n')[0] ?? '';
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

/** Autocomplete suggestions from memory, within Discord's limits; [] on any problem. Never throws. */
export function answerAutocomplete(ctx: AnswerContext, request: { commandName: string; option: string; typed: string }): APIApplicationCommandOptionChoice<string>[] {
  const command = ctx.commands.get(request.commandName);
  const story = ctx.getStory();
  if (!command?.autocomplete || !story) return [];
  try {
    return toChoices(command.autocomplete(story, request.option, String(request.typed ?? '').slice(0, 200)));
  } catch (err) {
    ctx.logger.error('autocomplete failed', { command: request.commandName, option: request.option, error: err, stack: (err as Error)?.stack });
    return [];
  }
}
