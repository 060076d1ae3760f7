/**
 * Answers every command that reads a story from worker threads (search; people and quotes; timeline and
 * topics), so the thread that acknowledges interactions never waits for a story's preparation or
 * analysis. Each worker gets the story's articles (plain data, sent in slices), builds its own Story and
 * what its roles read, and answers by running the real handlers (analysisWorker.ts). `wrap` gives the
 * commands whose handlers, suggestions and examples go to the workers (routes.ts).
 */
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import { UserInputError, type Choice, type Command, type CommandOptions } from '../commands/command.ts';
import { DEFAULT_ANALYSIS_FILE_BUDGET_MS } from '../config.ts';
import type { Logger } from '../log.ts';
import { PERSIST_INDEX_FROM_SENTENCES } from '../search/persistedIndex.ts';
import type { Story } from '../story/story.ts';
import type { Article } from '../story/types.ts';
import { keyText, type AnalysisRole, type FromWorker, type IndexSource, type StoryKey, type ToWorker } from './protocol.ts';
import { answeredBy, suggestedBy } from './routes.ts';

export interface AnalysisPoolOptions {
  logger: Logger;
  /** Worker threads: 1 holds everything; 3 (the default) one per role: search, people, dates. */
  workers?: number;
  /** A request waits this long (ms) for a worker still analysing, then hears the story is being analysed. */
  waitMs?: number;
  /** Suggestions wait this long (ms) at most (Discord allows 3 s): none after it. */
  suggestMs?: number;
  /** A file whose analysis alone takes longer (ms) is left out of the analyses, with a warning naming it. */
  fileBudgetMs?: number;
  /** A story of at least this many sentences has its search index saved, and loaded by the next start (default PERSIST_INDEX_FROM_SENTENCES). */
  persistIndexFrom?: number;
}

/** What a request hears while its story is still being analysed (shown to the asker, never logged as a fault). */
export class StillAnalysingError extends UserInputError {
  override name = 'StillAnalysingError';
}

export const STILL_ANALYSING = 'This story is still being analysed (a large story takes a minute or two); try again in a moment.';
export const DEFAULT_WAIT_MS = 30_000;
export const DEFAULT_SUGGEST_MS = 2_000;
/** Articles per message when a story is sent to a worker: a few milliseconds of copying each. */
const ARTICLES_PER_MESSAGE = 50;
/** Story versions kept per folder in the workers (the one answering and the one being prepared). */
const VERSIONS_KEPT = 2;

interface Prepared {
  story: Story;
  ready: boolean;
  done: Promise<void>;
  /** Resolves once every article and the request to analyse are posted: requests go after them. */
  sent: Promise<void>;
  /** Settles `done` (when the worker is ready, or has stopped). */
  resolve: () => void;
  examples: Record<string, CommandOptions>;
}

interface Thread {
  roles: AnalysisRole[];
  worker: Worker;
  pending: Map<number, { resolve: (value: unknown) => void; reject: (err: Error) => void }>;
  /** Per story version: resolves when this worker has analysed it. */
  prepared: Map<string, Prepared>;
  stopped: boolean;
  /** Started again after its predecessor stopped: it builds its own search index rather than wait for one. */
  restarted?: boolean;
}

/** The worker's module: the compiled .js next to this file, or the .ts from source (tsx, vitest). */
function workerModule(): URL {
  const here = import.meta.url;
  return new URL(`./analysisWorker.${/\.ts$/.test(new URL(here).pathname) ? 'ts' : 'js'}`, here);
}

/**
 * A worker thread running `module`. Compiled JavaScript runs as it is; from source, the thread first
 * registers tsx's loader for itself (a loader registered on the main thread does not reach workers).
 */
