/**
 * A news page's own description of itself, read before Readability rewrites the document: JSON-LD
 * (NewsArticle and kin, also inside @graph), Open Graph and ordinary meta tags. JSON-LD wins, then Open
 * Graph, then meta tags.
 */
export interface PageMetadata {
  headline?: string;
  published?: string;
  outlet?: string;
  author?: string;
  canonicalUrl?: string;
  /** The page calls itself an article (JSON-LD *Article type or og:type article). */
  saysArticle: boolean;
  /** The page calls itself something else (a home page, a list, a search page, a profile, a video). */
  saysOtherKind?: string;
  /** JSON-LD isAccessibleForFree: false. */
  paywalled: boolean;
}

/** The subset of a DOM document the reader needs (linkedom and browsers both have it). */
export interface MetaDocument {
  querySelectorAll(selector: string): ArrayLike<{ getAttribute(name: string): string | null; textContent: string | null }>;
  title?: string;
}

const ARTICLE_TYPE = /^(?:News|Reportage|Analysis|Opinion|Review|Background|AskPublicNews|Satirical|Scholarly|Tech)?Article$|^(?:BlogPosting|LiveBlogPosting|Report)$/;
const OTHER_TYPE = /^(?:WebSite|CollectionPage|SearchResultsPage|ItemList|ProfilePage|VideoObject|Organization|Product|Event|FAQPage)$/;

type Json = Record<string, unknown>;

function jsonLdObjects(doc: MetaDocument): Json[] {
  const found: Json[] = [];
  const visit = (value: unknown, depth: number) => {
    if (depth > 4 || !value || typeof value !== 'object') return;
    if (Array.isArray(value)) return value.slice(0, 50).forEach((v) => visit(v, depth + 1));
    const object = value as Json;
    found.push(object);
    if (object['@graph']) visit(object['@graph'], depth + 1);
  };
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]')).slice(0, 20)) {
    try {
      visit(JSON.parse((script.textContent ?? '').slice(0, 500_000)), 0);
    } catch {
      // A broken JSON-LD block is ignored; the other sources still count.
    }
  }
  return found;
}

function typesOf(object: Json): string[] {
  const type = object['@type'];
  return (Array.isArray(type) ? type : [type]).filter((t): t is string => typeof t === 'string');
}

function text(value: unknown): string | undefined {
  if (typeof value === 'string') return clean(value);
  if (Array.isArray(value)) {
    const names = value.map(text).filter((v): v is string => !!v);
    return names.length ? names.join(', ') : undefined;
  }
  if (value && typeof value === 'object') return text((value as Json).name);
  return undefined;
}

function clean(value: string): string | undefined {
  const out = value.replace(/\s+/g, ' ').trim().slice(0, 300);
  return out || undefined;
}

/** YYYY-MM-DD from an ISO date-time (its own calendar date, not converted to UTC) or a parsable date. */
export function isoDate(value: string | undefined): string | undefined {
  if (!value) return undefined;
  const iso = /^\s*(\d{4})-(\d{2})-(\d{2})/.exec(value);
  if (iso) return `${iso[1]}-${iso[2]}-${iso[3]}`;
  const time = Date.parse(value);
  return Number.isNaN(time) ? undefined : new Date(time).toISOString().slice(0, 10);
}

function urlOf(value: unknown): string | undefined {
  if (typeof value === 'string') return /^https?:\/\//i.test(value) ? value.trim() : undefined;
  if (value && typeof value === 'object') return urlOf((value as Json)['@id'] ?? (value as Json).url);
  return undefined;
}

export function readPageMetadata(doc: MetaDocument): PageMetadata {
  const meta = (selector: string): string | undefined => {
    for (const node of Array.from(doc.querySelectorAll(selector))) {
      const value = clean(node.getAttribute('content') ?? '');
      if (value) return value;
    }
    return undefined;
  };
  const objects = jsonLdObjects(doc);
  const article = objects.find((o) => typesOf(o).some((t) => ARTICLE_TYPE.test(t)));
  const other = objects.find((o) => typesOf(o).some((t) => OTHER_TYPE.test(t)) && !typesOf(o).some((t) => ARTICLE_TYPE.test(t)));
  const ogType = meta('meta[property="og:type"]')?.toLowerCase();
  const canonicalLink = Array.from(doc.querySelectorAll('link[rel="canonical"]'))[0]?.getAttribute('href') ?? undefined;
  const metaAuthor = meta('meta[name="author"]') ?? meta('meta[property="article:author"]');
  return {
    headline: text(article?.headline) ?? meta('meta[property="og:title"]') ?? meta('meta[name="twitter:title"]') ?? (doc.title ? clean(doc.title) : undefined),
    published: isoDate(
      text(article?.datePublished) ??
        meta('meta[property="article:published_time"]') ??
        meta('meta[name="pubdate"]') ??
        meta('meta[name="publishdate"]') ??
        meta('meta[name="date"]') ??
        meta('meta[name="dc.date"]') ??
        meta('meta[itemprop="datePublished"]'),
    ),
    outlet: text(article?.publisher) ?? meta('meta[property="og:site_name"]') ?? meta('meta[name="application-name"]'),
    author: text(article?.author) ?? (metaAuthor && !/^https?:/i.test(metaAuthor) ? metaAuthor : undefined),
    canonicalUrl: urlOf(article?.mainEntityOfPage) ?? urlOf(article?.url) ?? urlOf(canonicalLink) ?? urlOf(meta('meta[property="og:url"]')),
    saysArticle: !!article || ogType === 'article',
    saysOtherKind: article ? undefined : other ? typesOf(other)[0] : ogType && ogType !== 'article' ? `og:type ${ogType}` : undefined,
    paywalled: article?.isAccessibleForFree === false || article?.isAccessibleForFree === 'False' || article?.isAccessibleForFree === 'false',
  };
}
