import { createHash } from 'node:crypto';
import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { DEFAULT_STORY_FILE_BUDGET_MS } from '../config.ts';
import { FrontMatterError, readMeta, splitFrontMatter } from './frontMatter.ts';
import { parseArticle } from './parseArticle.ts';
import { readInFolder, UnsafeFileError } from './safeRead.ts';
import { publicationsOf } from '../analysis/datePublished.ts';
import { loadIndex, PERSIST_INDEX_FROM_SENTENCES, saveIndex } from '../search/persistedIndex.ts';
import { Story, type StoryInit } from './story.ts';
import type { Article, ArticleMeta, LoadWarning } from './types.ts';

export const MAX_ARTICLE_BYTES = 5 * 1024 * 1024;
export const MANIFEST_FILE = 'story.json';
/** The file types a story's articles come in. */
export const ARTICLE_EXTENSIONS = /\.(?:txt|md|markdown|html?)$/i;

/** Whether a file of a story folder is an article: an article type, not hidden, not the folder's README. */
export function isArticleFile(name: string): boolean {
  return ARTICLE_EXTENSIONS.test(name) && !name.startsWith('.') && !/^readme\.md$/i.test(name);
}
const HTML_FILE = /\.html?$/i;

export class StoryLoadError extends Error {
  /** `empty`: the folder is readable but holds no readable article (yet). */
  constructor(message: string, readonly empty = false) {
    super(message);
  }
}

interface Manifest {
  name?: string;
  articles: Record<string, ArticleMeta>;
}

/**
 * The name a story folder's story.json gives it, read with the same checks as the loader's (a regular file
 * in the folder, within the size limit); undefined when it gives none or cannot be read.
 */
export async function manifestNameOf(dir: string): Promise<string | undefined> {
  try {
    const name = (await readManifest(await realpath(dir), [])).name?.trim();
    return name || undefined;
  } catch {
    return undefined;
  }
}

/** A text without the byte-order marks it starts with, however many (an editor may add one per save). */
function withoutBoms(text: string): string {
  return text.replace(/^\uFEFF+/, '');
}

/** Reads story.json (optional): the story's name and metadata per file. */
async function readManifest(realDir: string, warnings: LoadWarning[]): Promise<Manifest> {
  let raw: string;
  try {
    // The same checks as an article's: a regular file, in the folder, within the size limit.
    raw = withoutBoms((await readInFolder(realDir, MANIFEST_FILE, MAX_ARTICLE_BYTES)).toString('utf8'));
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code !== 'ENOENT') warnings.push({ file: MANIFEST_FILE, reason: `${err instanceof UnsafeFileError ? err.message : `cannot read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`}; metadata ignored` });
    return { articles: {} };
  }
  let data: unknown;
  try {
    data = JSON.parse(raw);
  } catch (err) {
    warnings.push({ file: MANIFEST_FILE, reason: `not valid JSON (${(err as Error).message}); metadata ignored` });
    return { articles: {} };
  }
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    warnings.push({ file: MANIFEST_FILE, reason: 'should be a JSON object; metadata ignored' });
    return { articles: {} };
  }
  const record = data as Record<string, unknown>;
  const manifest: Manifest = { articles: {} };
  if (typeof record.name === 'string' && record.name.trim()) manifest.name = record.name.trim();
  const articles = record.articles;
  if (articles && typeof articles === 'object' && !Array.isArray(articles)) {
    for (const [file, value] of Object.entries(articles as Record<string, unknown>)) {
      if (!value || typeof value !== 'object' || Array.isArray(value)) {
        warnings.push({ file: MANIFEST_FILE, reason: `entry for ${file} should be an object; ignored` });
        continue;
      }
      const { meta, warnings: fieldWarnings } = readMeta(value as Record<string, unknown>);
      for (const reason of fieldWarnings) warnings.push({ file, reason: `${MANIFEST_FILE}: ${reason}` });
      manifest.articles[file] = meta;
    }
  } else if (articles !== undefined) {
    warnings.push({ file: MANIFEST_FILE, reason: '"articles" should be an object keyed by file name; ignored' });
  }
  return manifest;
}

