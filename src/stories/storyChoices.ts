import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import type Keyv from 'keyv';
import type { Logger } from '../log.ts';

/** Where the channel and server story choices are kept. */
export interface ChoiceBackend {
  readonly description: string;
  loadAll(): Promise<Record<string, string>>;
  set(key: string, storyId: string): Promise<void>;
  close(): Promise<void>;
}

export const channelKey = (channelId: string) => `channel:${channelId}`;
export const serverKey = (guildId: string) => `guild:${guildId}`;

/** A small JSON file (in the data folder), rewritten whole on each change via a temporary file and a rename. */
export function jsonFileChoices(path: string): ChoiceBackend {
  let writing: Promise<void> = Promise.resolve();
  let data: Record<string, string> | undefined;
  const read = async () => {
    try {
      const parsed = JSON.parse(await readFile(path, 'utf8')) as unknown;
      return parsed && typeof parsed === 'object' && !Array.isArray(parsed) ? Object.fromEntries(Object.entries(parsed).filter(([, v]) => typeof v === 'string')) as Record<string, string> : {};
    } catch (err) {
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return {};
      throw err;
    }
  };
  return {
    description: path,
    async loadAll() {
      data = await read();
      return { ...data };
    },
    set(key, storyId) {
      writing = writing.then(async () => {
        data ??= await read();
        data[key] = storyId;
        await mkdir(dirname(path), { recursive: true });
        const temp = join(dirname(path), `.${process.pid}-${Date.now()}.tmp`);
        await writeFile(temp, JSON.stringify(data, null, 2) + '\n');
        await rename(temp, path);
      });
      return writing;
    },
    async close() {
      await writing.catch(() => {});
    },
  };
}

/** A keyv store (the cache's Redis, in its own namespace, without expiry): shared by every bot process. */
export function keyvChoices(keyv: Keyv, description: string, close: () => Promise<void>): ChoiceBackend {
  return {
    description,
    async loadAll() {
      const all: Record<string, string> = {};
      if (!keyv.iterator) return all;
      for await (const [key, value] of keyv.iterator(undefined) as AsyncIterable<[string, unknown]>) if (typeof value === 'string') all[key] = value;
      return all;
    },
    async set(key, storyId) {
      await keyv.set(key, storyId);
    },
    close,
  };
}

/** Redis at CACHE_URL, namespace `storyline-stories`: commands fail at once while it is down (no offline queue). */
export async function redisChoices(url: string): Promise<ChoiceBackend> {
  const [{ default: Keyv }, { default: KeyvRedis, createClient }] = await Promise.all([import('keyv'), import('@keyv/redis')]);
  const client = createClient({
    url,
    disableOfflineQueue: true,
    socket: { connectTimeout: 1000, reconnectStrategy: (retries: number) => Math.min(100 * 2 ** Math.min(retries, 10), 5000) },
  });
  client.on('error', () => {});
  await Promise.race([client.connect().catch(() => {}), new Promise((resolve) => setTimeout(resolve, 1000).unref())]);
  const store = new KeyvRedis(client as never, { namespace: 'storyline-stories', throwOnConnectError: true, throwOnErrors: true });
  store.on('error', () => {});
  const keyv = new Keyv({ store, namespace: 'storyline-stories', throwOnErrors: true });
  keyv.on('error', () => {});
  return keyvChoices(keyv, 'redis (namespace storyline-stories)', async () => {
    try {
      if (client.isReady) await client.close();
      else client.destroy();
    } catch {
      client.destroy();
    }
  });
}

/**
 * Which story each channel and server uses. Read from memory (answers never wait for storage); written
 * through to the backend; re-read from it every `refreshMs` so choices made by another bot process show up.
 */
export class StoryChoices {
  private choices = new Map<string, string>();
  private timer?: NodeJS.Timeout;

  private constructor(private readonly backend: ChoiceBackend, private readonly logger?: Logger) {}

  static async open(backend: ChoiceBackend, options: { refreshMs?: number; logger?: Logger } = {}): Promise<StoryChoices> {
    const choices = new StoryChoices(backend, options.logger);
    await choices.refresh();
    if (options.refreshMs) {
      choices.timer = setInterval(() => void choices.refresh(), options.refreshMs);
      choices.timer.unref();
    }
    return choices;
  }

  async refresh(): Promise<void> {
    try {
      this.choices = new Map(Object.entries(await this.backend.loadAll()));
    } catch (err) {
      this.logger?.warn('could not read the story choices; keeping the ones in memory', { store: this.backend.description, error: err as Error });
    }
  }

  get(key: string): string | undefined {
    return this.choices.get(key);
  }

  /** Saves a choice; throws when the backend cannot keep it (the user is told, nothing half-done). */
  async set(key: string, storyId: string): Promise<void> {
    await this.backend.set(key, storyId);
    this.choices.set(key, storyId);
  }

  async close(): Promise<void> {
    clearInterval(this.timer);
    await this.backend.close();
  }
}
