import { execFile } from 'node:child_process';
import { existsSync } from 'node:fs';
import { cp, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newsArticles } from '../../bench/lib/newsText.ts';
import { UserInputError, type Command } from '../../src/commands/command.ts';
import { loadCommands } from '../../src/commands/registry.ts';
import { createLogger } from '../../src/log.ts';
import { indexPath } from '../../src/search/persistedIndex.ts';
import { loadStory } from '../../src/story/loadStory.ts';
import type { Story } from '../../src/story/story.ts';
import { AnalysisPool } from '../../src/workers/analysisPool.ts';
import { answeredBy } from '../../src/workers/routes.ts';

const SEEDS = resolve(import.meta.dirname, '..', '..', 'seeds');
const logs: string[] = [];
const logger = createLogger('info', (line) => logs.push(line));

let pool: AnalysisPool;
let commands: Map<string, Command>;
let wrapped: Map<string, Command>;
let story: Story;
/** The same folder loaded again: the handlers run here, on this thread, for comparison. */
let here: Story;
beforeAll(async () => {
  pool = new AnalysisPool({ logger });
  commands = await loadCommands();
  wrapped = pool.wrap(commands);
  story = await loadStory(SEEDS);
  here = await loadStory(SEEDS);
  await pool.prepare(story);
}, 120_000);
afterAll(async () => {
  await pool?.close();
});

const ASKED: [string, Record<string, string>][] = [
  ['who-said', {}],
  ['who-said', { speaker: 'Trump' }],
  ['who-said', { quote: 'working level dialogue' }],
  ['timeline', {}],
  ['timeline', { about: 'invitation', from: '2018-07-01' }],
  ['ask', { question: 'who was invited to Washington?' }],
  ['ask', { question: 'what did she say about the invitation?' }],
  ['ask', { question: 'what did the president say?' }],
  ['sources', {}],
];

describe('commands answered by the worker threads', () => {
  it.each(ASKED)('/%s %o answers exactly as its handler does on this thread', async (name, options) => {
    const fromWorker = await wrapped.get(name)!.handler(story, options);
    expect(fromWorker).toEqual(await commands.get(name)!.handler(here, options));
  });

  it('routes /ask to the people analysis only when the question says "she"/"he" or names a role', () => {
    expect(answeredBy('ask', { question: 'who was invited?' })).toBe('search');
    expect(answeredBy('ask', { question: 'what did she say?' })).toBe('people');
    expect(answeredBy('ask', { question: 'what did the minister announce?' })).toBe('people');
    expect(answeredBy('who-said', {})).toBe('people');
    expect(answeredBy('timeline', {})).toBe('dates');
    expect(answeredBy('help', {})).toBeUndefined();
  });

  it('gives a bad option the same explanation, as a UserInputError', async () => {
    const local = await (async () => commands.get('who-said')!.handler(here, { speaker: 'Nobody Atall' }))().catch((err: Error) => err);
    const remote = await (async () => wrapped.get('who-said')!.handler(story, { speaker: 'Nobody Atall' }))().catch((err: Error) => err);
    expect(local).toBeInstanceOf(UserInputError);
    expect(remote).toBeInstanceOf(UserInputError);
    expect((remote as Error).message).toBe((local as Error).message);
  });

  it('suggests and gives examples from the analyses, as the commands do', async () => {
    expect(await wrapped.get('who-said')!.autocompleteLater!(story, 'speaker', 'Trum')).toEqual(await commands.get('who-said')!.autocomplete!(here, 'speaker', 'Trum'));
    expect(await wrapped.get('timeline')!.autocompleteLater!(story, 'about', 'inv')).toEqual(await commands.get('timeline')!.autocomplete!(here, 'about', 'inv'));
    expect(wrapped.get('who-said')!.exampleFrom!(story)).toEqual(await commands.get('who-said')!.exampleFrom!(here));
    expect(wrapped.get('sources')!.exampleFrom!(story)).toEqual(await commands.get('sources')!.exampleFrom!(here));
    expect(wrapped.get('who-said')!.exampleFrom!(story)).toHaveProperty('speaker');
    expect(wrapped.get('who-said')!.answersLater!(story, {})).toBe(false);
  });

  it('says the story is still being analysed when a worker takes longer than the wait', async () => {
    const impatient = new AnalysisPool({ logger, workers: 1, waitMs: 1 });
    try {
      const fresh = await loadStory(SEEDS);
      expect(impatient.wrap(commands).get('who-said')!.answersLater!(fresh, {})).toBe(true);
      await expect(impatient.run(fresh, 'who-said', {})).rejects.toThrow(/still being analysed/);
    } finally {
      await impatient.close();
    }
  }, 60_000);
});

