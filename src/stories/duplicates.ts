import { perStory } from '../story/perStory.ts';
import type { Story } from '../story/story.ts';
import type { Article } from '../story/types.ts';

/** Share of a new article's sentences found in one existing article that makes it the same text. */
const SAME_TEXT_SHARE = 0.8;

/** An address without fragment, tracking parameters, `www.` or a trailing slash, for comparison. */
export function comparableUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    u.hash = '';
    for (const key of [...u.searchParams.keys()]) if (/^(utm_|fbclid$|gclid$|mc_|ocid$|cmpid$)/i.test(key)) u.searchParams.delete(key);
    return `${u.hostname.replace(/^www\./, '')}${withoutTrailingSlashes(u.pathname)}${u.search}`.toLowerCase();
  } catch {
    return undefined;
  }
}

function fingerprint(text: string): string | undefined {
  const words = text.toLowerCase().replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
  return words.split(' ').length >= 4 ? words : undefined;
}

/** Per story: which articles carry each sentence (normalised), and each article's comparable address. */
const storyPrints = perStory((story: Story) => {
  const files = new Map<string, Set<string>>();
  for (const sentence of story.sentences) {
    const print = fingerprint(sentence.text);
    if (!print) continue;
    let set = files.get(print);
    if (!set) files.set(print, (set = new Set()));
    set.add(sentence.file);
  }
  const urls = new Map<string, Article>();
  for (const article of story.articles) {
    const url = comparableUrl(article.meta.url);
    if (url) urls.set(url, article);
  }
  return { files, urls };
});

/** The article of the story that a new one duplicates (same canonical address, or the same text), if any. */
export function duplicateOf(story: Story, candidate: Article, addresses: (string | undefined)[]): { article: Article; reason: 'url' | 'text' } | undefined {
  const { files, urls } = storyPrints(story);
  for (const address of addresses) {
    const same = urls.get(comparableUrl(address) ?? '');
    if (same) return { article: same, reason: 'url' };
  }
  const counts = new Map<string, number>();
  let total = 0;
  for (const sentence of candidate.sentences) {
    const print = fingerprint(sentence.text);
    if (!print) continue;
    total++;
    for (const file of files.get(print) ?? []) counts.set(file, (counts.get(file) ?? 0) + 1);
  }
  if (!total) return undefined;
  for (const [file, count] of counts) if (count >= SAME_TEXT_SHARE * total) return { article: story.article(file), reason: 'text' };
  return undefined;
}

/** A path without the slashes it ends with ("/news/story/" → "/news/story"). */
function withoutTrailingSlashes(path: string): string {
  let end = path.length;
  while (end > 0 && path[end - 1] === '/') end--;
  return path.slice(0, end);
}
