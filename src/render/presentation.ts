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
  /** Nothing was found, though close items are shown: the answer is for the asker only, like an empty one. */
  askerOnly?: boolean;
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

/** Longest headline used as a source's name when the article names no outlet. */
const NAME_LENGTH = 48;

/** What a citation needs to name its source. */
export type SourceFields = Pick<Citation, 'file' | 'title' | 'outlet' | 'url' | 'untitled'>;

/**
 * A source's name as people recognise it: the outlet; else the site's domain when the url is known;
 * else the headline cut at a word boundary; else (no headline: the title is the article's first
 * sentence) the file name, never a cut first sentence.
 */
export function sourceName(source: SourceFields): string {
  const outlet = source.outlet?.replace(/\s+/g, ' ').trim();
  if (outlet) return outlet;
  const domain = domainOf(source.url);
  if (domain) return domain;
  const title = source.title?.replace(/\s+/g, ' ').trim();
  if (title && !source.untitled) return shorten(title, NAME_LENGTH);
  return source.file.replace(/\.[^.]+$/, '');
}

/** "https://www.example.com/a/b" → "example.com"; undefined for anything that is not a web address. */
export function domainOf(url: string | undefined | null): string | undefined {
  if (!url) return undefined;
  try {
    const parsed = new URL(url.trim());
    if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
    return parsed.hostname.replace(/^www\./, '') || undefined;
  } catch {
    return undefined;
  }
}

/** One article's citations in an answer, read as one source line. */
export interface CitedSource {
  label: string;
  file: string;
  url?: string;
}

/**
 * Citations as source lines, one per article in first-cited order: "NBC News, 2018-07-19, para 5"
 * ("paras 5, 6" when several paragraphs of one article are cited).
 */
export function citedSources(citations: readonly Citation[]): CitedSource[] {
  const byFile = new Map<string, { first: Citation; paragraphs: number[] }>();
  for (const c of citations) {
    const entry = byFile.get(c.file);
    if (!entry) byFile.set(c.file, { first: c, paragraphs: [c.paragraph] });
    else if (!entry.paragraphs.includes(c.paragraph)) entry.paragraphs.push(c.paragraph);
  }
  return [...byFile.values()].map(({ first, paragraphs }) => {
    const date = first.published ? `, ${first.published}` : '';
    const where = `${paragraphs.length === 1 ? 'para' : 'paras'} ${paragraphs.join(', ')}`;
    return { label: `${sourceName(first)}${date}, ${where}`, file: first.file, ...(first.url ? { url: first.url } : {}) };
  });
}

/** How one citation reads: its source's name, the published date and the paragraph ("para 4"). */
export function citationLabel(citation: Citation): string {
  return citedSources([citation])[0].label;
}

/** How citations read, for /help and the text output's notes. */
export const CITATION_HELP = 'Each answer ends with its sources: the outlet (or the site, or the headline), the date it was published and the paragraph the sentence is in (“para 4” is the 4th paragraph of that article).';

/** Cuts text at a word boundary to at most max characters, with an ellipsis. */
export function shorten(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return (space > max / 2 ? cut.slice(0, space) : cut).replace(/[\s,;:.]+$/, '') + '…';
}