function startWorker(module: URL): Worker {
  if (module.pathname.endsWith('.js')) return new Worker(module);
  const esmApi = createRequire(import.meta.url).resolve('tsx/esm/api').replace(/\.cjs$/, '.mjs');
  if (!existsSync(esmApi)) throw new Error(`running from TypeScript sources needs tsx (not found at ${esmApi}); run the compiled dist/ instead`);
  const code = `import(${JSON.stringify(pathToFileURL(esmApi).href)}).then(({ register }) => { register(); return import(${JSON.stringify(module.href)}); });`;
  return new Worker(code, { eval: true });
}

export class AnalysisPool {
  private readonly threads: Thread[] = [];
  private nextId = 1;
  private closed = false;
  /** The story versions sent to the workers, newest last, per folder. */
  private readonly versions = new Map<string, Story[]>();
  private readonly waitMs: number;
  private readonly suggestMs: number;
  private readonly fileBudgetMs: number;
  private readonly inFlight = new Map<string, Promise<unknown>>();

  constructor(private readonly options: AnalysisPoolOptions) {
    this.waitMs = options.waitMs ?? DEFAULT_WAIT_MS;
    this.suggestMs = options.suggestMs ?? DEFAULT_SUGGEST_MS;
    this.fileBudgetMs = options.fileBudgetMs ?? DEFAULT_ANALYSIS_FILE_BUDGET_MS;
    const count = Math.max(1, Math.min(3, options.workers ?? 3));
    // With two, search shares a thread with the dates (the lighter analysis), so /ask waits less.
    const split: AnalysisRole[][] = count === 1 ? [['search', 'people', 'dates']] : count === 2 ? [['search', 'dates'], ['people']] : [['search'], ['people'], ['dates']];
    for (const roles of split) this.threads.push(this.spawn(roles));
  }

  private spawn(roles: AnalysisRole[]): Thread {
    const thread: Thread = { roles, worker: startWorker(workerModule()), pending: new Map(), prepared: new Map(), stopped: false };
    thread.worker.on('message', (message: FromWorker) => this.onMessage(thread, message));
    thread.worker.on('error', (err) => this.options.logger.error(`analysis worker (${roles.join(', ')}) failed`, { error: err, stack: err.stack }));
    thread.worker.on('exit', (code) => this.onExit(thread, code));
    return thread;
  }

  private onMessage(thread: Thread, message: FromWorker): void {
    const { logger } = this.options;
    switch (message.type) {
      case 'ready': {
        const prepared = thread.prepared.get(keyText(message.key));
        for (const w of message.skipped) logger.warn(`left out of the analyses of “${prepared?.story.name ?? message.key.dir}”: ${w.file}: ${w.reason}`);
        if (message.error) logger.error(`cannot analyse story “${prepared?.story.name ?? message.key.dir}”: ${message.error}`);
        else logger.info(`story “${prepared?.story.name ?? message.key.dir}” analysed (${thread.roles.join(', ')})`, { version: message.key.version, ms: message.ms });
        if (prepared) {
          prepared.examples = message.examples;
          prepared.ready = true;
        }
        prepared?.resolve();
        return;
      }
      case 'log':
        logger[message.level](message.message, message.context);
        return;
      case 'index':
        for (const other of this.threads) {
          if (other !== thread && this.indexSource(other) === 'receive' && other.prepared.has(keyText(message.key))) other.worker.postMessage({ type: 'index', key: message.key, index: message.index } satisfies ToWorker);
        }
        return;
      default: {
        const waiting = thread.pending.get(message.id);
        if (!waiting) return; // Given up on already (it waited too long).
        thread.pending.delete(message.id);
        if (message.type === 'answer') waiting.resolve(message.answer);
        else if (message.type === 'choices') waiting.resolve(message.choices);
        else if (message.userError !== undefined) waiting.reject(new UserInputError(message.userError));
        else waiting.reject(Object.assign(new Error(message.error ?? 'analysis worker failed'), { stack: message.stack }));
      }
    }
  }