describe('a file whose analysis takes longer than the budget', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'storyline-budget-'));
    await writeFile(join(dir, 'long.txt'), newsArticles(1, 2_150, 5)[0]);
    await writeFile(join(dir, 'short.txt'), newsArticles(1, 40, 6)[0]);
  }, 60_000);
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('is left out of the analyses with a warning naming it; the others are analysed', async () => {
    const strict = new AnalysisPool({ logger, workers: 1, fileBudgetMs: 0 });
    try {
      const big = await loadStory(dir);
      expect(big.articles.find((a) => a.file === 'long.txt')!.sentences.length).toBeGreaterThanOrEqual(2_000);
      await strict.prepare(big);
      expect(logs.find((l) => l.includes('long.txt'))).toMatch(/left out of the analyses .*long\.txt: its analysis took \d+ ms, more than the 0 ms a file may take/);
      expect(logs.some((l) => l.includes('short.txt'))).toBe(false);
      const answer = (await strict.wrap(commands).get('who-said')!.handler(big, {})) as { quotes: { citations: { file: string }[] }[] };
      expect(answer.quotes.length).toBeGreaterThan(0);
      expect(answer.quotes.flatMap((q) => q.citations.map((c) => c.file))).not.toContain('long.txt');
    } finally {
      await strict.close();
    }
  }, 120_000);

  it('analyses a story of one large file once: its analysis alone is the story\'s', async () => {
    const one = await mkdtemp(join(tmpdir(), 'storyline-one-file-'));
    const lines: string[] = [];
    const single = new AnalysisPool({ logger: createLogger('info', (line) => lines.push(line)), workers: 1 });
    try {
      await writeFile(join(one, 'long.txt'), newsArticles(1, 2_150, 5)[0]);
      const story = await loadStory(one);
      await single.prepare(story);
      const steps = JSON.parse(lines.find((l) => l.includes('analysed ('))!.replace(/^.*? (\{.*\})$/, '$1')).ms as Record<string, number>;
      expect(steps.alone).toBeGreaterThan(100);
      // Already built by the analysis alone: nothing left to do.
      expect(steps.people + steps.quotes + steps.timeline).toBeLessThan(5);
      const here = await loadStory(one);
      expect(await single.wrap(commands).get('who-said')!.handler(story, {})).toEqual(await commands.get('who-said')!.handler(here, {}));
    } finally {
      await single.close();
      await rm(one, { recursive: true, force: true });
    }
  }, 120_000);
});

describe('the search index of a large story', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'storyline-saved-index-'));
    await cp(SEEDS, dir, { recursive: true });
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('is built by the search worker, not on the main thread, saved, and loaded by the next start', async () => {
    // As the bot loads it: not indexed on the main thread (the workers answer every search).
    const loaded = await loadStory(dir, { index: false, persistIndexFrom: 0 });
    expect(existsSync(indexPath(dir))).toBe(false);
    const question = { question: 'who invited Putin to Washington?' };
    const aboutHer = { question: 'what did she say about the invitation?' };
    expect(answeredBy('ask', aboutHer)).toBe('people');
    const answers: unknown[] = [];
    for (const start of ['first', 'second']) {
      const lines: string[] = [];
      const large = new AnalysisPool({ logger: createLogger('info', (line) => lines.push(line)), persistIndexFrom: 0 });
      try {
        await large.prepare(loaded);
        answers.push(await large.wrap(commands).get('ask')!.handler(loaded, question));
        // A question about "she" is answered by the people worker, from the index the search worker sent it.
        answers.push(await large.wrap(commands).get('ask')!.handler(loaded, aboutHer));
        // The first start builds the index once (the search worker, which saves it); the next one loads it.
        expect(lines.filter((l) => l.includes('building the search index')).length, start).toBe(start === 'first' ? 1 : 0);
        expect(lines.find((l) => l.includes('analysed (people)')), start).not.toMatch(/"index"/);
        expect(existsSync(indexPath(dir))).toBe(true);
      } finally {
        await large.close();
      }
    }
    expect(answers[2]).toEqual(answers[0]);
    expect(answers[3]).toEqual(answers[1]);
    expect(answers[0]).toEqual(await commands.get('ask')!.handler(here, question));
    expect(answers[1]).toEqual(await commands.get('ask')!.handler(here, aboutHer));
  }, 120_000);
});

describe('from the compiled dist/ (npm start)', () => {
  const out = resolve(import.meta.dirname, '..', '..', 'node_modules', '.cache', 'storyline-dist-test');
  beforeAll(async () => {
    await rm(out, { recursive: true, force: true });
    await promisify(execFile)(process.execPath, [resolve('node_modules/typescript/bin/tsc'), '-p', 'tsconfig.build.json', '--outDir', out], { cwd: resolve(import.meta.dirname, '..', '..') });
  }, 180_000);
  afterAll(async () => {
    await rm(out, { recursive: true, force: true });
  });

  it('starts the compiled worker (.js) and answers as the sources do', async () => {
    const compiled = (await import(pathToFileURL(join(out, 'src', 'workers', 'analysisPool.js')).href)) as typeof import('../../src/workers/analysisPool.ts');
    const registry = (await import(pathToFileURL(join(out, 'src', 'commands', 'registry.js')).href)) as typeof import('../../src/commands/registry.ts');
    const distPool = new compiled.AnalysisPool({ logger, workers: 1 });
    try {
      const answer = await distPool.wrap(await registry.loadCommands()).get('who-said')!.handler(story, { speaker: 'Trump' });
      expect(answer).toEqual(await commands.get('who-said')!.handler(here, { speaker: 'Trump' }));
    } finally {
      await distPool.close();
    }
  }, 120_000);
});
