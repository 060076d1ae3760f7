import { clearLine, createInterface, cursorTo } from 'node:readline';
import type { AnswerCache } from '../../cache/answerCache.ts';
import { type Command, UserInputError } from '../../commands/command.ts';
import type { Logger } from '../../log.ts';
import { present } from '../../render/present/index.ts';
import { explanationText } from '../../render/explanation.ts';
import { renderText } from '../../render/text.ts';
import type { Story } from '../../story/story.ts';
import { CONSOLE_HELP, helpText, parseCommandLine } from './parseCommandLine.ts';

export interface ConsoleDeps {
  story: Story;
  commands: ReadonlyMap<string, Command>;
  cache: AnswerCache;
  logger: Logger;
  input?: NodeJS.ReadableStream;
  output?: NodeJS.WritableStream;
  /** Where log lines go (stderr); the prompt is drawn again after each. */
  logOutput?: NodeJS.WritableStream;
  /** Receives the function that prints a log line above the prompt, for the logger to use while the console runs. */
  attachLog?: (print: (line: string) => void) => void;
}

/** Answers one console line; returns the text to print, or null to quit. Never throws. */
export async function answerLine(line: string, deps: Omit<ConsoleDeps, 'input' | 'output'>): Promise<string | null> {
  const parsed = parseCommandLine(line, deps.commands);
  switch (parsed.kind) {
    case 'empty':
      return '';
    case 'quit':
      return null;
    case 'help': {
      const help = deps.commands.get('help');
      if (!help) return helpText(deps.commands);
      const { answer } = await deps.cache.run(help, deps.story, {});
      return `${renderText(present(help.name, answer))}\n\n${CONSOLE_HELP}`;
    }
    case 'error':
      return parsed.message;
    case 'command':
      try {
        const { answer } = await deps.cache.run(parsed.command, deps.story, parsed.options);
        const text = renderText(present(parsed.command.name, answer));
        return parsed.explain ? `${text}\n${explanationText(parsed.command, answer, deps.commands)}` : text;
      } catch (err) {
        if (err instanceof UserInputError) return err.message;
        deps.logger.error(`/${parsed.command.name} failed`, { options: parsed.options, error: err as Error });
        return `Sorry, /${parsed.command.name} failed on that input. The error was logged.`;
      }
  }
}

/** An interactive console that takes slash commands like Discord does, for use without a bot token. */
export async function runConsole(deps: ConsoleDeps): Promise<void> {
  const output = deps.output ?? process.stdout;
  const rl = createInterface({ input: deps.input ?? process.stdin, output, prompt: 'storyline> ' });
  output.write(
    `storyline console — story “${deps.story.name}”: ${deps.story.articles.length} articles, ${deps.story.sentences.length} sentences.\n` +
      `No DISCORD_TOKEN is set, so questions are answered here: type a question, or a command such as /sources — /help lists them.\n`,
  );
  let answering = false;
  deps.attachLog?.((line) => {
    // Clear the prompt line, print the log line, then draw the prompt and what was typed again.
    if (!answering) {
      clearLine(output, 0);
      cursorTo(output, 0);
    }
    (deps.logOutput ?? process.stderr).write(line + '\n');
    if (!answering) rl.prompt(true);
  });
  rl.prompt();
  for await (const line of rl) {
    answering = true;
    const reply = await answerLine(line, deps);
    answering = false;
    if (reply === null) break;
    if (reply) output.write(reply + '\n');
    rl.prompt();
  }
  rl.close();
}
