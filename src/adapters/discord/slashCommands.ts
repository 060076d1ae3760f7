import { ApplicationCommandOptionType, ApplicationCommandType, type RESTPostAPIChatInputApplicationCommandsJSONBody } from 'discord.js';
import { optionsWithStory, type Command, type OptionSpec } from '../../commands/command.ts';
import { LIMITS } from '../../render/discord/limits.ts';
import { truncateWords } from '../../render/discord/truncate.ts';

const NAME = /^[-_\p{Ll}\p{Lo}\p{N}]{1,32}$/u;

/** A command module as Discord's application command JSON. Required options come first, as Discord asks. */
export function toSlashCommand(command: Command): RESTPostAPIChatInputApplicationCommandsJSONBody {
  if (!NAME.test(command.name)) throw new Error(`/${command.name}: command names must be 1–32 lowercase letters, digits, - or _`);
  const subcommands = command.subcommands ?? [];
  const options = subcommands.length
    ? subcommands.map((sub) => {
        if (!NAME.test(sub.name)) throw new Error(`/${command.name}: subcommand "${sub.name}" must be 1–32 lowercase letters, digits, - or _`);
        return { type: ApplicationCommandOptionType.Subcommand, name: sub.name, description: truncateWords(sub.description, LIMITS.optionDescription), options: optionsJson(`${command.name} ${sub.name}`, sub.options) };
      })
    : optionsJson(command.name, optionsWithStory(command));
  if (options.length > LIMITS.optionsPerCommand) throw new Error(`/${command.name}: more than ${LIMITS.optionsPerCommand} options`);
  return {
    type: ApplicationCommandType.ChatInput,
    name: command.name,
    description: truncateWords(command.description, LIMITS.commandDescription),
    options: options as RESTPostAPIChatInputApplicationCommandsJSONBody['options'],
  };
}

function optionsJson(where: string, specs: OptionSpec[]) {
  if (specs.length > LIMITS.optionsPerCommand) throw new Error(`/${where}: more than ${LIMITS.optionsPerCommand} options`);
  return [...specs]
    .sort((a, b) => Number(!!b.required) - Number(!!a.required))
    .map((option) => {
      if (!NAME.test(option.name)) throw new Error(`/${where}: option "${option.name}" must be 1–32 lowercase letters, digits, - or _`);
      const common = { name: option.name, description: truncateWords(option.description, LIMITS.optionDescription), required: !!option.required };
      if (option.type === 'attachment') return { type: ApplicationCommandOptionType.Attachment, ...common };
      return {
        type: ApplicationCommandOptionType.String,
        ...common,
        ...(option.maxLength ? { max_length: Math.min(option.maxLength, LIMITS.stringOptionMaxLength) } : {}),
        ...(option.autocomplete ? { autocomplete: true } : {}),
        ...(option.choices?.length ? { choices: option.choices.slice(0, 25) } : {}),
      };
    });
}