  /** A worker that stops unasked is started again (after a second) and given the stories it held. */
  private onExit(thread: Thread, code: number): void {
    for (const waiting of thread.pending.values()) waiting.reject(new Error(`the analysis worker stopped (exit code ${code})`));
    thread.pending.clear();
    for (const prepared of thread.prepared.values()) prepared.resolve();
    if (this.closed || thread.stopped) return;
    this.options.logger.error(`analysis worker (${thread.roles.join(', ')}) stopped with code ${code}; starting it again`);
    const index = this.threads.indexOf(thread);
    setTimeout(() => {
      if (this.closed) return;
      const fresh = this.spawn(thread.roles);
      fresh.restarted = true;
      this.threads[index] = fresh;
      for (const stories of this.versions.values()) for (const story of stories) this.send(fresh, story);
    }, 1_000).unref();
  }

  private threadFor(role: AnalysisRole): Thread {
    return this.threads.find((t) => t.roles.includes(role))!;
  }

  /**
   * Sends a story version to every worker and has it analysed; resolves when all have (or failed, which is
   * logged). The thread that calls it is held only for the copying of each slice of articles.
   */
  async prepare(story: Story): Promise<void> {
    if (this.closed) return;
    const kept = this.versions.get(story.dir) ?? [];
    if (!kept.includes(story)) {
      kept.push(story);
      for (const old of kept.splice(0, Math.max(0, kept.length - VERSIONS_KEPT))) this.forget(old);
      this.versions.set(story.dir, kept);
    }
    await Promise.all(this.threads.map((thread) => this.send(thread, story).done));
  }

  /**
   * The people worker answers /ask questions about "she" or "the minister", so it searches too: rather than
   * build a second search index, it receives the one the search worker built (a copy of a few typed arrays).
   */
  private indexSource(thread: Thread): IndexSource {
    const receives = (t: Thread) => t.roles.includes('people') && !t.roles.includes('search') && !t.restarted;
    if (receives(thread)) return 'receive';
    return thread.roles.includes('search') && this.threads.some((t) => t !== thread && receives(t)) ? 'build-and-share' : 'build';
  }

  private send(thread: Thread, story: Story): Prepared {
    const key: StoryKey = { dir: story.dir, version: story.version };
    const existing = thread.prepared.get(keyText(key));
    if (existing) return existing;
    let resolve!: () => void;
    const done = new Promise<void>((r) => (resolve = r));
    const post = (message: ToWorker) => thread.worker.postMessage(message);
    const sent = (async () => {
      post({ type: 'story', key, name: story.name, warnings: [...story.warnings] });
      for (let i = 0; i < story.articles.length; i += ARTICLES_PER_MESSAGE) {
        if (thread.stopped) return;
        post({ type: 'articles', key, articles: story.articles.slice(i, i + ARTICLES_PER_MESSAGE) as Article[] });
        // A turn of the event loop between slices: interactions are acknowledged meanwhile.
        await new Promise((r) => setImmediate(r));
      }
      post({ type: 'analyse', key, roles: thread.roles, budgetMs: this.fileBudgetMs, persistIndexFrom: this.options.persistIndexFrom ?? PERSIST_INDEX_FROM_SENTENCES, index: this.indexSource(thread) });
    })();
    const prepared: Prepared = { story, ready: false, done, sent, examples: {}, resolve };
    thread.prepared.set(keyText(key), prepared);
    return prepared;
  }

  private forget(story: Story): void {
    const key: StoryKey = { dir: story.dir, version: story.version };
    for (const thread of this.threads) {
      if (thread.prepared.delete(keyText(key))) thread.worker.postMessage({ type: 'forget', key } satisfies ToWorker);
    }
  }

  /** Whether the worker of `role` (else every worker) has prepared this story version. */
  isReady(story: Story, role?: AnalysisRole): boolean {
    const threads = role ? [this.threadFor(role)] : this.threads;
    return threads.every((t) => t.prepared.get(keyText({ dir: story.dir, version: story.version }))?.ready);
  }

