import type { AttachedFile, Choice } from '../commands/command.ts';

/** The refusal when /story add gets neither or both of `url:` and `file:`. */
export const ONE_SOURCE = 'Give either `url:` (a link to the article) or `file:` (an attached .html, .htm, .txt or .md file), not both.';

/** Where a command was used: the channel's story wins over the server's. */
export interface Place {
  guildId?: string;
  channelId?: string;
}

/** One story as /story list shows it. */
export interface StorySummary {
  id: string;
  name: string;
  status: 'ready' | 'loading' | 'empty' | 'failed';
  articles: number;
  /** Distinct outlets (articles without one count once each). */
  sources: number;
  words: number;
  /** Earliest and latest publication date of its articles (YYYY-MM-DD). */
  from?: string;
  to?: string;
  /** When an article file last changed (ISO time). */
  updated?: string;
  /** Why a story cannot answer (no articles yet, a load error). */
  note?: string;
}

export interface StoryListing {
  stories: StorySummary[];
  /** The story this channel answers from, and why. */
  current?: { id: string; because: 'channel' | 'server' | 'first' };
}

export interface UseResult {
  story: StorySummary;
  scope: 'channel' | 'server';
}

export interface AddedArticle {
  story: StorySummary;
  /** The story was created by this add. */
  created: boolean;
  file: string;
  title: string;
  outlet?: string;
  author?: string;
  published?: string;
  url?: string;
  words: number;
  warnings: string[];
  /** The story already answers with it (false: still being rebuilt in the background). */
  served: boolean;
}

export interface RemovedArticle {
  story: StorySummary;
  file: string;
  title: string;
  /** Where the file now is, relative to the story folder. */
  movedTo: string;
  /** The story already answers without it (false: still being rebuilt in the background). */
  served: boolean;
}

/**
 * What the /story command can do with the bot's stories. The Discord adapter hands one to the command
 * (CommandContext.stories); src/stories/storyService.ts implements it over the folders.
 */
export interface StoryDesk {
  /** How admins are recognised, for messages ("Manage Server" or a role). */
  readonly adminRule: string;
  list(place: Place): StoryListing;
  use(story: string, scope: 'channel' | 'server', place: Place): Promise<UseResult>;
  add(request: { story?: string; url?: string; file?: AttachedFile }, place: Place): Promise<AddedArticle>;
  remove(request: { story?: string; article: string }, place: Place): Promise<RemovedArticle>;
  storyChoices(typed: string): Choice[];
  articleChoices(story: string | undefined, place: Place, typed: string): Choice[];
}
