import type {
  AutocompleteInteraction,
  ButtonInteraction,
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

type Repliable = ChatInputCommandInteraction | ButtonInteraction;

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

function logFailure(ctx: InteractionContext, err: unknown, context: Record<string, unknown>): void {
  if (isStaleInteraction(err)) ctx.logger.warn('interaction expired or already answered', { ...context, error: err });
  else ctx.logger.error('could not answer interaction', { ...context, error: err, stack: (err as Error)?.stack });
}

/** String options as the handlers expect them: name → value. */
export function optionsOf(interaction: ChatInputCommandInteraction): CommandOptions {
  const options: CommandOptions = {};
  for (const option of interaction.options.data) {
    if (option.value !== undefined && option.value !== null) options[option.name] = String(option.value);
  }
  return options;
}

/**
 * Answers a command: instantly for notices; for answers, replies directly when ready within
 * deferAfterMs, else defers first (and always defers first for expensive commands, whose handlers
 * may block). After a public defer, an error is sent as an ephemeral followup and the placeholder deleted.
 */
async function answerCommand(interaction: Repliable, ctx: InteractionContext, commandName: string, options: CommandOptions, context: Record<string, unknown>): Promise<void> {
  const prepared = prepareCommand(ctx, { commandName, options, userId: interaction.user.id });
  if (prepared.kind === 'notice') {
    await interaction.reply(asReply(prepared.message));
    return;
  }
  let deferred = false;
  if (prepared.command.expensive) {
    await interaction.deferReply();
    deferred = true;
  }
  const running = runCommand(ctx, prepared, { ...context, command: commandName });
  if (!deferred) {
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<'late'>((resolve) => (timer = setTimeout(() => resolve('late'), ctx.deferAfterMs)));
    const first = await Promise.race([running, late]);
    clearTimeout(timer);
    if (first === 'late') {
      await interaction.deferReply();
      deferred = true;
    }
  }
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
  // An autocomplete with no focused option (a malformed request) still gets an answer: no suggestions.
  let focused: { name: string; value: unknown } | undefined;
  try {
    focused = interaction.options.getFocused(true);
  } catch {
    focused = undefined;
  }
  const choices = focused ? answerAutocomplete(ctx, { commandName: interaction.commandName, option: focused.name, typed: String(focused.value ?? '') }) : [];
  await interaction.respond(choices);
}

async function answerButton(interaction: ButtonInteraction, ctx: InteractionContext, context: Record<string, unknown>): Promise<void> {
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