/** Why a file's bytes cannot be an article, or undefined when they can. */
export function rejectReason(bytes: Buffer): string | undefined {
  if (bytes.length === 0) return 'empty file';
  if (bytes.length > MAX_ARTICLE_BYTES) return `larger than ${MAX_ARTICLE_BYTES / 1024 / 1024} MB`;
  if (bytes.includes(0)) return 'binary file (contains NUL bytes)';
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return 'not valid UTF-8 text';
  }
  return undefined;
}


export interface LoadOptions {
  /** Called for each skipped file or ignored field, as it happens. */
  onWarning?: (warning: LoadWarning) => void;
  /** Called with a note when a saved index is used, rebuilt or cannot be saved. */
  onInfo?: (message: string) => void;
  /** Override PERSIST_INDEX_FROM_SENTENCES (0 persists every story; Infinity never). */
  persistIndexFrom?: number;
  /**
   * Articles parsed by earlier loads of this folder (kept by the caller between loads): a file whose bytes
   * and manifest entry are unchanged is taken from here (copied) instead of parsed again. Updated in place.
   */
  parsed?: ParsedArticles;
  /**
   * Takes a lock shared by every process (or waits while another holds it) before a large story's
   * index is built, so only one process builds and saves it and the others load the saved file.
   * Resolves to the release, or undefined when the lock could not be had (the caller builds anyway).
   */
  buildLock?: (name: string) => Promise<(() => Promise<void>) | undefined>;
  /** A file whose parsing takes longer than this (ms) is skipped with a warning (default DEFAULT_STORY_FILE_BUDGET_MS, src/config.ts). */
  fileBudgetMs?: number;
  /**
   * false: the story is not indexed here but on its first search (the bot's main thread, whose worker
   * threads answer every search from their own index, never searches). Default true: indexed while loading,
   * a large story's index saved or reused.
   */
  index?: boolean;
}

/** Parsed articles by file name, with a hash of what each was parsed from. */
export type ParsedArticles = Map<string, { key: string; article: Article }>;

/** Loading gives the event loop a turn at least this often (ms), so interactions are acknowledged meanwhile. */
const SLICE_MS = 20;

/** Parses one article file's text (front matter + body) with manifest metadata as defaults. */
export function articleFromText(file: string, raw: string, defaults: ArticleMeta = {}): { article: Article; warnings: string[] } {
  const text = withoutBoms(raw);
  const { meta, body, warnings } = splitFrontMatter(text);
  const article = parseArticle(file, body, { ...defaults, ...meta });
  return { article, warnings };
}

/**
 * An HTML file dropped into the folder is read like a page added with /story add: Readability and the
 * page's metadata (loaded on the first HTML file only), into Markdown with front matter.
 */
async function htmlArticleText(bytes: Buffer): Promise<{ text: string; reason?: string }> {
  if (bytes.length === 0) return { text: '', reason: 'empty file' };
  const { readHtmlPage } = await import('../stories/pageArticle.ts');
  const read = await readHtmlPage(bytes);
  return 'refused' in read ? { text: '', reason: `HTML page not read as an article (${read.page.kind})` } : { text: read.markdown };
}

/**
 * Loads every .txt/.md/.html article of a folder into a Story. Bad files are skipped with a warning naming
 * the file and the reason; a folder without a single readable article is an error.
 */
