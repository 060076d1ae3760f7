import { optionsWithStory, type Command, type CommandOptions } from '../../commands/command.ts';
import { slashInvocation } from '../../commands/usage.ts';

/**
 * How an answer was asked for, written on the answer's last footer line ("/ask question: who?") so
 * that a stateless "Run again" button can ask again after the cached answer expired.
 */
export function formatInvocation(command: Command, options: CommandOptions): string {
  return slashInvocation(command, options, optionsWithStory(command));
}

/** The footer of an answer: the story's name, then the invocation on its own line. */
export function answerFooter(storyName: string, command: Command, options: CommandOptions): string {
  return `${storyName.replace(/\s+/g, ' ').trim()}\n${formatInvocation(command, options)}`;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Reads the invocation back from a footer (its last line); undefined when it names no known command. */
export function parseInvocation(footer: string | undefined, commands: ReadonlyMap<string, Command>): { command: Command; options: CommandOptions } | undefined {
  if (!footer) return undefined;
  const line = footer.split('\n').pop()!.trim();
  const head = /^\/([^\s]+)/.exec(line);
  const command = head ? commands.get(head[1]) : undefined;
  if (!command) return undefined;
  const names = optionsWithStory(command).map((o) => o.name);
  const pattern = new RegExp(`^/${escapeRegExp(command.name)}${names.map((n) => `(?: ${escapeRegExp(n)}: (.*?))?`).join('')}$`, 'u');
  const match = pattern.exec(line);
  if (!match) return undefined;
  const options: CommandOptions = {};
  names.forEach((name, i) => {
    if (match[i + 1] !== undefined) options[name] = match[i + 1];
  });
  return { command, options };
}
