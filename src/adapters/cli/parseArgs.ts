import type { Command, CommandOptions } from '../../commands/command.ts';

export interface CliArgs {
  command: string;
  /** --help, -h or `help [command]`: print usage instead of answering. */
  help?: boolean;
  options: CommandOptions;
  story?: string;
  json: boolean;
  /** --explain: after the answer, which rule made each of its decisions (commands that have `explain`). */
  explain?: boolean;
}

export class CliUsageError extends Error {}

export const CLI_USAGE = 'usage: npm run cli -- <command> [--<option> <value>]... [--story <dir>] [--json] [--explain]';

/** Parses `ask --question "who?" --json` (also `--question=who?`, and `/ask`). */
export function parseCliArgs(argv: readonly string[]): CliArgs {
  const args = [...argv];
  const first = args.shift();
  if (first === '--help' || first === '-h' || first === 'help') return { command: args[0]?.replace(/^\//, '').toLowerCase() ?? '', help: true, options: {}, json: false };
  if (!first || first.startsWith('-')) throw new CliUsageError(`${CLI_USAGE}\n(npm run cli -- --help lists the commands)`);
  const result: CliArgs = { command: first.replace(/^\//, '').toLowerCase(), options: {}, json: false };
  if (args.includes('--help') || args.includes('-h')) return { ...result, help: true };
  while (args.length) {
    const arg = args.shift()!;
    if (!arg.startsWith('--')) throw new CliUsageError(`unexpected "${arg}": options are written --name value. ${CLI_USAGE}`);
    let name = arg.slice(2);
    let value: string | undefined;
    const eq = name.indexOf('=');
    if (eq >= 0) {
      value = name.slice(eq + 1);
      name = name.slice(0, eq);
    }
    if (name === 'json' || name === 'explain') {
      result[name] = true;
      continue;
    }
    if (value === undefined) {
      value = args.shift();
      if (value === undefined) throw new CliUsageError(`--${name} needs a value`);
    }
    if (name === 'story') result.story = value;
    else result.options[name] = value;
  }
  return result;
}

/** Checks option names against the command's; returns a message for the first unknown one. */
export function unknownOption(command: Command, options: CommandOptions): string | undefined {
  const known = new Set(command.options.map((o) => o.name));
  const bad = Object.keys(options).find((name) => !known.has(name));
  if (!bad) return undefined;
  const list = command.options.map((o) => `--${o.name}`).join(', ') || 'none';
  return `${command.name} has no option --${bad} (its options: ${list}; npm run cli -- help ${command.name})`;
}
