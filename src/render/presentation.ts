import type { Citation } from '../story/types.ts';

/**
 * A command's answer laid out for people, independent of where it is shown. Presenters turn each
 * command's structured answer into one; the text renderer (console, CLI) and the Discord renderer
 * (embeds) turn it into output. Text here is plain: escaping and truncation are the renderers' job.
 */
export interface Presentation {
  title: string;
  /** A line or two under the title. */
  summary?: string;
  items: PresentedItem[];
  /** Shown after the items, e.g. suggestions when nothing matched. */
  note?: string;
  /** A picture attached to the answer (e.g. the timeline). */
  image?: { name: string; /** May be drawn on first read. */ readonly png: Uint8Array; description: string };
}

export interface PresentedItem {
  /** A short label: "Reported by 5 sources", a speaker's name, a date. */
  heading: string;
  /** The snippet, quote or event, exactly as cited. */
  text: string;
  /** Extra lines under the text (variants, descriptions). */
  details?: string[];
  citations: Citation[];
}

/** How a citation reads: outlet (or title), published date, paragraph and sentence. */
export function citationLabel(citation: Citation): string {
  const source = citation.outlet ?? shorten(citation.title, 60);
  const date = citation.published ? `, ${citation.published}` : '';
  return `${source}${date} (¶${citation.paragraph}.${citation.sentence})`;
}

/** Cuts text at a word boundary to at most max characters, with an ellipsis. */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return (space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '') + '…';
}
