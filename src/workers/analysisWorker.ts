/**
 * A worker thread (started by analysisPool.ts). It receives a story's articles from the main thread,
 * builds its own Story from them, prepares what its roles read (search tables; people and quotes; timeline
 * and topics) and then answers the commands that read them by running the real command handlers: answers
 * go back as plain data, the same data the answer cache keeps. Messages are handled one at a time, in
 * order; an analysis holds this thread, never the one that acknowledges interactions.
 */
import { parentPort } from 'node:worker_threads';
import { peopleOf } from '../analysis/people.ts';
import { quotesOf } from '../analysis/quotes.ts';
import { timelineOf } from '../analysis/timeline.ts';
import { topicsOf } from '../analysis/topics.ts';
import { UserInputError, type Command, type CommandOptions } from '../commands/command.ts';
import { loadCommands } from '../commands/registry.ts';
import { prepareSearch } from '../search/findSnippets.ts';
import { InvertedIndex } from '../search/invertedIndex.ts';
import { loadIndex, saveIndex as writeIndex } from '../search/persistedIndex.ts';
import { Story } from '../story/story.ts';
import type { Article, LoadWarning } from '../story/types.ts';
import { keyText, type AnalysisRole, type FromWorker, type StoryKey, type ToWorker } from './protocol.ts';
import { suggestedBy } from './routes.ts';

/** What each role prepares, in order (quotes read the people analysis); the dates role never searches. */
const ANALYSES: Record<AnalysisRole, [string, (story: Story) => unknown][]> = {
  search: [
    ['index', (story) => story.index],
    ['search', prepareSearch],
  ],
  // /ask questions with "she", "he" or a role word are answered here, so this role searches too.
  people: [
    ['index', (story) => story.index],
    ['people', peopleOf],
    ['quotes', quotesOf],
  ],
  dates: [
    ['timeline', timelineOf],
    ['topics', topicsOf],
  ],
};

/**
 * An article of at least this many sentences is analysed alone first, and left out of the analyses when
 * that takes longer than the budget (a news article has tens of sentences; a 5 MB paste, tens of thousands).
 */
export const ALONE_FROM_SENTENCES = 2_000;

interface Held {
  key: StoryKey;
  name: string;
  warnings: LoadWarning[];
  articles: Article[];
  story?: Story;
  /** The search index another thread built, when it came before the story was built here. */
  index?: InvertedIndex;
  /** Why the analysis failed, when it did. */
  failed?: string;
}

const port = parentPort;
if (!port) throw new Error('analysisWorker.ts runs as a worker thread (see analysisPool.ts)');
const held = new Map<string, Held>();
const commands = loadCommands();
const send = (message: FromWorker) => port.postMessage(message);

async function analyse(message: Extract<ToWorker, { type: 'analyse' }>, commandsByName: Map<string, Command>): Promise<void> {
  const entry = held.get(keyText(message.key));
  if (!entry) return;
  try {
    await analyseHeld(entry, message, commandsByName);
  } catch (err) {
    entry.failed = (err as Error)?.message ?? String(err);
    entry.articles = [];
    send({ type: 'ready', key: message.key, ms: {}, examples: {}, skipped: [], error: entry.failed });
  }
}

/**
 * The articles whose analysis stays within the budget: one of ALONE_FROM_SENTENCES or more is analysed alone
 * first and left out (with a warning) when that takes longer. A story of that one article alone is then
 * already analysed: it is returned as `analysed`, not analysed a second time.
 */
function withinBudget(entry: Held, steps: [string, (story: Story) => unknown][], budgetMs: number): { kept: Article[]; skipped: LoadWarning[]; analysed?: Story; aloneMs: number } {
  const skipped: LoadWarning[] = [];
  let analysed: Story | undefined;
  let aloneMs = 0;
  const kept = entry.articles.filter((article) => {
    if (article.sentences.length < ALONE_FROM_SENTENCES) return true;
    const only = entry.articles.length === 1;
    const alone = new Story({ dir: entry.key.dir, name: entry.name, version: entry.key.version, articles: [only ? article : structuredClone(article)], ...(only ? { warnings: entry.warnings } : {}) });
    const started = performance.now();
    for (const [, build] of steps) build(alone);
    const ms = performance.now() - started;
    aloneMs += ms;
    if (ms <= budgetMs) {
      if (only) analysed = alone;
      return true;
    }
    skipped.push({ file: article.file, reason: `its analysis took ${Math.round(ms)} ms, more than the ${budgetMs} ms a file may take; left out of /who-said and /timeline` });
    return false;
  });
  return { kept, skipped, analysed, aloneMs };
}

