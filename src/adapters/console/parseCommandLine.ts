import type { Command, CommandOptions } from '../../commands/command.ts';
import { boundedLevenshtein } from '../../search/editDistance.ts';
import { optionsUsage, slashInvocation } from '../../commands/usage.ts';

export type ParsedLine =
  | { kind: 'empty' }
  | { kind: 'help' }
  | { kind: 'quit' }
  | { kind: 'error'; message: string }
  | { kind: 'command'; command: Command; options: CommandOptions; explain?: boolean };

/** `--explain` anywhere in a line, as a word of its own: print which rule made each decision after the answer. */
const EXPLAIN_FLAG = /(?:^|\s)--explain(?=\s|$)/g;

/** The command a plain line (no slash, not a command's name) is a question for, and its option. */
const PLAIN_LINE = { command: 'ask', option: 'question' };

/** Typed names closer than this edit distance to a real one are offered as "did you mean" ("aks" → "ask"). */
const TYPO_DISTANCE = 3;

/**
 * Parses a console line the way Discord users type slash commands:
 * `/ask question: who invited Putin?`, `/timeline from: 2018-07-16 to: 2018-07-19`. A command with a single
 * option also takes its value bare (`/ask who invited Putin?`), and a line without a slash is a question
 * for /ask. Misspelt commands and option names are errors that name the right ones; an unknown option is
 * never folded into another option's value.
 */
export function parseCommandLine(line: string, commands: ReadonlyMap<string, Command>): ParsedLine {
  const withoutFlag = line.replace(EXPLAIN_FLAG, ' ');
  const explain = withoutFlag !== line;
  const parsed = parseLine(withoutFlag, commands);
  return explain && parsed.kind === 'command' ? { ...parsed, explain } : parsed;
}

function parseLine(line: string, commands: ReadonlyMap<string, Command>): ParsedLine {
  const text = line.trim();
  if (!text) return { kind: 'empty' };
  const match = /^(\/?)([\w-]+)(?:\s+|$)([\s\S]*)$/.exec(text);
  const slash = match?.[1] === '/';
  const name = match?.[2].toLowerCase() ?? '';
  const rest = match?.[3].trim() ?? '';
  if (['help', 'quit', 'exit'].includes(name) && (slash || !rest)) return name === 'help' ? { kind: 'help' } : { kind: 'quit' };
  const command = match ? commands.get(name) : undefined;
  if (!slash && !(command && (!rest || /^[\w-]+:/.test(rest)))) {
    const ask = commands.get(PLAIN_LINE.command);
    if (ask) return { kind: 'command', command: ask, options: { [PLAIN_LINE.option]: text } };
  }
  if (!match) return { kind: 'error', message: `Commands start with a slash, e.g. /ask question: who said it? Type /help for the list.` };
  if (!command) return { kind: 'error', message: unknownCommand(name, rest, commands) };
  return parseOptions(command, rest);
}

function unknownCommand(name: string, rest: string, commands: ReadonlyMap<string, Command>): string {
  const names = [...commands.keys()].filter((c) => c !== 'help');
  // "/who said …": a command name typed with a space for its hyphen.
  const joined = `${name}-${rest.split(/\s+/)[0]?.toLowerCase() ?? ''}`;
  const guess = commands.has(joined) ? joined : closest(name, names);
  const list = `Commands: ${names.map((c) => `/${c}`).join(', ')}, /help, /quit.`;
  return guess ? `There is no /${name}. Did you mean /${guess}? ${list}` : `There is no /${name}. ${list}`;
}

function closest(typed: string, names: readonly string[]): string | undefined {
  let best: string | undefined;
  let bestDistance = typed.length <= 2 ? TYPO_DISTANCE - 1 : TYPO_DISTANCE;
  for (const name of names) {
    const d = boundedLevenshtein(typed, name, bestDistance);
    if (d < bestDistance) {
      best = name;
      bestDistance = d;
    }
  }
  return best;
}

/** `name: value` pairs; a leading `word:` (or a misspelt option name later on) that is not an option is an error. */
function parseOptions(command: Command, rest: string): ParsedLine {
  const options: CommandOptions = {};
  if (!rest) return { kind: 'command', command, options };
  const names = command.options.map((o) => o.name);
  if (!names.length) return { kind: 'error', message: `/${command.name} takes no options.` };
  const valid = `Its options: ${names.join(', ')}. Example: ${slashInvocation(command, command.example ?? {})}`;
  const labels = [...rest.matchAll(/(?:^|\s)([\p{L}][\p{L}\d_-]*):(?=\s|$)/gu)];
  for (const label of labels) {
    const word = label[1].toLowerCase();
    if (names.includes(word)) continue;
    const atStart = label.index === 0;
    const guess = closest(word, names);
    if (atStart || guess) {
      return { kind: 'error', message: `/${command.name} has no option “${label[1]}”.${guess ? ` Did you mean “${guess}:”?` : ''} ${valid}` };
    }
  }
  const marker = new RegExp(`(?:^|\\s)(${names.map(escapeRegExp).join('|')}):`, 'gi');
  const marks = [...rest.matchAll(marker)];
  if (!marks.length || marks[0].index !== 0) {
    const required = command.options.filter((o) => o.required);
    const target = command.options.length === 1 ? command.options[0] : required.length === 1 ? required[0] : undefined;
    if (!target || marks.length) {
      return { kind: 'error', message: `Write options as name: value, e.g. /${command.name} ${names[0]}: … ${valid}` };
    }
    options[target.name] = rest;
    return { kind: 'command', command, options };
  }
  for (const [i, mark] of marks.entries()) {
    const start = (mark.index ?? 0) + mark[0].length;
    const end = i + 1 < marks.length ? marks[i + 1].index : rest.length;
    const option = mark[1].toLowerCase();
    if (option in options) return { kind: 'error', message: `${option}: is given twice.` };
    options[option] = rest.slice(start, end).trim();
  }
  return { kind: 'command', command, options };
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The console's own part of /help: how to type commands here. */
export const CONSOLE_HELP = [
  'In this console, type commands as you would in Discord (/ask question: who said it?), or just type a',
  'question: a line without a slash is asked with /ask. /help shows this, /quit (or Ctrl-D) leaves.',
  'Add --explain to a command to see which rule made each decision (/who-said quote: … --explain).',
].join('\n');

/** The /help text without a story: every command with its options and an example. */
export function helpText(commands: ReadonlyMap<string, Command>): string {
  const lines = ['Commands (type them as you would in Discord):'];
  for (const command of commands.values()) {
    if (command.name === 'help') continue;
    lines.push(`  /${command.name} ${optionsUsage(command, 'slash')}`.trimEnd(), `      ${command.description}`);
    if (command.example) lines.push(`      e.g. ${slashInvocation(command, command.example)}`);
  }
  lines.push('  /help      this list', '  /quit      leave (or Ctrl-D)', '', CONSOLE_HELP);
  return lines.join('\n');
}
