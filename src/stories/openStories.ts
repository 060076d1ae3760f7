import { join } from 'node:path';
import type { Settings } from '../config.ts';
import type { Logger } from '../log.ts';
import { jsonFileChoices, redisChoices, StoryChoices } from './storyChoices.ts';
import { StoryLibrary, type LibraryOptions } from './storyLibrary.ts';
import { StoryService } from './storyService.ts';
import { watchStories, type StoryWatcher } from './storyWatcher.ts';

export interface OpenStories {
  library: StoryLibrary;
  service: StoryService;
  /** Resolves when every story has loaded once (or failed). */
  loaded: Promise<void>;
  close(): Promise<void>;
}

/**
 * The stories a bot serves, from the settings: the folders (loaded in the background), where each
 * channel's and server's choice is kept (Redis when CACHE_URL is Redis, else data/story-choices.json),
 * and the watcher that rebuilds a story when its folder changes.
 */
export async function openStories(
  settings: Settings,
  logger: Logger,
  options: Pick<LibraryOptions, 'prepare' | 'buildLock' | 'index'> = {},
): Promise<OpenStories> {
  const library = new StoryLibrary({ ...settings.stories, fileBudgetMs: settings.storyFileBudgetMs, logger, ...options });
  const redis = settings.cacheUrl && /^rediss?:/i.test(settings.cacheUrl);
  const backend = redis ? await redisChoices(settings.cacheUrl!) : jsonFileChoices(join(settings.dataDir, 'story-choices.json'));
  const choices = await StoryChoices.open(backend, { refreshMs: redis ? 15_000 : 0, logger });
  const service = new StoryService({ library, choices, adminRole: settings.storyAdminRole, fetchLimits: { allowPrivate: settings.allowPrivateUrls }, logger });
  let watcher: StoryWatcher | undefined;
  const loaded = library.open().then(() => {
    watcher = watchStories(library, { pollMs: settings.storyPollSeconds * 1000, logger });
  });
  return {
    library,
    service,
    loaded,
    async close() {
      watcher?.close();
      await library.settled();
      await choices.close();
    },
  };
}
