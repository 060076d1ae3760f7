/**
 * What --explain prints after an answer (CLI and console; Discord never shows it): the command's own
 * explanation of its decisions, or, for a command without one, which commands can explain themselves.
 */
import type { Command } from '../commands/command.ts';

export function explanationText(command: Command, answer: unknown, commands: ReadonlyMap<string, Command>): string {
  if (!command.explain) {
    const explaining = [...commands.values()].filter((c) => c.explain).map((c) => c.name);
    return `\n${command.name} has nothing to explain: only ${explaining.join(', ') || 'no command'} can say which rule made each decision.`;
  }
  const lines = command.explain(answer);
  return ['', 'Explanation:', ...(lines.length ? lines : ['(no decision to explain)'])].join('\n');
}
