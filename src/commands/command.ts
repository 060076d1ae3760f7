import type { Story } from '../story/story.ts';

/** A slash command option. Only what both Discord and the console can express. */
export interface OptionSpec {
  name: string;
  description: string;
  type: 'string';
  required?: boolean;
  maxLength?: number;
  /** Values are suggested as the user types (see Command.autocomplete). */
  autocomplete?: boolean;
}

export type CommandOptions = Record<string, string | undefined>;

export interface Choice {
  name: string;
  value: string;
}

/**
 * One slash command: its options and a handler that turns a story and options into a structured,
 * cited answer (plain data). Rendering lives in src/render.
 */
export interface Command<Answer = unknown> {
  name: string;
  description: string;
  options: OptionSpec[];
  /** Slow or costly commands are rate-limited per user by the adapters. */
  expensive?: boolean;
  /** The answer is for the asker only (ephemeral on Discord), e.g. /help. */
  personal?: boolean;
  /**
   * Checks the options alone (no story, no work) and throws UserInputError for a bad one. Adapters
   * call it before anything public is shown, so a typo is answered only to the one who made it.
   */
  check?(options: CommandOptions): void;
  /** One example of use for /help and the CLI's --help: from the story when there is one, else generic. */
  example?(story?: Story): CommandOptions;
  handler(story: Story, options: CommandOptions): Answer | Promise<Answer>;
  autocomplete?(story: Story, option: string, typed: string): Choice[];
}

/** A problem with what the user typed: shown to them (ephemerally on Discord), never logged as a fault. */
export class UserInputError extends Error {
  override name = 'UserInputError';
}

export function defineCommand<Answer>(command: Command<Answer>): Command<Answer> {
  return command;
}

/** A text option trimmed of whitespace and control characters; undefined when nothing is left. */
export function textOption(options: CommandOptions, name: string, maxLength = 300): string | undefined {
  const raw = options[name];
  if (raw === undefined || raw === null) return undefined;
  const text = String(raw).replace(/[\u0000-\u001f\u007f]+/g, ' ').replace(/\s+/g, ' ').trim();
  if (!text) return undefined;
  if (text.length > maxLength) throw new UserInputError(`\`${name}\` is too long (${text.length} characters; at most ${maxLength}).`);
  return text;
}