async function analyseHeld(entry: Held, message: Extract<ToWorker, { type: 'analyse' }>, commandsByName: Map<string, Command>): Promise<void> {
  // A worker that receives the search index from another thread does not build it (it would on first use).
  const steps = message.roles.flatMap((role) => ANALYSES[role]).filter(([name]) => !(name === 'index' && message.index === 'receive'));
  const { kept, skipped, analysed, aloneMs } = withinBudget(entry, steps, message.budgetMs);
  // The analyses of the large files alone (then of the story, unless it is that one file).
  const ms: Record<string, number> = aloneMs ? { alone: Math.round(aloneMs) } : {};
  let started = performance.now();
  const searches = steps.some(([name]) => name === 'index');
  const saved = searches && !analysed ? await savedIndex(entry.key, kept, message.persistIndexFrom) : undefined;
  const given = entry.index?.docCount === kept.reduce((n, a) => n + a.sentences.length, 0) ? entry.index : undefined;
  const story = analysed ?? new Story({ dir: entry.key.dir, name: entry.name, version: entry.key.version, articles: kept, warnings: entry.warnings, index: saved ?? given });
  if (given && analysed) analysed.useIndex(given);
  ms.story = Math.round(performance.now() - started);
  for (const [name, build] of steps) {
    started = performance.now();
    build(story);
    ms[name] = Math.round(performance.now() - started);
  }
  if (searches && !saved && message.roles.includes('search') && story.sentences.length >= message.persistIndexFrom) await saveIndex(story);
  if (searches && message.index === 'build-and-share') send({ type: 'index', key: message.key, index: story.index.toData() });
  entry.story = story;
  entry.index = undefined;
  entry.articles = [];
  const examples: Record<string, CommandOptions> = {};
  for (const command of commandsByName.values()) {
    const role = suggestedBy(command.name);
    const example = role && message.roles.includes(role) ? await command.exampleFrom?.(story) : undefined;
    if (example) examples[command.name] = example;
  }
  send({ type: 'ready', key: message.key, ms, examples, skipped });
}

/**
 * A large story's search index as an earlier start (or another bot process) saved it for this exact content
 * (<story>/.storyline-cache/), else undefined and the worker builds it. The main thread does not index.
 */
async function savedIndex(key: StoryKey, articles: readonly Article[], persistFrom: number): Promise<InvertedIndex | undefined> {
  const sentences = articles.reduce((n, a) => n + a.sentences.length, 0);
  if (sentences < persistFrom) return undefined;
  const loaded = await loadIndex(key.dir, key.version, sentences);
  if (!loaded.index) send({ type: 'log', level: 'info', message: `building the search index of ${key.dir} (${sentences} sentences; ${loaded.reason})` });
  return loaded.index;
}

/** The search worker saves a large story's index, so the next start loads it instead of building it. */
async function saveIndex(story: Story): Promise<void> {
  await writeIndex(story.dir, story.version, story.index).catch((err: unknown) =>
    send({ type: 'log', level: 'info', message: `could not save the search index of ${story.dir}; it will be rebuilt next time: ${(err as Error)?.message ?? err}` }),
  );
}

/** The search index another thread built: used when this worker's story has the same sentences and no index yet. */
function receiveIndex(key: StoryKey, index: InvertedIndex): void {
  const entry = held.get(keyText(key));
  if (!entry) return;
  if (!entry.story) entry.index = index;
  else if (index.docCount === entry.story.sentences.length) entry.story.useIndex(index);
}

/** A story this worker has analysed, or a failure saying it has not (the pool then waits or explains). */
function storyOf(key: StoryKey): Story {
  const entry = held.get(keyText(key));
  if (entry?.failed) throw new Error(`the analysis of this story failed: ${entry.failed}`);
  const story = entry?.story;
  if (!story) throw new UserInputError('This story is still being analysed; try again in a moment.');
  return story;
}

function failure(id: number, err: unknown): FromWorker {
  if (err instanceof UserInputError) return { type: 'failed', id, userError: err.message };
  return { type: 'failed', id, error: (err as Error)?.message ?? String(err), stack: (err as Error)?.stack };
}

async function handle(message: ToWorker): Promise<void> {
  const commandsByName = await commands;
  switch (message.type) {
    case 'story':
      held.set(keyText(message.key), { key: message.key, name: message.name, warnings: message.warnings, articles: [] });
      return;
    case 'articles':
      held.get(keyText(message.key))?.articles.push(...message.articles);
      return;
    case 'analyse':
      await analyse(message, commandsByName);
      return;
    case 'forget':
      held.delete(keyText(message.key));
      return;
    case 'index':
      receiveIndex(message.key, new InvertedIndex(message.index));
      return;
    case 'run':
      try {
        const command = commandsByName.get(message.command);
        if (!command) throw new Error(`no command /${message.command}`);
        send({ type: 'answer', id: message.id, answer: await command.handler(storyOf(message.key), message.options) });
      } catch (err) {
        send(failure(message.id, err));
      }
      return;
    case 'autocomplete':
      try {
        const command = commandsByName.get(message.command);
        const choices = command?.autocomplete ? await command.autocomplete(storyOf(message.key), message.option, message.typed, { options: message.options }) : [];
        send({ type: 'choices', id: message.id, choices });
      } catch (err) {
        send(failure(message.id, err));
      }
  }
}

// Handled in arrival order: each waits for the one before (the analyses are synchronous anyway).
let queue: Promise<void> = Promise.resolve();
port.on('message', (message: ToWorker) => {
  queue = queue.then(() => handle(message)).catch((err: unknown) => send({ type: 'log', level: 'error', message: `analysis worker: ${(err as Error)?.message ?? err}`, context: { stack: (err as Error)?.stack } }));
});
