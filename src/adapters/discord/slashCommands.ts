import { ApplicationCommandOptionType, ApplicationCommandType, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import type { Command } from '../../commands/command.ts';
import { LIMITS } from '../../render/discord/limits.ts';
import { truncateWords } from '../../render/discord/truncate.ts';

const NAME = /^[-_\p{Ll}\p{Lo}\p{N}]{1,32}$/u;

/** A command module as Discord's application command JSON. Required options come first, as Discord asks. */
export function toSlashCommand(command: Command): RESTPostAPIChatInputApplicationCommandsJSONBody {
  if (!NAME.test(command.name)) throw new Error(`/${command.name}: command names must be 1–32 lowercase letters, digits, - or _`);
  if (command.options.length > LIMITS.optionsPerCommand) throw new Error(`/${command.name}: more than ${LIMITS.optionsPerCommand} options`);
  const options = [...command.options].sort((a, b) => Number(!!b.required) - Number(!!a.required));
  return {
    type: ApplicationCommandType.ChatInput,
    name: command.name,
    description: truncateWords(command.description, LIMITS.commandDescription),
    options: options.map((option) => {
      if (!NAME.test(option.name)) throw new Error(`/${command.name}: option "${option.name}" must be 1–32 lowercase letters, digits, - or _`);
      return {
        type: ApplicationCommandOptionType.String,
        name: option.name,
        description: truncateWords(option.description, LIMITS.optionDescription),
        required: !!option.required,
        ...(option.maxLength ? { max_length: Math.min(option.maxLength, LIMITS.stringOptionMaxLength) } : {}),
        ...(option.autocomplete ? { autocomplete: true } : {}),
      };
    }),
  };
}
