import { ApplicationCommandOptionType, PermissionFlagsBits } from 'discord.js';
import type {
  AutocompleteInteraction,
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

/**
 * Who asks and where, as a discord.js interaction from the gateway has it and as the HTTP endpoint's
 * (httpInteractions.ts) has it from the payload.
 */
export interface CallerInput {
  user: { id: string };
  guildId: string | null;
  channelId: string | null;
  memberPermissions: { has(permission: bigint): boolean } | null;
  member: { roles: readonly string[] | { cache: { keys(): Iterable<string> } } } | null;
  /** Role names by id where known (the gateway's cache); the HTTP endpoint knows role ids only. */
  guild?: { roles: { cache: { get(id: string): { name: string } | undefined } } } | null;
}

/** One option as Discord sends it: discord.js's option data, or a payload's with its attachment resolved. */
export interface OptionInput {
  name: string;
  type: number;
  value?: unknown;
  options?: readonly OptionInput[];
  attachment?: { url: string; name: string; size: number; contentType?: string | null } | null;
}

/**
 * What answering a command needs from an interaction: a discord.js interaction from the gateway has it,
 * and so does the HTTP endpoint's (httpInteractions.ts), which sends the same calls as HTTP responses
 * and webhook requests.
 */
export interface Repliable extends CallerInput {
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

export function logFailure(ctx: InteractionContext, err: unknown, context: Record<string, unknown>): void {
  if (isStaleInteraction(err)) ctx.logger.warn('interaction expired or already answered', { ...context, error: err });
  else ctx.logger.error('could not answer interaction', { ...context, error: err, stack: (err as Error)?.stack });
}

/** String options as the handlers expect them: name → value. */
export function optionsOf(interaction: { options: { data: readonly OptionInput[] } }): CommandOptions {
  return inputOf(interaction).options;
}

/** Options (a subcommand's flattened, its name as `subcommand`) and attached files by option name. */
export function inputOf(interaction: { options: { data: readonly OptionInput[] } }): { options: CommandOptions; attachments: Record<string, AttachedFile> } {
  const options: CommandOptions = {};
  const attachments: Record<string, AttachedFile> = {};
  const add = (option: OptionInput) => {
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

/** Who asks and where; admins have Manage Server (or Administrator) or the configured role (by id, or by name where names are known). */
export function callerOf(interaction: CallerInput, adminRole?: string): NonNullable<CommandContext['caller']> {
  const permissions = interaction.memberPermissions;
  let isAdmin = !!permissions && (permissions.has(PermissionFlagsBits.ManageGuild) || permissions.has(PermissionFlagsBits.Administrator));
  if (!isAdmin && adminRole && interaction.member) {
    const roles = interaction.member.roles;
    const ids = Array.isArray(roles) ? (roles as readonly string[]) : [...(roles as { cache: { keys(): Iterable<string> } }).cache.keys()];
    const wanted = adminRole.toLowerCase();
    isAdmin = ids.some((id) => id === adminRole || interaction.guild?.roles.cache.get(id)?.name.toLowerCase() === wanted);
  }
  return { userId: interaction.user.id, guildId: interaction.guildId ?? undefined, channelId: interaction.channelId ?? undefined, isAdmin };
}

/**
 * Answers a command: instantly for notices (bad options included, before anything public is shown);
 * for answers, replies directly when ready within deferAfterMs, else defers first. An expensive
 * command defers once its answer is known to be public, before its picture is drawn. "Nothing found"
 * and errors are ephemeral; after a public defer they are sent as an ephemeral followup and the
 * placeholder deleted.
 */
export async function answerCommand(
  interaction: Repliable,
  ctx: InteractionContext,
  commandName: string,
  options: CommandOptions,
  context: Record<string, unknown>,
  attachments: Record<string, AttachedFile> = {},
): Promise<void> {
  const caller = callerOf(interaction, ctx.storyAdminRole);
  const prepared = await prepareCommand(ctx, { commandName, options, userId: interaction.user.id, place: caller, context: { caller, attachments } });
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
  // An answer that waits for an analysis still running is deferred at once, not after deferAfterMs.
  if (prepared.command.answersLater?.(prepared.story, prepared.options)) await defer();
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
  // An autocomplete with no focused option (a malformed request) still gets an answer: no suggestions.
  let focused: { name: string; value: unknown } | undefined;
  try {
    focused = interaction.options.getFocused(true);
  } catch {
    focused = undefined;
  }
  const caller = callerOf(interaction, ctx.storyAdminRole);
  const choices = focused
    ? await answerAutocomplete(ctx, { commandName: interaction.commandName, option: focused.name, typed: String(focused.value ?? ''), options: optionsOf(interaction), place: caller, context: { caller } })
    : [];
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
