import { mkdir, readdir, stat, writeFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import type { Logger } from '../log.ts';
import { isArticleFile, loadStory, manifestNameOf, MANIFEST_FILE, StoryLoadError, type LoadOptions, type ParsedArticles } from '../story/loadStory.ts';
import type { Story } from '../story/story.ts';
import { slug } from './articleFile.ts';
import type { StorySummary } from './desk.ts';

export interface LibraryOptions {
  /** Story folders always served, first (STORY_DIR, or seeds/ by default). */
  pinned: string[];
  /** Folder whose sub-folders are stories; new stories are created in it. Unset: no new stories. */
  root?: string;
  /** Loads one folder (default loadStory). */
  load?: (dir: string) => Promise<Story>;
  /** Runs on a freshly built story before it replaces the old one (e.g. warm-up of the analyses). */
  prepare?: (story: Story) => Promise<void> | void;
  /** The lock every bot process shares, so one of them builds a large story's saved index (loadStory's buildLock). */
  buildLock?: LoadOptions['buildLock'];
  /** A file that takes longer than this to read is skipped with a warning (loadStory's fileBudgetMs; STORY_FILE_BUDGET_MS). */
  fileBudgetMs?: number;
  /** false: stories are not indexed on this thread (loadStory's index), because worker threads answer every search. */
  index?: boolean;
  logger?: Logger;
}

/** One story folder and what is being served from it. */
export interface StoryEntry {
  readonly id: string;
  readonly dir: string;
  readonly pinned: boolean;
  name: string;
  /** The version answering now; a rebuild replaces it only when the new one is ready. */
  story?: Story;
  status: StorySummary['status'];
  note?: string;
  /** Newest modification time of the folder's files at the last load (ms). */
  updated?: number;
  /** Files (name, size, mtime) at the last load: the poll compares against it. */
  signature?: string;
  building?: Promise<void>;
  dirty?: boolean;
  /** Articles parsed by the last loads: a rebuild parses only the files that changed. */
  parsed: ParsedArticles;
}

/** Names, sizes and modification times of a folder's article files: changes when any article does. */
export async function folderSignature(dir: string): Promise<{ signature: string; newest: number }> {
  const names = (await readdir(dir).catch(() => [] as string[])).filter((f) => isArticleFile(f) || f === MANIFEST_FILE).sort();
  let newest = 0;
  const parts: string[] = [];
  for (const name of names) {
    const info = await stat(join(dir, name)).catch(() => undefined);
    if (!info?.isFile()) continue;
    newest = Math.max(newest, info.mtimeMs);
    parts.push(`${name}:${info.size}:${Math.round(info.mtimeMs)}`);
  }
  return { signature: parts.join('|'), newest };
}

/**
 * Every story the bot serves: the pinned folders first, then each sub-folder of the stories folder.
 * A story is rebuilt in the background while the previous version keeps answering, then swapped in.
 */
export class StoryLibrary {
  private readonly entries = new Map<string, StoryEntry>();
  private readonly swapListeners = new Set<(entry: StoryEntry) => void>();
  readonly root: string | undefined;

  constructor(private readonly options: LibraryOptions) {
    this.root = options.root ? resolve(options.root) : undefined;
  }

  /** Finds the folders and loads every story (one after another); resolves when all have loaded or failed. */
  async open(): Promise<void> {
    await this.rescan();
  }

  /** Looks for story folders added or removed under the stories folder; loads new ones. */
  async rescan(): Promise<void> {
    const found: { dir: string; pinned: boolean }[] = this.options.pinned.map((dir) => ({ dir: resolve(dir), pinned: true }));
    if (this.root) {
      const subfolders = await readdir(this.root, { withFileTypes: true }).catch(() => []);
      for (const d of subfolders.sort((a, b) => a.name.localeCompare(b.name))) {
        if (d.isDirectory() && !d.name.startsWith('.')) found.push({ dir: join(this.root, d.name), pinned: false });
      }
    }
    const seen = new Set<string>();
    const loads: Promise<void>[] = [];
    for (const { dir, pinned } of found) {
      const id = basename(dir);
      if (seen.has(id)) {
        this.options.logger?.warn(`two story folders are named “${id}”; ${dir} is not served`);
        continue;
      }
      seen.add(id);
      if (this.entries.has(id)) continue;
      const entry: StoryEntry = { id, dir, pinned, name: (await manifestNameOf(dir)) ?? id, status: 'loading', parsed: new Map() };
      this.entries.set(id, entry);
      loads.push(this.reload(id));
    }
    for (const id of [...this.entries.keys()]) {
      if (!seen.has(id) && !this.entries.get(id)!.pinned) {
        this.entries.delete(id);
        this.options.logger?.info(`story folder “${id}” is gone; no longer served`);
      }
    }
    // The map keeps insertion order; re-sort so new folders take their place by name.
    const order = found.map((f) => basename(f.dir));
    const sorted = [...this.entries.values()].sort((a, b) => order.indexOf(a.id) - order.indexOf(b.id));
    this.entries.clear();
    for (const e of sorted) this.entries.set(e.id, e);
    await Promise.all(loads);
  }

  all(): StoryEntry[] {
    return [...this.entries.values()];
  }

  get(id: string): StoryEntry | undefined {
    return this.entries.get(id);
  }

  /** A story by its folder name or its name, case and spacing ignored. */
  find(ref: string): StoryEntry | undefined {
    const exact = this.entries.get(ref);
    if (exact) return exact;
    const key = ref.trim().toLowerCase().replace(/\s+/g, ' ');
    return this.all().find((e) => e.id.toLowerCase() === key || e.name.toLowerCase().replace(/\s+/g, ' ') === key || e.id === slug(ref));
  }

  /** The loaded story with this version (an answer's cache entry names the version it came from). */
  byVersion(version: string): Story | undefined {
    return this.all().find((e) => e.story?.version === version)?.story;
  }

  onSwap(listener: (entry: StoryEntry) => void): () => void {
    this.swapListeners.add(listener);
    return () => this.swapListeners.delete(listener);
  }

  /**
   * Rebuilds a story from its folder. While it builds, the old version answers; a change that arrives
   * meanwhile queues one more build. Resolves when the folder's current content is served.
   */
  reload(id: string): Promise<void> {
    const entry = this.entries.get(id);
    if (!entry) return Promise.resolve();
    if (entry.building) {
      entry.dirty = true;
      return entry.building;
    }
    entry.building = (async () => {
      do {
        entry.dirty = false;
        await this.build(entry);
      } while (entry.dirty);
    })().finally(() => (entry.building = undefined));
    return entry.building;
  }

  private async build(entry: StoryEntry): Promise<void> {
    const { signature, newest } = await folderSignature(entry.dir);
    const load =
      this.options.load ??
      ((dir: string) =>
        loadStory(dir, {
          parsed: entry.parsed,
          buildLock: this.options.buildLock,
          fileBudgetMs: this.options.fileBudgetMs,
          index: this.options.index,
          onWarning: (w) => this.options.logger?.warn(`skipped part of story “${entry.id}”: ${w.file}: ${w.reason}`),
          onInfo: (m) => this.options.logger?.info(`story “${entry.id}”: ${m}`),
        }));
    const started = performance.now();
    try {
      const story = await load(entry.dir);
      entry.signature = signature;
      entry.updated = newest || entry.updated;
      if (story.version === entry.story?.version) return;
      // A rebuild is prepared before it replaces the version answering; a first load answers at once.
      const first = !entry.story;
      if (!first) await this.options.prepare?.(story);
      entry.story = story;
      if (first && this.options.prepare) setImmediate(() => void this.options.prepare?.(story));
      entry.name = story.name;
      entry.status = 'ready';
      entry.note = undefined;
      this.options.logger?.info(`story “${story.name}” loaded`, { id: entry.id, articles: story.articles.length, sentences: story.sentences.length, version: story.version, ms: Math.round(performance.now() - started) });
    } catch (err) {
      entry.signature = signature;
      entry.name = (await manifestNameOf(entry.dir)) ?? entry.name;
      if (err instanceof StoryLoadError && err.empty) {
        entry.story = undefined;
        entry.status = 'empty';
        entry.note = 'no articles yet';
      } else {
        // A failed rebuild keeps the version that was answering.
        entry.status = entry.story ? 'ready' : 'failed';
        entry.note = (err as Error).message;
        this.options.logger?.error(`cannot load story “${entry.id}”: ${(err as Error).message}`);
      }
    }
    for (const listener of this.swapListeners) listener(entry);
  }

  /** Creates a new, empty story folder under the stories folder. */
  async create(name: string): Promise<StoryEntry> {
    if (!this.root) throw new StoryLoadError('new stories need a stories folder: set STORIES_DIR');
    const clean = name.replace(/[\u0000-\u001f\u007f]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 80);
    const id = slug(clean, 40);
    const dir = join(this.root, id);
    await mkdir(dir, { recursive: true });
    await writeFile(join(dir, MANIFEST_FILE), JSON.stringify({ name: clean }, null, 2) + '\n', { flag: 'wx' }).catch((err: NodeJS.ErrnoException) => {
      if (err.code !== 'EEXIST') throw err;
    });
    await this.rescan();
    const entry = this.entries.get(id);
    if (!entry) throw new StoryLoadError(`could not create the story folder ${dir}`);
    return entry;
  }

  /** Waits for every build in progress. */
  async settled(): Promise<void> {
    while (this.all().some((e) => e.building)) await Promise.all(this.all().map((e) => e.building));
  }
}
