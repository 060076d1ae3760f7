import { ApplicationCommandOptionType, PermissionFlagsBits } from 'discord.js';
import type {
  AutocompleteInteraction,
  ButtonInteraction,
  ChatInputCommandInteraction,
  Interaction,
  InteractionEditReplyOptions,
  InteractionReplyOptions,
  InteractionUpdateOptions,
} from 'discord.js';
import type { AttachedFile, CommandContext, CommandOptions } from '../../commands/command.ts';
import type { DiscordMessage } from '../../render/discord/message.ts';
import { noticeMessage } from '../../render/discord/message.ts';
import { parseCustomId } from '../../render/discord/pageButtons.ts';
import { answerAutocomplete, answerPage, MESSAGES, prepareCommand, runCommand, type AnswerContext } from './answers.ts';
import { isStaleInteraction } from './discordErrors.ts';
import { parseInvocation } from './invocation.ts';

export interface InteractionContext extends AnswerContext {
  /** Defer a reply when the answer is not ready after this long (Discord allows 3 s in all). */
  deferAfterMs: number;
  /** Members with this role (id or name) may change stories, besides those with Manage Server. */
  storyAdminRole?: string;
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
      const { options, attachments } = inputOf(interaction);
      await answerCommand(interaction, ctx, interaction.commandName, options, context, attachments);
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
export function optionsOf(interaction: ChatInputCommandInteraction | AutocompleteInteraction): CommandOptions {
  return inputOf(interaction).options;
}

type OptionData = ChatInputCommandInteraction['options']['data'][number];

/** Options (a subcommand's flattened, its name as `subcommand`) and attached files by option name. */
export function inputOf(interaction: ChatInputCommandInteraction | AutocompleteInteraction): { options: CommandOptions; attachments: Record<string, AttachedFile> } {
  const options: CommandOptions = {};
  const attachments: Record<string, AttachedFile> = {};
  const add = (option: OptionData) => {
    if (option.type === ApplicationCommandOptionType.Subcommand) {
      options.subcommand = option.name;
      for (const inner of option.options ?? []) add(inner);
    } else if (option.type === ApplicationCommandOptionType.Attachment && option.attachment) {
      const a = option.attachment;
      attachments[option.name] = { url: a.url, name: a.name, size: a.size, ...(a.contentType ? { contentType: a.contentType } : {}) };
      options[option.name] = a.name;
    } else if (option.value !== undefined && option.value !== null) options[option.name] = String(option.value);
  };
  for (const option of interaction.options.data) add(option);
  return { options, attachments };
}

/** Who asks and where; admins have Manage Server or the configured role (by id or name). */
export function callerOf(interaction: Interaction, adminRole?: string): NonNullable<CommandContext['caller']> {
  let isAdmin = !!interaction.memberPermissions?.has(PermissionFlagsBits.ManageGuild);
  if (!isAdmin && adminRole && interaction.member) {
    const roles = interaction.member.roles;
    const ids = Array.isArray(roles) ? roles : [...roles.cache.keys()];
    const wanted = adminRole.toLowerCase();
    isAdmin = ids.some((id) => id === adminRole || interaction.guild?.roles.cache.get(id)?.name.toLowerCase() === wanted);
  }
  return { userId: interaction.user.id, guildId: interaction.guildId ?? undefined, channelId: interaction.channelId ?? undefined, isAdmin };
}

/**
 * Answers a command: instantly for notices; for answers, replies directly when ready within
 * deferAfterMs, else defers first (and always defers first for expensive commands, whose handlers
 * may block). After a public defer, an error is sent as an ephemeral followup and the placeholder deleted.
 */
async function answerCommand(
  interaction: Repliable,
  ctx: InteractionContext,
  commandName: string,
  options: CommandOptions,
  context: Record<string, unknown>,
  attachments: Record<string, AttachedFile> = {},
): Promise<void> {
  const caller = callerOf(interaction, ctx.storyAdminRole);
  const prepared = prepareCommand(ctx, { commandName, options, userId: interaction.user.id, place: caller, context: { caller, attachments } });
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
  const focused = interaction.options.getFocused(true);
  const caller = callerOf(interaction, ctx.storyAdminRole);
  const choices = answerAutocomplete(ctx, { commandName: interaction.commandName, option: focused.name, typed: String(focused.value ?? ''), options: optionsOf(interaction), place: caller, context: { caller } });
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
