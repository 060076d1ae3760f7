import type {
  AutocompleteInteraction,
  ChatInputCommandInteraction,
  Interaction,
  InteractionEditReplyOptions,
  InteractionReplyOptions,
  InteractionUpdateOptions,
} from 'discord.js';
import type { CommandOptions } from '../../commands/command.ts';
import type { DiscordMessage } from '../../render/discord/message.ts';
import { noticeMessage } from '../../render/discord/message.ts';
import { parseCustomId } from '../../render/discord/pageButtons.ts';
import { answerAutocomplete, answerPage, MESSAGES, prepareCommand, runCommand, type AnswerContext } from './answers.ts';
import { isStaleInteraction } from './discordErrors.ts';
import { parseInvocation } from './invocation.ts';

export interface InteractionContext extends AnswerContext {
  /** Defer a reply when the answer is not ready after this long (Discord allows 3 s in all). */
  deferAfterMs: number;
}

/**
 * What answering a command needs from an interaction: a discord.js interaction from the gateway has it,
 * and so does the HTTP endpoint's (httpInteractions.ts), which sends the same calls as HTTP responses
 * and webhook requests.
 */
export interface Repliable {
  user: { id: string };
  reply(options: InteractionReplyOptions): Promise<unknown>;
  deferReply(): Promise<unknown>;
  editReply(options: InteractionEditReplyOptions): Promise<unknown>;
  deleteReply(): Promise<unknown>;
  followUp(options: InteractionReplyOptions): Promise<unknown>;
}

/** A button press: a Repliable that can also update the message the button is on. */
export interface Clickable extends Repliable {
  customId: string;
  message?: { embeds?: { footer?: { text?: string } | null }[] } | null;
  update(options: InteractionUpdateOptions): Promise<unknown>;
}

const asReply = (m: DiscordMessage) => m as unknown as InteractionReplyOptions;
const asUpdate = (m: DiscordMessage) => m as unknown as InteractionUpdateOptions;
function asEdit(m: DiscordMessage): InteractionEditReplyOptions {
  const { flags: _flags, ...rest } = m;
  return rest as unknown as InteractionEditReplyOptions;
}

/** Routes one interaction. Never throws: failures are logged with context. */
export async function handleInteraction(interaction: Interaction, ctx: InteractionContext): Promise<void> {
  const context = { interaction: interaction.id, user: interaction.user?.id, guild: interaction.guildId ?? undefined };
  try {
    if (interaction.isChatInputCommand()) {
      await answerCommand(interaction, ctx, interaction.commandName, optionsOf(interaction), context);
    } else if (interaction.isAutocomplete()) {
      await answerAutocompleteInteraction(interaction, ctx);
    } else if (interaction.isButton()) {
      await answerButton(interaction, ctx, context);
    }
  } catch (err) {
    logFailure(ctx, err, context);
  }
}

export function logFailure(ctx: InteractionContext, err: unknown, context: Record<string, unknown>): void {
  if (isStaleInteraction(err)) ctx.logger.warn('interaction expired or already answered', { ...context, error: err });
  else ctx.logger.error('could not answer interaction', { ...context, error: err, stack: (err as Error)?.stack });
}

/** String options as the handlers expect them: name → value. */
export function optionsOf(interaction: ChatInputCommandInteraction): CommandOptions {
  return optionValues(interaction.options.data);
}

/** Options as Discord sends them (`[{ name, value }]`, from discord.js or a raw payload) as name → value. */
export function optionValues(list: readonly { name: string; value?: unknown }[]): CommandOptions {
  const options: CommandOptions = {};
  for (const option of list) {
    if (option.value !== undefined && option.value !== null) options[option.name] = String(option.value);
  }
  return options;
}

/**
 * Answers a command: instantly for notices (bad options included, before anything public is shown);
 * for answers, replies directly when ready within deferAfterMs, else defers first. An expensive
 * command defers once its answer is known to be public, before its picture is drawn. "Nothing found"
 * and errors are ephemeral; after a public defer they are sent as an ephemeral followup and the
 * placeholder deleted.
 */
export async function answerCommand(interaction: Repliable, ctx: InteractionContext, commandName: string, options: CommandOptions, context: Record<string, unknown>): Promise<void> {
  const prepared = await prepareCommand(ctx, { commandName, options, userId: interaction.user.id });
  if (prepared.kind === 'notice') {
    await interaction.reply(asReply(prepared.message));
    return;
  }
  let deferred = false;
  const defer = async () => {
    if (deferred) return;
    deferred = true;
    await interaction.deferReply();
  };
  const running = runCommand(ctx, prepared, { ...context, command: commandName }, defer);
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), ctx.deferAfterMs)));
  const first = await Promise.race([running, late]);
  clearTimeout(timer);
  if (first === 'late') await defer();
  const result = await running;
  if (!deferred) {
    await interaction.reply(asReply(result.message));
  } else if (result.ephemeral) {
    await interaction.deleteReply().catch((err: unknown) => logFailure(ctx, err, context));
    await interaction.followUp(asReply(result.message));
  } else {
    await interaction.editReply(asEdit(result.message));
  }
}

async function answerAutocompleteInteraction(interaction: AutocompleteInteraction, ctx: InteractionContext): Promise<void> {
  const focused = interaction.options.getFocused(true);
  const choices = answerAutocomplete(ctx, { commandName: interaction.commandName, option: focused.name, typed: String(focused.value ?? '') });
  await interaction.respond(choices);
}

export async function answerButton(interaction: Clickable, ctx: InteractionContext, context: Record<string, unknown>): Promise<void> {
  const action = parseCustomId(interaction.customId);
  const footer = interaction.message?.embeds?.[0]?.footer?.text;
  if (!action) {
    await interaction.reply(asReply(noticeMessage(MESSAGES.unknownButton)));
    return;
  }
  if (action.kind === 'again') {
    const again = parseInvocation(footer, ctx.commands);
    if (!again) {
      await interaction.reply(asReply(noticeMessage(MESSAGES.expiredNoRerun)));
      return;
    }
    await answerCommand(interaction, ctx, again.command.name, again.options, context);
    return;
  }
  const result = await answerPage(ctx, { key: action.key, page: action.page, footer });
  if (result.kind === 'update') await interaction.update(asUpdate(result.message));
  else await interaction.reply(asReply(result.message));
}