export async function loadStory(dirInput: string, options: LoadOptions = {}): Promise<Story> {
  const dir = resolve(dirInput);
  const warnings: LoadWarning[] = [];
  const warn = (warning: LoadWarning) => {
    warnings.push(warning);
    options.onWarning?.(warning);
  };
  const entries = await folderEntries(dir);
  const realDir = await realpath(dir);
  const manifestWarnings: LoadWarning[] = [];
  const manifest = await readManifest(realDir, manifestWarnings);
  manifestWarnings.forEach(warn);
  const { articles, version } = await readArticles(entries, { dir, realDir, manifest, options, warn });
  const inFolder = new Set(entries);
  if (options.parsed) for (const file of options.parsed.keys()) if (!inFolder.has(file)) options.parsed.delete(file);
  for (const file of Object.keys(manifest.articles)) {
    if (!inFolder.has(file)) warn({ file: MANIFEST_FILE, reason: `lists ${file}, which is not in the folder` });
  }
  if (!articles.length) {
    const detail = warnings.length ? ` (${warnings.map((w) => `${w.file}: ${w.reason}`).join('; ')})` : '';
    throw new StoryLoadError(`no readable article (.txt, .md or .html) in ${dir}${detail}`, true);
  }
  return buildStory({ dir, name: manifest.name ?? basename(dir), version, articles, warnings }, options);
}

