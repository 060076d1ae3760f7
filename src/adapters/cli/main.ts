/**
 * One-shot CLI: runs one command handler against a story and prints the answer as text or JSON.
 *   npm run cli -- ask --question "who invited Putin?" [--story dir] [--json]
 * Exit codes: 0 answered, 2 bad usage or option, 1 the story could not be loaded or the handler failed.
 */
import { config as loadEnv } from 'dotenv';
import { UserInputError } from '../../commands/command.ts';
import { loadCommands } from '../../commands/registry.ts';
import { present } from '../../render/present/index.ts';
import { explanationText } from '../../render/explanation.ts';
import { renderText } from '../../render/text.ts';
import { loadStory, StoryLoadError } from '../../story/loadStory.ts';
import { cliInvocation, cliWording, optionsUsage } from '../../commands/usage.ts';
import type { Command } from '../../commands/command.ts';
import { CLI_USAGE, CliUsageError, parseCliArgs, unknownOption } from './parseArgs.ts';

export async function runCli(argv: readonly string[], out: (text: string) => void, err: (text: string) => void): Promise<number> {
  let args;
  try {
    args = parseCliArgs(argv);
  } catch (e) {
    if (e instanceof CliUsageError) {
      err(e.message);
      return 2;
    }
    throw e;
  }
  const commands = await loadCommands();
  if (args.help) {
    const only = commands.get(args.command);
    out(cliHelp(only ? new Map([[only.name, only]]) : commands));
    return 0;
  }
  const command = commands.get(args.command);
  if (!command) {
    err(`unknown command "${args.command}"; commands: ${[...commands.keys()].filter((c) => c !== 'help').join(', ')} (npm run cli -- --help lists them with their options)`);
    return 2;
  }
  const problem = unknownOption(command, args.options);
  if (problem) {
    err(problem);
    return 2;
  }
  let story;
  try {
    story = await loadStory(args.story ?? process.env.STORY_DIR?.trim() ?? 'seeds', {
      onWarning: (w) => err(`warning: ${w.file}: ${w.reason}`),
    });
  } catch (e) {
    if (e instanceof StoryLoadError) {
      err(`error: ${e.message}`);
      return 1;
    }
    throw e;
  }
  try {
    const answer = await command.handler(story, args.options);
    out(args.json ? JSON.stringify(answer, null, 2) : renderText(present(command.name, answer)));
    // With --json the explanation goes to stderr, so that stdout stays one JSON document.
    if (args.explain) (args.json ? err : out)(explanationText(command, answer, commands));
    return 0;
  } catch (e) {
    if (e instanceof UserInputError) {
      err(cliWording(e.message, commands));
      return 2;
    }
    err(`error: ${command.name} failed: ${(e as Error).message}`);
    return 1;
  }
}

/** Every command with its options as flags and an example, for --help. */
export function cliHelp(commands: ReadonlyMap<string, Command>): string {
  const lines = [CLI_USAGE, '', 'Commands:'];
  for (const command of commands.values()) {
    if (command.name === 'help') continue;
    lines.push(`  ${command.name} ${optionsUsage(command, 'cli')}`.trimEnd(), `      ${command.description}`);
    for (const o of command.options) lines.push(`      --${o.name}${o.required ? ' (required)' : ''}: ${o.description}`);
    lines.push(`      e.g. ${cliInvocation(command, command.example ?? {})}`);
  }
  lines.push(
    '',
    'Every command also takes:',
    '  --story <dir>   the story folder (default: STORY_DIR, else seeds)',
    '  --json          the structured answer instead of text',
    '  --explain       after the answer, which rule made each decision (commands that can say)',
    '  --help          this list (npm run cli -- help <command> for one command)',
  );
  return lines.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  loadEnv({ quiet: true });
  runCli(process.argv.slice(2), (t) => process.stdout.write(t + '\n'), (t) => process.stderr.write(t + '\n')).then(
    (code) => process.exit(code),
    (e) => {
      process.stderr.write(`error: ${(e as Error).stack ?? e}\n`);
      process.exit(1);
    },
  );
}
