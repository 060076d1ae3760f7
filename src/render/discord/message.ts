import type { APIActionRowComponent, APIButtonComponent, APIEmbed } from 'discord.js';
import type { Presentation } from '../presentation.ts';
import { neutraliseMentions } from './escape.ts';
import { renderPages } from './embeds.ts';
import { COLOURS, FLAGS, LIMITS } from './limits.ts';
import { againRow, pageRow } from './pageButtons.ts';
import { truncateWords } from './truncate.ts';

/** Mentions in our messages ping no one: not users, roles, @everyone, nor the replied-to user. */
export const NO_PINGS = Object.freeze({ parse: [] as never[], repliedUser: false });

/** A message as discord.js accepts it for reply, editReply, followUp and update. Plain data. */
export interface DiscordMessage {
  content?: string;
  embeds: APIEmbed[];
  components: APIActionRowComponent<APIButtonComponent>[];
  files?: { attachment: Buffer; name: string; description?: string }[];
  /** Set to [] on page turns so a picture from page 1 does not linger. */
  attachments?: never[];
  allowedMentions: typeof NO_PINGS;
  flags?: number;
}

export interface AnswerMessageOptions {
  /** 1-based; clamped to the pages there are. */
  page?: number;
  /** Cache key of the answer, for page buttons; without one only the first page is shown. */
  key?: string;
  footer?: string;
}

function imageFileName(name: string): string {
  const base = name.replace(/[^A-Za-z0-9_.-]+/g, '_').replace(/^[._]+/, '').slice(0, 64);
  return /\.png$/i.test(base) ? base : `${base || 'image'}.png`;
}

/** One page of an answer, with page buttons when there is more than one page. */
export function answerMessage(p: Presentation, options: AnswerMessageOptions = {}): { message: DiscordMessage; page: number; pages: number } {
  const imageName = p.image ? imageFileName(p.image.name) : undefined;
  const pages = renderPages(p, { footer: options.footer, imageName });
  const page = Math.min(Math.max(1, Math.trunc(options.page ?? 1) || 1), pages.length);
  const row = options.key ? pageRow(page, pages.length, options.key) : undefined;
  const embed = { ...pages[page - 1] };
  if (!row && pages.length > 1 && !options.key) {
    // No cache to page through: say that there is more instead of dropping it silently.
    const more = `\n\n…and ${pages.length - 1} more page${pages.length > 2 ? 's' : ''}; ask a narrower question to see them.`;
    if ((embed.description?.length ?? 0) + more.length <= LIMITS.embedDescription) embed.description += more;
  }
  const message: DiscordMessage = { embeds: [embed], components: row ? [row] : [], allowedMentions: NO_PINGS };
  if (page === 1 && p.image && imageName) {
    message.files = [{ attachment: Buffer.from(p.image.png), name: imageName, description: truncateWords(p.image.description, LIMITS.attachmentDescription) }];
  } else {
    message.attachments = [];
  }
  return { message, page, pages: pages.length };
}

/** A short notice (errors, cooldowns, "still loading"), ephemeral unless said otherwise. */
export function noticeMessage(text: string, options: { ephemeral?: boolean; footer?: string; again?: boolean } = {}): DiscordMessage {
  const message: DiscordMessage = {
    content: truncateWords(neutraliseMentions(text), LIMITS.content),
    embeds: [],
    components: options.again ? [againRow()] : [],
    allowedMentions: NO_PINGS,
  };
  if (options.footer) {
    message.embeds = [{ description: 'The command this answered:', footer: { text: truncateWords(options.footer, LIMITS.embedFooter) }, color: COLOURS.notice }];
  }
  if (options.ephemeral ?? true) message.flags = FLAGS.ephemeral;
  return message;
}