/** The names in the story folder, sorted; a clear error when it is not a readable folder. */
async function folderEntries(dir: string): Promise<string[]> {
  try {
    const info = await stat(dir);
    if (!info.isDirectory()) throw new StoryLoadError(`STORY_DIR ${dir} is not a folder`);
    return (await readdir(dir)).sort();
  } catch (err) {
    if (err instanceof StoryLoadError) throw err;
    throw new StoryLoadError(`cannot read the story folder ${dir}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
  }
}

/** What reading the folder's articles needs. */
interface FolderRead {
  dir: string;
  realDir: string;
  manifest: Manifest;
  options: LoadOptions;
  warn: (warning: LoadWarning) => void;
}

/**
 * Files whose bytes are being read while earlier ones are parsed: each read is several calls to the file
 * system (open, stat, the handle's path, read, close), which one at a time left the thread idle for a
 * third of a 5,000-file load.
 */
const READ_AHEAD = 16;

/** A file's bytes as read (undefined: a sub-folder, said nothing of), or why they could not be. */
type FileBytes = { bytes?: Buffer; error?: unknown };

/** Reads the article files among the folder's entries, giving the event loop a turn every SLICE_MS. */
async function readArticles(entries: readonly string[], folder: FolderRead): Promise<{ articles: Article[]; version: string }> {
  const articles: Article[] = [];
  const hash = createHash('sha256');
  const files = entries.filter(isArticleFile);
  const reading: Promise<FileBytes>[] = [];
  let next = 0;
  let sliceStart = performance.now();
  for (const file of files) {
    while (next < files.length && reading.length < READ_AHEAD) reading.push(readFileBytes(files[next++], folder));
    const bytes = await reading.shift()!;
    if (performance.now() - sliceStart > SLICE_MS) {
      await new Promise((resolve) => setImmediate(resolve));
      sliceStart = performance.now();
    }
    try {
      if ('error' in bytes) throw bytes.error;
      const read = bytes.bytes && (await readArticleFile(file, bytes.bytes, folder));
      if (!read) continue;
      articles.push(read.article);
      hash.update(file).update('\0').update(read.bytes).update('\0').update(read.manifestEntry);
    } catch (err) {
      folder.warn({ file, reason: `${skipReason(err)}; skipped` });
    }
  }
  return { articles, version: hash.digest('hex').slice(0, 16) };
}

/** Why a file that could not be read or parsed is skipped. */
function skipReason(err: unknown): string {
  if (err instanceof UnsafeFileError) return err.message === 'points outside the story folder' ? 'symbolic link pointing outside the story folder' : err.message;
  if (err instanceof FrontMatterError) return err.message;
  return `cannot read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`;
}

/** A file's bytes, read with the folder's checks; never rejects (a failure is returned, to be reported in order). */
async function readFileBytes(file: string, folder: FolderRead): Promise<FileBytes> {
  try {
    // A sub-folder named like an article is not one, and says nothing.
    if ((await lstat(join(folder.dir, file))).isDirectory()) return {};
    return { bytes: await readInFolder(folder.realDir, file, MAX_ARTICLE_BYTES) };
  } catch (error) {
    return { error };
  }
}

/**
 * One article file's bytes: taken from earlier loads when they and its manifest entry are unchanged, else
 * parsed. Undefined (with a warning) when it is skipped.
 */
async function readArticleFile(file: string, bytes: Buffer, folder: FolderRead): Promise<{ article: Article; bytes: Buffer; manifestEntry: string } | undefined> {
  const { options, warn } = folder;
  const manifestEntry = JSON.stringify(folder.manifest.articles[file] ?? {});
  const key = options.parsed ? createHash('sha1').update(bytes).update('\0').update(manifestEntry).digest('base64') : '';
  const earlier = options.parsed?.get(file);
  if (earlier && earlier.key === key) return { article: structuredClone(earlier.article), bytes, manifestEntry };
  const budget = options.fileBudgetMs ?? DEFAULT_STORY_FILE_BUDGET_MS;
  const parseStart = performance.now();
  const text = HTML_FILE.test(file) ? await htmlArticleText(bytes) : { text: bytes.toString('utf8'), reason: rejectReason(bytes) };
  if (text.reason) {
    warn({ file, reason: `${text.reason}; skipped` });
    return undefined;
  }
  const { article, warnings: metaWarnings } = articleFromText(file, text.text, folder.manifest.articles[file]);
  const parseMs = performance.now() - parseStart;
  if (parseMs > budget) {
    warn({ file, reason: `took ${Math.round(parseMs)} ms to read, more than the ${budget} ms a file may take; skipped` });
    return undefined;
  }
  for (const reason of metaWarnings) warn({ file, reason: `front matter: ${reason}` });
  if (article.sentences.length === 0) {
    warn({ file, reason: 'no article text after removing page furniture; skipped' });
    return undefined;
  }
  options.parsed?.set(file, { key, article: structuredClone(article) });
  return { article, bytes, manifestEntry };
}

/** Builds the story and its index; a large story reuses the index saved for this exact content, or saves it. */
async function buildStory(init: StoryInit, options: LoadOptions): Promise<Story> {
  const { dir, version } = init;
  const sentences = init.articles.reduce((n, a) => n + a.sentences.length, 0);
  if (options.index === false) return withDatelineDates(new Story(init));
  if (sentences < (options.persistIndexFrom ?? PERSIST_INDEX_FROM_SENTENCES)) return withDatelineDates(await Story.build(init));
  let saved = await loadIndex(dir, version, sentences);
  let release: (() => Promise<void>) | undefined;
  if (!saved.index && options.buildLock) {
    // Another process may be building this very index: wait for it, then load what it saved.
    release = await options.buildLock(`index:${dir}:${version}`);
    saved = await loadIndex(dir, version, sentences);
  }
  try {
    if (saved.index) {
      options.onInfo?.(`loaded the saved search index (${sentences} sentences)`);
      return withDatelineDates(await Story.build({ ...init, index: saved.index }));
    }
    options.onInfo?.(`building the search index (${sentences} sentences; ${saved.reason})`);
    const story = await Story.build(init);
    try {
      await saveIndex(dir, version, story.index);
    } catch (err) {
      options.onInfo?.(`could not save the search index, it will be rebuilt next time: ${(err as Error).message}`);
    }
    return withDatelineDates(story);
  } finally {
    await release?.();
  }
}

/**
 * An article without a publication date in its metadata takes the one its wire dateline gives
 * ("MIAMI, Sept. 28 (Reuters) -"), so citations and /sources show it too.
 */
function withDatelineDates(story: Story): Story {
  for (const [file, publication] of publicationsOf(story)) {
    if (publication.source === 'dateline' && publication.published) story.article(file).meta.published = publication.published;
  }
  return story;
}
