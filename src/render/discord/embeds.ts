import type { APIEmbed } from 'discord.js';
import { citedSources, type CitedSource, type Presentation, type PresentedItem } from '../presentation.ts';
import type { Citation } from '../../story/types.ts';
import { escapeMarkdown, safeUrl } from './escape.ts';
import { COLOURS, LIMITS } from './limits.ts';
import { truncateWords } from './truncate.ts';

/** At most this many items on one page, however short they are: a page should read at a glance. */
export const ITEMS_PER_PAGE = 5;
const ITEM_GAP = '\n\n';

export interface PageOptions {
  /** Plain text under the answer: the story's name and how the answer was asked for. */
  footer?: string;
  /** Name of the attached picture, shown on the first page. */
  imageName?: string;
}

/** A cited source as a (linked, when the article has a url) source line. Never cut. */
export function citationLink(source: CitedSource): string {
  const label = escapeMarkdown(source.label);
  const url = safeUrl(source.url);
  return url ? `[${label}](${url})` : label;
}

/** Joins whole cited sources (one per article) that fit in `max` characters; the rest are counted, never cut. */
export function citationLine(citations: Citation[], max: number): string {
  if (!citations.length) return '';
  const links = citedSources(citations).map(citationLink);
  for (let shown = links.length; shown > 0; shown--) {
    const more = links.length - shown;
    const line = `— ${links.slice(0, shown).join(' · ')}${more ? ` · +${more} more` : ''}`;
    if (line.length <= max) return line;
  }
  const line = `— ${links.length} sources`;
  return line.length <= max ? line : '';
}

/** One item as a description block: bold heading, the text, details, then its sources. */
export function renderItem(item: PresentedItem, max: number): string {
  const sources = citationLine(item.citations, Math.floor(max / 2));
  const heading = `**${truncateWords(escapeMarkdown(item.heading), Math.min(LIMITS.embedTitle, Math.floor(max / 4)))}**`;
  const fixed = heading.length + 1 + (sources ? sources.length + 1 : 0);
  const room = Math.max(0, max - fixed);
  const text = truncateWords(escapeMarkdown(item.text), room);
  const lines = [heading];
  if (text) lines.push(text);
  let used = fixed + text.length;
  for (const detail of item.details ?? []) {
    const line = escapeMarkdown(detail);
    if (used + 1 + line.length > max) break;
    lines.push(line);
    used += 1 + line.length;
  }
  if (sources) lines.push(sources);
  return lines.join('\n');
}

/**
 * A presentation as one embed per page. Items are packed whole (at most ITEMS_PER_PAGE per page)
 * into each page's description; an item too long for a page on its own has its text cut at a word
 * boundary, never its heading's markup or a citation. Every embed stays within Discord's limits,
 * including the 6,000 characters per message.
 */
export function renderPages(p: Presentation, options: PageOptions = {}): APIEmbed[] {
  const title = truncateWords(escapeMarkdown(p.title), LIMITS.embedTitle) || 'Answer';
  const footer = options.footer ? truncateWords(options.footer, LIMITS.embedFooter) : undefined;
  const budget = Math.min(LIMITS.embedDescription, LIMITS.embedTotal - title.length - (footer?.length ?? 0));
  const summary = p.summary ? truncateWords(escapeMarkdown(p.summary), Math.floor(budget / 4)) : '';
  const note = p.note ? truncateWords(escapeMarkdown(p.note), Math.floor(budget / 3)) : '';
  // Every page can carry the summary; the last can carry the note.
  const itemBudget = budget - (summary ? summary.length + ITEM_GAP.length : 0) - (note ? note.length + ITEM_GAP.length : 0);
  const blocks = p.items.map((item) => renderItem(item, itemBudget));

  const pages: string[][] = [];
  let current: string[] = [];
  let size = 0;
  for (const block of blocks) {
    const added = (current.length ? ITEM_GAP.length : 0) + block.length;
    if (current.length && (current.length >= ITEMS_PER_PAGE || size + added > itemBudget)) {
      pages.push(current);
      current = [];
      size = 0;
    }
    size += (current.length ? ITEM_GAP.length : 0) + block.length;
    current.push(block);
  }
  if (current.length || !pages.length) pages.push(current);

  return pages.map((items, i) => {
    const parts = [summary, ...items];
    if (i === pages.length - 1) parts.push(note);
    const description = parts.filter(Boolean).join(ITEM_GAP) || 'Nothing to show.';
    const embed: APIEmbed = { title, description, color: COLOURS.answer };
    if (footer) embed.footer = { text: footer };
    if (i === 0 && options.imageName) embed.image = { url: `attachment://${options.imageName}` };
    return embed;
  });
}

/** Characters Discord counts towards an embed's share of the 6,000 per message. */
export function embedLength(embed: APIEmbed): number {
  return (
    (embed.title?.length ?? 0) +
    (embed.description?.length ?? 0) +
    (embed.footer?.text.length ?? 0) +
    (embed.author?.name.length ?? 0) +
    (embed.fields ?? []).reduce((n, f) => n + f.name.length + f.value.length, 0)
  );
}
