import type { ArticleMeta } from '../story/types.ts';
import { articleMarkdown } from './articleFile.ts';
import { decodeHtml } from './charset.ts';
import { extractArticle, type ExtractedPage } from './extractArticle.ts';

/** Why a page is not saved, as the user reads it. */
export function refusalMessage(page: ExtractedPage): string {
  switch (page.kind) {
    case 'not-article':
      return 'That page does not look like a news article (more like a home page, a list of links or a search page). Link to the article itself.';
    case 'paywall':
      return `Only a paywall teaser came back (${page.words} words): the article is for subscribers. Save the page from your browser while signed in and add it with \`/story add file:\`.`;
    case 'empty':
      return `No article text could be read from that page (${page.words} words after removing menus and links). If the site needs JavaScript to show it, save the page from your browser and add it with \`/story add file:\`.`;
    case 'too-deep':
      return 'That page is built too strangely to read (its elements nest more than 150 levels deep). Save the article text as a .txt or .md file and add it with `file:`.';
    default:
      return '';
  }
}

/** A page read as an article: the Markdown file to save (front matter + text) and what was read. */
export interface PageArticle {
  page: ExtractedPage;
  meta: ArticleMeta;
  markdown: string;
  warnings: string[];
}

/**
 * Reads an HTML page (bytes, with the charset its server named) the way /story add and the folder loader
 * both do. Returns the refusal message when the page is not an article.
 */
export async function readHtmlPage(bytes: Uint8Array, options: { charset?: string; url?: string; source?: string } = {}): Promise<PageArticle | { refused: string; page: ExtractedPage }> {
  const { text, warnings } = decodeHtml(bytes, options.charset);
  const page = await extractArticle(text, options.url);
  if (page.kind !== 'article') return { refused: refusalMessage(page), page };
  const meta: ArticleMeta = {
    ...(page.title ? { title: page.title } : {}),
    ...(page.outlet ? { outlet: page.outlet } : {}),
    ...(page.author ? { author: page.author } : {}),
    ...(page.published ? { published: page.published } : {}),
    ...(page.url ? { url: page.url } : {}),
  };
  const markdown = articleMarkdown({ ...meta, ...(options.source ? { source: options.source, added: new Date().toISOString() } : {}) }, page.text);
  return { page, meta, markdown, warnings: [...warnings, ...page.warnings] };
}
