/**
 * Messages between the thread that answers Discord (the pool, analysisPool.ts) and an analysis worker
 * (analysisWorker.ts). Everything in them is plain data (structured clone): articles, options, answers.
 */
import type { Choice, CommandOptions } from '../commands/command.ts';
import type { IndexData } from '../search/invertedIndex.ts';
import type { Article, LoadWarning } from '../story/types.ts';

/**
 * What a worker prepares and answers from: `search` (the search tables and near-duplicates: /ask, /sources),
 * `people` (the search tables too, people and quotes: /who-said, /ask about "she" or a role) and `dates`
 * (timeline and topics: /timeline, topic suggestions).
 */
export type AnalysisRole = 'search' | 'people' | 'dates';

/** One story version, as the worker knows it: its folder and content hash. */
export interface StoryKey {
  dir: string;
  version: string;
}

export type ToWorker =
  /** A story version begins: its articles follow in slices, then `analyse`. */
  | { type: 'story'; key: StoryKey; name: string; warnings: LoadWarning[] }
  | { type: 'articles'; key: StoryKey; articles: Article[] }
  /**
   * Build the story and the analyses of the worker's roles; answered by `ready`. `index`: how a worker whose
   * roles search gets the search index: it builds it (`build`), builds it and sends it back for another
   * thread (`build-and-share`), or receives it from the thread that built it (`receive`, an `index` message).
   */
  | { type: 'analyse'; key: StoryKey; roles: AnalysisRole[]; budgetMs: number; persistIndexFrom: number; index: IndexSource }
  /** The search index another thread built for this story version. */
  | { type: 'index'; key: StoryKey; index: IndexData }
  | { type: 'run'; id: number; key: StoryKey; command: string; options: CommandOptions }
  | { type: 'autocomplete'; id: number; key: StoryKey; command: string; option: string; typed: string; options: CommandOptions }
  /** Forget a story version no longer served. */
  | { type: 'forget'; key: StoryKey };

export type FromWorker =
  | { type: 'ready'; key: StoryKey; ms: Record<string, number>; examples: Record<string, CommandOptions>; skipped: LoadWarning[]; error?: string }
  | { type: 'answer'; id: number; answer: unknown }
  | { type: 'choices'; id: number; choices: Choice[] }
  /** `userError`: the handler's UserInputError (shown to the user); else `error`, a fault to log. */
  | { type: 'failed'; id: number; userError?: string; error?: string; stack?: string }
  | { type: 'log'; level: 'info' | 'warn' | 'error'; message: string; context?: Record<string, unknown> }
  /** The search index this worker built, for the thread that receives it (`build-and-share`). */
  | { type: 'index'; key: StoryKey; index: IndexData };

export type IndexSource = 'build' | 'build-and-share' | 'receive';

export const keyText = (key: StoryKey) => `${key.dir}@${key.version}`;
