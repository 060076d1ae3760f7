import type { Story } from '../story/story.ts';
import type { StoryDesk } from '../stories/desk.ts';

/** A slash command option. Text, or (Discord only) a file the user attaches. */
export interface OptionSpec {
  name: string;
  description: string;
  type: 'string' | 'attachment';
  required?: boolean;
  maxLength?: number;
  /** Values are suggested as the user types (see Command.autocomplete). */
  autocomplete?: boolean;
  /** A fixed list of values to pick from. */
  choices?: Choice[];
}

/** A group of options under a name (`/story add url:`); the chosen one arrives as options.subcommand. */
export interface SubcommandSpec {
  name: string;
  description: string;
  options: OptionSpec[];
}

/** Option values by name; for a command with subcommands, `subcommand` holds the chosen one. */
export type CommandOptions = Record<string, string | undefined>;

/** A file attached to an attachment option, as the chat platform describes it. */
export interface AttachedFile {
  url: string;
  name: string;
  size: number;
  contentType?: string;
}

/** Who asks and where, for commands whose answer depends on it (the story commands). */
export interface CommandContext {
  caller?: { userId: string; guildId?: string; channelId?: string; isAdmin: boolean };
  /** Attachment options by name. */
  attachments?: Record<string, AttachedFile>;
  /** The stories the bot serves, when the adapter has them. */
  stories?: StoryDesk;
  /** The commands as the adapter runs them (answered by the analysis workers), for /help. */
  commands?: ReadonlyMap<string, Command>;
}

/** The option every story-reading command takes on Discord: which story to answer from. */
export const STORY_OPTION: OptionSpec = {
  name: 'story',
  description: "Which story to answer from (default: this channel's, else this server's)",
  type: 'string',
  maxLength: 100,
  autocomplete: true,
};

/** A command's options plus `story:` (commands with subcommands or their own `story` option keep theirs). */
export function optionsWithStory(command: Command): OptionSpec[] {
  if (command.subcommands?.length || command.options.some((o) => o.name === STORY_OPTION.name)) return command.options;
  return [...command.options, STORY_OPTION];
}

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
  /** Instead of options: named groups of options, one chosen per call. */
  subcommands?: SubcommandSpec[];
  /** Slow or costly commands are rate-limited per user by the adapters. */
  expensive?: boolean;
  /**
   * --explain (CLI and console, never Discord): for each decision in the answer, the rule that made it, the
   * words it read and the candidates it passed over, as printable lines.
   */
  explain?(answer: Answer): string[];
  /**
   * The command manages the stories themselves (/story): it runs whatever story is loaded, gets the
   * story desk in its context, and its answers (which depend on who asks and where) are never cached.
   */
  managesStories?: boolean;
  /** The answer is for the asker only (ephemeral on Discord), e.g. /help. */
  personal?: boolean;
  /**
   * Checks the options alone (no story, no work) and throws UserInputError for a bad one. Adapters
   * call it before anything public is shown, so a typo is answered only to the one who made it. A
   * returned promise is awaited (a check may load the code that reads the option, e.g. typed dates).
   */
  check?(options: CommandOptions): unknown;
  /** One example of use for the CLI's --help, and for /help when the story gives none. */
  example?: CommandOptions;
  /** An example from the story (a speaker it quotes, a topic it covers) for /help; undefined when it has none. */
  exampleFrom?(story: Story): CommandOptions | undefined | Promise<CommandOptions | undefined>;
  /**
   * The answer. A command whose answer needs an analysis (people, quotes, dates, the search tables) loads
   * that code on first call, so the thread that only routes commands to the analysis workers never loads it.
   */
  handler(story: Story, options: CommandOptions, context?: CommandContext): Answer | Promise<Answer>;
  autocomplete?(story: Story, option: string, typed: string, context?: CommandContext & { options?: CommandOptions }): Choice[] | Promise<Choice[]>;
  /** Set by src/workers/analysisPool.ts: the answer waits for an analysis still running, so adapters defer at once. */
  answersLater?(story: Story, options: CommandOptions): boolean;
  /** Set by src/workers/analysisPool.ts: suggestions that come later, from an analysis worker (used instead of autocomplete). */
  autocompleteLater?(story: Story, option: string, typed: string, context?: CommandContext & { options?: CommandOptions }): Promise<Choice[]>;
}

/** A problem with what the user typed: shown to them (ephemerally on Discord), never logged as a fault. */
export class UserInputError extends Error {
  override name = 'UserInputError';
}

export function defineCommand<Answer>(command: Command<Answer>): Command<Answer> {
  return command;
}

/**
 * Code a command's answer needs (an analysis, the search), loaded on the first call and shared after:
 * `const quoteAnalysis = loadedOnFirstUse(async () => …await import(…)…)`. The bot's main thread, which
 * routes those commands to the analysis workers, never loads it.
 */
export function loadedOnFirstUse<T>(load: () => Promise<T>): () => Promise<T> {
  let loaded: Promise<T> | undefined;
  return () => (loaded ??= load());
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
