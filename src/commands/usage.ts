import type { Command, CommandOptions, OptionSpec } from './command.ts';

/** An option value on one line: control characters and runs of whitespace become one space. */
export function oneLine(value: unknown): string {
  return String(value).replace(/[\u0000-\u001f\u007f\s]+/g, ' ').trim();
}

/**
 * A command as typed in Discord and the console: `/timeline from: 2018-07-16 to: 2018-07-19`, or
 * `/story add url: …` for a subcommand. `specs`: the options to write (default the command's own).
 */
export function slashInvocation(command: Command, options: CommandOptions, specs: readonly OptionSpec[] = command.options): string {
  const sub = options.subcommand ? command.subcommands?.find((s) => s.name === options.subcommand) : undefined;
  const parts = sub ? [`/${command.name}`, sub.name] : [`/${command.name}`];
  for (const spec of sub ? sub.options : specs) {
    const value = options[spec.name];
    if (value === undefined || value === null) continue;
    const text = oneLine(value);
    if (text) parts.push(`${spec.name}: ${text}`);
  }
  return parts.join(' ');
}

/** A command as typed for the CLI: `npm run cli -- ask --question "who said it?"`. */
export function cliInvocation(command: Command, options: CommandOptions): string {
  const parts = ['npm run cli --', command.name];
  for (const spec of command.options) {
    const value = options[spec.name];
    if (value === undefined || value === null) continue;
    const text = oneLine(value);
    if (text) parts.push(`--${spec.name} ${/^[\w.:/-]+$/.test(text) ? text : JSON.stringify(text)}`);
  }
  return parts.join(' ');
}

/** A command's options for a usage line: `question: …` and `[about: …]` (optional), or as CLI flags. */
export function optionsUsage(command: Command, style: 'slash' | 'cli'): string {
  if (command.subcommands?.length) return command.subcommands.map((s) => s.name).join('|') + ' …';
  return command.options
    .map((o) => {
      const text = style === 'slash' ? `${o.name}: …` : `--${o.name} …`;
      return o.required ? text : `[${text}]`;
    })
    .join(' ');
}

/**
 * "question: who? speaker: Coats" → { question: 'who?', speaker: 'Coats' }, read word by word (no pattern
 * over the whole text); undefined when the text is not only `name: value` pairs.
 */
function namedOptions(text: string): CommandOptions | undefined {
  const options: CommandOptions = {};
  let name: string | undefined;
  let value: string[] = [];
  for (const word of text.split(/\s+/).filter(Boolean)) {
    const named = /^([\w-]+):(.*)$/.exec(word);
    if (named) {
      if (name !== undefined) options[name] = value.join(' ');
      name = named[1];
      value = named[2] ? [named[2]] : [];
    } else if (name === undefined) return undefined;
    else value.push(word);
  }
  if (name !== undefined) options[name] = value.join(' ');
  return options;
}

/**
 * A UserInputError message written for Discord ("`from` (2018-07-20) is after `to`", "for example
 * `/ask question: who?`") reworded for the CLI: option names as flags, invocations as CLI commands.
 */
export function cliWording(message: string, commands: ReadonlyMap<string, Command>): string {
  return message.replace(/`([^`]+)`/g, (whole, inner: string) => {
    const slash = /^\/([\w-]+)(?:\s(.*))?$/s.exec(inner.trim());
    const command = slash ? commands.get(slash[1]) : undefined;
    const options = slash ? namedOptions(slash[2] ?? '') : undefined;
    if (command && options) return `\`${cliInvocation(command, options)}\``;
    const isOption = [...commands.values()].some((c) => c.options.some((o) => o.name === inner));
    return isOption ? `--${inner}` : whole;
  });
}
