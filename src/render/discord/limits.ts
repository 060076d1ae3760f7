/**
 * Discord's limits, in one place. The Discord renderer is the only code that truncates, and it
 * truncates to these numbers. Source: Discord developer docs (Message, Embed, Interaction pages).
 */
export const LIMITS = {
  /** Message `content`. */
  content: 2000,
  embedTitle: 256,
  embedDescription: 4096,
  embedFieldName: 256,
  embedFieldValue: 1024,
  embedFields: 25,
  embedFooter: 2048,
  embedAuthorName: 256,
  /** Sum of every embed's title, description, field names and values, footer and author name. */
  embedTotal: 6000,
  embedsPerMessage: 10,
  /** Autocomplete and option choices. */
  choices: 25,
  choiceName: 100,
  choiceValue: 100,
  customId: 100,
  buttonLabel: 80,
  actionRows: 5,
  buttonsPerRow: 5,
  commandName: 32,
  commandDescription: 100,
  optionName: 32,
  optionDescription: 100,
  optionsPerCommand: 25,
  stringOptionMaxLength: 6000,
  attachmentDescription: 1024,
  /** An interaction must be acknowledged (reply, defer or update) within this many milliseconds. */
  acknowledgeMs: 3000,
  /** After deferring, the interaction token stays valid for followups for 15 minutes. */
  interactionTokenMs: 15 * 60 * 1000,
} as const;

/** Message flag bits used here. */
export const FLAGS = {
  ephemeral: 1 << 6,
} as const;

/** Embed colour for answers (a calm blue) and for problems. */
export const COLOURS = {
  answer: 0x3b82f6,
  notice: 0xf59e0b,
} as const;
