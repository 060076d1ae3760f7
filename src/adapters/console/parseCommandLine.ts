import type { Command, CommandOptions } from '../../commands/command.ts';

export type ParsedLine =
  | { kind: 'empty' }
  | { kind: 'help' }
  | { kind: 'quit' }
  | { kind: 'error'; message: string }
  | { kind: 'command'; command: Command; options: CommandOptions };

/**
 * Parses a console line the way Discord users type slash commands:
 * `/ask question: who invited Putin?`, `/timeline from: 2018-07-16 to: 2018-07-19`. A command with a single
 * option also takes its value bare: `/ask who invited Putin?`.
 */
export function parseCommandLine(line: string, commands: ReadonlyMap<string, Command>): ParsedLine {
  const text = line.trim();
  if (!text) return { kind: 'empty' };
  const match = /^\/?([\w-]+)\s*([\s\S]*)$/.exec(text);
  if (!match) return { kind: 'error', message: `Commands start with a slash, e.g. /ask question: who said it? Type /help for the list.` };
  const name = match[1].toLowerCase();
  if (name === 'help') return { kind: 'help' };
  if (name === 'quit' || name === 'exit') return { kind: 'quit' };
  const command = commands.get(name);
  if (!command) return { kind: 'error', message: `There is no /${name}. Commands: ${[...commands.keys()].map((c) => `/${c}`).join(', ')}, /help.` };
  const rest = match[2].trim();
  const options: CommandOptions = {};
  if (!rest) return { kind: 'command', command, options };
  const names = command.options.map((o) => o.name);
  if (!names.length) return { kind: 'error', message: `/${name} takes no options.` };
  const marker = new RegExp(`(?:^|\\s)(${names.map(escapeRegExp).join('|')}):`, 'gi');
  const marks = [...rest.matchAll(marker)];
  if (!marks.length || marks[0].index !== 0) {
    const required = command.options.filter((o) => o.required);
    const target = command.options.length === 1 ? command.options[0] : required.length === 1 ? required[0] : undefined;
    if (!target || marks.length) {
      return { kind: 'error', message: `Write options as name: value, e.g. /${name} ${names[0]}: … (options: ${names.join(', ')}).` };
    }
    options[target.name] = rest;
    return { kind: 'command', command, options };
  }
  marks.forEach((mark, i) => {
    const start = (mark.index ?? 0) + mark[0].length;
    const end = i + 1 < marks.length ? marks[i + 1].index : rest.length;
    options[mark[1].toLowerCase()] = rest.slice(start, end).trim();
  });
  return { kind: 'command', command, options };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The /help text: every command with its options. */
export function helpText(commands: ReadonlyMap<string, Command>): string {
  const lines = ['Commands (type them as you would in Discord):'];
  for (const command of commands.values()) {
    const opts = command.options.map((o) => (o.required ? `${o.name}: …` : `[${o.name}: …]`)).join(' ');
    lines.push(`  /${command.name}${opts ? ' ' + opts : ''}`, `      ${command.description}`);
  }
  lines.push('  /help      this list', '  /quit      leave (or Ctrl-D)');
  return lines.join('\n');
}
