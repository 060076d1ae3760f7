import { watch, type FSWatcher } from 'node:fs';
import type { Logger } from '../log.ts';
import { folderSignature, type StoryLibrary } from './storyLibrary.ts';

export interface WatchOptions {
  /** Wait this long after the last file event before rebuilding (default 300 ms). */
  debounceMs?: number;
  /** Compare every folder with its last load this often, for file systems without reliable events (default 30 s; 0: never). */
  pollMs?: number;
  /** Listen to file events (default true); false leaves only the poll, as on file systems without events. */
  fileEvents?: boolean;
  logger?: Logger;
}

export interface StoryWatcher {
  /** Checks every folder now (what the poll does). */
  check(): Promise<void>;
  close(): void;
}

const ROOT = '\0root';

/**
 * Keeps the served stories in step with their folders: file events (debounced) and a slow poll both
 * lead to a rebuild in the background, which the library swaps in when it is ready. A rebuild is
 * skipped when the folder's files (names, sizes, times) are as they were at the last load.
 */
export function watchStories(library: StoryLibrary, options: WatchOptions = {}): StoryWatcher {
  const debounceMs = options.debounceMs ?? 300;
  const watchers = new Map<string, FSWatcher>();
  const timers = new Map<string, NodeJS.Timeout>();
  let closed = false;

  const refresh = async (id: string) => {
    if (closed) return;
    if (id === ROOT) {
      await library.rescan();
      ensureWatches();
      return;
    }
    const entry = library.get(id);
    if (!entry || entry.building) {
      if (entry) void entry.building?.then(() => schedule(id));
      return;
    }
    const { signature } = await folderSignature(entry.dir);
    if (signature !== entry.signature) await library.reload(id);
  };

  const schedule = (id: string) => {
    if (closed) return;
    clearTimeout(timers.get(id));
    timers.set(
      id,
      setTimeout(() => {
        timers.delete(id);
        refresh(id).catch((err: unknown) => options.logger?.error('story refresh failed', { story: id, error: err as Error }));
      }, debounceMs),
    );
  };

  const watchDir = (key: string, dir: string, onEvent: (file: string | null) => void) => {
    if (watchers.has(key) || options.fileEvents === false) return;
    try {
      const watcher = watch(dir, { persistent: false }, (_event, file) => onEvent(file ? String(file) : null));
      watcher.on('error', (err) => {
        options.logger?.warn('file events stopped for a story folder; the poll still checks it', { dir, error: err });
        watcher.close();
        watchers.delete(key);
      });
      watchers.set(key, watcher);
    } catch (err) {
      options.logger?.warn('cannot watch a story folder; the poll checks it instead', { dir, error: err as Error });
    }
  };

  const ensureWatches = () => {
    if (closed) return;
    if (library.root) watchDir(ROOT, library.root, (file) => (!file || !file.startsWith('.')) && schedule(ROOT));
    const ids = new Set(library.all().map((e) => e.id));
    for (const [key, watcher] of watchers) {
      if (key !== ROOT && !ids.has(key)) {
        watcher.close();
        watchers.delete(key);
      }
    }
    // Temporary files (.tmp-…) and the .removed folder are hidden: their events do not count.
    for (const entry of library.all()) watchDir(entry.id, entry.dir, (file) => (!file || !file.startsWith('.')) && schedule(entry.id));
  };

  const check = async () => {
    if (library.root) await library.rescan();
    ensureWatches();
    for (const entry of library.all()) await refresh(entry.id);
  };

  ensureWatches();
  const poll = options.pollMs === 0 ? undefined : setInterval(() => void check().catch(() => {}), options.pollMs ?? 30_000);
  poll?.unref();
  return {
    check,
    close() {
      closed = true;
      clearInterval(poll);
      for (const timer of timers.values()) clearTimeout(timer);
      for (const watcher of watchers.values()) watcher.close();
      watchers.clear();
    },
  };
}