  private request<T>(thread: Thread, story: Story, message: Record<string, unknown>, waitMs: number, onLate: () => T): Promise<T> {
    if (this.closed) return Promise.reject(new Error('the analysis workers are stopped'));
    void this.prepare(story);
    const id = this.nextId++;
    const answer = new Promise<T>((resolve, reject) => thread.pending.set(id, { resolve: resolve as (v: unknown) => void, reject }));
    // After the story's articles, so the worker has analysed it by the time it reads this.
    void this.send(thread, story).sent.then(() => {
      if (thread.pending.has(id)) thread.worker.postMessage({ ...message, id, key: { dir: story.dir, version: story.version } } as ToWorker);
    });
    let timer: NodeJS.Timeout | undefined;
    const late = new Promise<T>((resolve, reject) => {
      timer = setTimeout(() => {
        thread.pending.delete(id);
        try {
          resolve(onLate());
        } catch (err) {
          reject(err as Error);
        }
      }, waitMs);
      timer.unref();
    });
    return Promise.race([answer, late]).finally(() => clearTimeout(timer));
  }

  /**
   * A command's answer from the worker that holds its analysis (plain data, as the handler returns it).
   * Identical requests in flight share one answer: a large answer is copied from the worker once.
   */
  run(story: Story, command: string, options: CommandOptions, role: AnalysisRole = answeredBy(command, options) ?? 'search'): Promise<unknown> {
    const same = JSON.stringify([story.dir, story.version, command, Object.entries(options).sort()]);
    const running = this.inFlight.get(same);
    if (running) return running;
    const answer = this.request(this.threadFor(role), story, { type: 'run', command, options }, this.waitMs, () => {
      throw new StillAnalysingError(STILL_ANALYSING);
    }).finally(() => this.inFlight.delete(same));
    this.inFlight.set(same, answer);
    return answer;
  }

  /** Suggestions from the worker that holds what they read; none when it cannot answer in time. */
  suggest(story: Story, command: string, option: string, typed: string, options: CommandOptions = {}): Promise<Choice[]> {
    return this.request<Choice[]>(this.threadFor(suggestedBy(command) ?? 'search'), story, { type: 'autocomplete', command, option, typed, options }, this.suggestMs, () => []).catch(() => []);
  }

  /** The example the worker computed for a command when it analysed this story version. */
  example(story: Story, command: string): CommandOptions | undefined {
    return this.threadFor(suggestedBy(command) ?? 'search').prepared.get(keyText({ dir: story.dir, version: story.version }))?.examples[command];
  }

  /**
   * The commands with every handler, suggestion and example that reads the story answered by the workers
   * (routes.ts); the rest (/help, /story) as they are.
   */
  wrap(commands: ReadonlyMap<string, Command>): Map<string, Command> {
    // Routing a question reads the role-word lexicon: loaded now, not during the first burst of questions.
    answeredBy('ask', { question: 'what did the minister say' });
    const wrapped = new Map<string, Command>();
    for (const [name, command] of commands) {
      if (command.managesStories || (!answeredBy(name, {}) && !suggestedBy(name))) {
        wrapped.set(name, command);
        continue;
      }
      const suggester = suggestedBy(name);
      wrapped.set(name, {
        ...command,
        handler: (story, options, context) => {
          const role = answeredBy(name, options);
          return role ? this.run(story, name, options, role) : command.handler(story, options, context);
        },
        answersLater: (story, options) => {
          const role = answeredBy(name, options);
          return !!role && !this.isReady(story, role);
        },
        ...(command.autocomplete && suggester ? { autocompleteLater: (story: Story, option: string, typed: string, context?: { options?: CommandOptions }) => this.suggest(story, name, option, typed, context?.options) } : {}),
        ...(command.exampleFrom && suggester ? { exampleFrom: (story: Story) => this.example(story, name) } : {}),
      });
    }
    return wrapped;
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(
      this.threads.map((thread) => {
        thread.stopped = true;
        return thread.worker.terminate();
      }),
    );
  }
}
