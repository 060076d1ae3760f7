import { readPageMetadata, type MetaDocument } from './pageMetadata.ts';
import { countWords, htmlToMarkdown, type TextNode } from './htmlText.ts';

/** What reading a page gave: an article, or why it is not one (nothing is saved then). */
export interface ExtractedPage {
  kind: 'article' | 'not-article' | 'paywall' | 'empty' | 'too-deep';
  title?: string;
  outlet?: string;
  author?: string;
  published?: string;
  /** The page's canonical address, else the address it was fetched from. */
  url?: string;
  /** The article text as Markdown paragraphs. */
  text: string;
  words: number;
  warnings: string[];
}

/**
 * Readability's time grows faster than linearly with nesting depth (1,000 nested divs: 8 s); real news
 * pages nest 20–40 deep. Deeper documents are refused before Readability sees them.
 */
export const MAX_NESTING = 150;

/** How deep elements nest, counted iteratively and given up past `limit`. */
export function nestingDepth(root: TextNode, limit: number): number {
  let deepest = 0;
  const stack: [TextNode, number][] = [[root, 0]];
  while (stack.length) {
    const [node, depth] = stack.pop()!;
    if (depth > deepest) deepest = depth;
    if (deepest > limit) return deepest;
    const children = node.childNodes;
    for (let i = 0; i < children.length; i++) if (children[i].nodeType === 1) stack.push([children[i], depth + 1]);
  }
  return deepest;
}

/** Fewer words than this after extraction is an empty extraction. */
export const MIN_ARTICLE_WORDS = 60;
/** A page behind a paywall cue with fewer words than this is a teaser, not the article. */
const PAYWALL_TEASER_WORDS = 350;
const PAYWALL_CUE = /\b(?:subscribe (?:now |today )?to (?:continue|keep) reading|(?:subscribe|sign in|log in|register) to (?:read|continue|unlock)|this (?:article|story|content) is (?:only )?(?:available|reserved|exclusive) (?:to|for) (?:subscribers|members)|already a subscriber|to read the full (?:article|story)|for subscribers only|subscriber[- ]only (?:article|content|story))\b/i;

type Dom = { parseHTML(html: string): { document: MetaDocument & TextNode & Record<string, unknown> } };
type ReadabilityModule = {
  Readability: new (doc: unknown, options?: Record<string, unknown>) => { parse(): { title?: string | null; byline?: string | null; siteName?: string | null; publishedTime?: string | null; content?: string | null; textContent?: string | null } | null };
  isProbablyReaderable(doc: unknown, options?: Record<string, unknown>): boolean;
};

let libraries: Promise<[Dom, ReadabilityModule]> | undefined;
/** linkedom and @mozilla/readability, loaded on the first page (most runs never read HTML). */
export function loadExtractor(): Promise<[Dom, ReadabilityModule]> {
  return (libraries ??= Promise.all([import('linkedom') as unknown as Promise<Dom>, import('@mozilla/readability') as unknown as Promise<ReadabilityModule>]));
}

/**
 * Reads a news page: metadata from JSON-LD, Open Graph and meta tags; the text with Readability (which
 * drops navigation, banners, ads, related links and comments), as Markdown. Decides whether it is an
 * article, a paywall teaser, a page that is not an article, or empty.
 */
export async function extractArticle(html: string, pageUrl?: string): Promise<ExtractedPage> {
  const [dom, readability] = await loadExtractor();
  // linkedom needs a whole document: a bare fragment (or nothing) is wrapped in one.
  const { document } = dom.parseHTML(/<html[\s>]/i.test(html.slice(0, 5000)) ? html : `<!doctype html><html><head></head><body>${html}</body></html>`);
  if (!(document as { documentElement?: unknown }).documentElement) return { kind: 'empty', text: '', words: 0, warnings: [] };
  if (nestingDepth(document, MAX_NESTING) > MAX_NESTING) return { kind: 'too-deep', text: '', words: 0, warnings: [] };
  const meta = readPageMetadata(document);
  const bodyText = String((document as { body?: { textContent?: string } }).body?.textContent ?? '');
  const paywallCue = PAYWALL_CUE.test(bodyText.slice(0, 200_000));
  const readerable = readability.isProbablyReaderable(document, { minContentLength: 140, minScore: 20 });
  let parsed: ReturnType<InstanceType<ReadabilityModule['Readability']>['parse']> = null;
  try {
    parsed = new readability.Readability(document, { charThreshold: 300, keepClasses: false, maxElemsToParse: 200_000 }).parse();
  } catch {
    // More elements than maxElemsToParse: treated as an empty extraction below.
  }
  let text = '';
  if (parsed?.content) {
    const { document: content } = dom.parseHTML(`<!doctype html><html><body>${parsed.content}</body></html>`);
    text = htmlToMarkdown(content);
  }
  const title = meta.headline ?? parsed?.title?.trim() ?? undefined;
  text = withoutRepeatedTitle(text, title);
  const words = countWords(text);
  const result: ExtractedPage = {
    kind: 'article',
    title,
    outlet: meta.outlet ?? parsed?.siteName?.trim() ?? undefined,
    author: meta.author ?? cleanByline(parsed?.byline),
    published: meta.published ?? (parsed?.publishedTime ? /^\d{4}-\d{2}-\d{2}/.exec(parsed.publishedTime)?.[0] : undefined),
    url: meta.canonicalUrl ?? pageUrl,
    text,
    words,
    warnings: [],
  };
  if ((meta.paywalled || paywallCue) && words < PAYWALL_TEASER_WORDS) return { ...result, kind: 'paywall' };
  if (!meta.saysArticle && (meta.saysOtherKind || !readerable) && words < 250) return { ...result, kind: 'not-article' };
  if (words < MIN_ARTICLE_WORDS) return { ...result, kind: 'empty' };
  if (!result.published) result.warnings.push('no publication date found: relative dates ("on Monday") in it stay unplaced');
  if (!result.outlet) result.warnings.push('no outlet name found: answers cite it by its headline');
  if (meta.paywalled || paywallCue) result.warnings.push('the page mentions a paywall: check that the whole article was read');
  return result;
}

function cleanByline(byline: string | null | undefined): string | undefined {
  const text = byline?.replace(/\s+/g, ' ').replace(/^by\s+/i, '').trim();
  return text && text.length <= 120 ? text : undefined;
}

/** Readability often keeps the headline as the first block; the front matter already has it. */
function withoutRepeatedTitle(text: string, title: string | undefined): string {
  if (!title) return text;
  const first = text.split('\n\n', 1)[0];
  const norm = (s: string) => s.replace(/^#+\s*/, '').replace(/\W+/g, ' ').trim().toLowerCase();
  return norm(first) === norm(title) ? text.slice(first.length).replace(/^\n+/, '') : text;
}
