import { cp, mkdtemp, readFile, rm, stat, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { findSnippets } from '../../src/search/findSnippets.ts';
import { InvertedIndex } from '../../src/search/invertedIndex.ts';
import { CACHE_DIR, INDEX_FORMAT, indexPath, loadIndex, loadOrBuildIndex, saveIndex } from '../../src/search/persistedIndex.ts';
import { loadStory } from '../../src/story/loadStory.ts';
import { Story } from '../../src/story/story.ts';

const FIXTURE = fileURLToPath(new URL('./fixtures/ferry-story', import.meta.url));
const TEXTS = [
  'The ferry to Skarra was withdrawn after a crack was found in its hull.',
  'Harbour master Ingrid Tollefsen said the vessel would stay in dry dock.',
  'Councillors released emergency funding for a temporary ferry.',
  '',
  'Café owners on the île said the naïve plan — a “fortnight” — was optimistic.',
];

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'storyline-index-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('persisted index', () => {
  it('loads back exactly what was saved', async () => {
    const index = InvertedIndex.fromTexts(TEXTS);
    const path = await saveIndex(dir, 'v1', index);
    expect(path).toBe(join(dir, CACHE_DIR, `index-${INDEX_FORMAT}.bin`));
    const loaded = await loadIndex(dir, 'v1', TEXTS.length);
    expect(loaded.reason).toBeUndefined();
    const data = loaded.index!.toData();
    expect(data.docCount).toBe(5);
    expect(data.vocabulary).toEqual(index.toData().vocabulary);
    expect(Array.from(data.offsets)).toEqual(Array.from(index.toData().offsets));
    expect(Array.from(data.docs)).toEqual(Array.from(index.toData().docs));
    expect(Array.from(data.weights)).toEqual(Array.from(index.toData().weights));
    for (const q of ['ferry crack', 'café naïve île', 'Tollefsen vessel']) expect(loaded.index!.search(q, 3)).toEqual(index.search(q, 3));
  });

  it('saves and loads an empty index', async () => {
    await saveIndex(dir, 'v1', InvertedIndex.fromTerms([]));
    const loaded = await loadIndex(dir, 'v1');
    expect(loaded.index?.docCount).toBe(0);
    expect(loaded.index?.search('ferry', 3)).toEqual([]);
  });

  it('ignores a file saved for another version of the story', async () => {
    await saveIndex(dir, 'v1', InvertedIndex.fromTexts(TEXTS));
    const loaded = await loadIndex(dir, 'v2');
    expect(loaded.index).toBeUndefined();
    expect(loaded.reason).toMatch(/stale/);
  });

  it('ignores a file whose sentence count differs from the story', async () => {
    await saveIndex(dir, 'v1', InvertedIndex.fromTexts(TEXTS));
    const loaded = await loadIndex(dir, 'v1', TEXTS.length + 1);
    expect(loaded.reason).toMatch(/stale \(5 sentences, the story has 6\)/);
  });

  it('says when there is no saved index', async () => {
    expect(await loadIndex(dir, 'v1')).toEqual({ reason: 'no saved index' });
  });

  it('rejects a file with a flipped byte in its postings (checksum)', async () => {
    const path = await saveIndex(dir, 'v1', InvertedIndex.fromTexts(TEXTS));
    const bytes = await readFile(path);
    bytes[60] ^= 0x40;
    await writeFile(path, bytes);
    const loaded = await loadIndex(dir, 'v1');
    expect(loaded.index).toBeUndefined();
    expect(loaded.reason).toMatch(/corrupt \(checksum/);
  });

  it('rejects a truncated file and a file that is not an index', async () => {
    const path = await saveIndex(dir, 'v1', InvertedIndex.fromTexts(TEXTS));
    await truncate(path, (await stat(path)).size - 6);
    expect((await loadIndex(dir, 'v1')).reason).toMatch(/corrupt \(truncated/);
    await writeFile(path, 'hello, not an index at all, just some text long enough for a header');
    expect((await loadIndex(dir, 'v1')).reason).toMatch(/corrupt \(not an index/);
    await writeFile(path, '');
    expect((await loadIndex(dir, 'v1')).reason).toMatch(/corrupt/);
  });
});

describe('loadOrBuildIndex', () => {
  it('builds and saves the first time, then loads without building', async () => {
    let builds = 0;
    const build = () => {
      builds++;
      return InvertedIndex.fromTexts(TEXTS);
    };
    const first = await loadOrBuildIndex({ dir, version: 'v1', expectedDocs: 5, build });
    expect(first).toMatchObject({ source: 'built', reason: 'no saved index' });
    expect(first.saveError).toBeUndefined();
    const second = await loadOrBuildIndex({ dir, version: 'v1', expectedDocs: 5, build });
    expect(second.source).toBe('disk');
    expect(builds).toBe(1);
    expect(second.index.search('ferry hull', 3)).toEqual(first.index.search('ferry hull', 3));
  });

  it('rebuilds over a corrupt file and a stale one, and the rebuilt file loads', async () => {
    const build = () => InvertedIndex.fromTexts(TEXTS);
    await loadOrBuildIndex({ dir, version: 'v1', build });
    await writeFile(indexPath(dir), Buffer.alloc(100, 7));
    const rebuilt = await loadOrBuildIndex({ dir, version: 'v1', build });
    expect(rebuilt.source).toBe('built');
    expect(rebuilt.reason).toMatch(/corrupt/);
    expect((await loadOrBuildIndex({ dir, version: 'v1', build })).source).toBe('disk');
    const changed = await loadOrBuildIndex({ dir, version: 'v2', build });
    expect(changed).toMatchObject({ source: 'built' });
    expect(changed.reason).toMatch(/stale/);
  });

  it('still answers when the story folder cannot hold the cache', async () => {
    await writeFile(join(dir, CACHE_DIR), 'a file where the cache folder should be');
    const result = await loadOrBuildIndex({ dir, version: 'v1', build: () => InvertedIndex.fromTexts(TEXTS) });
    expect(result.source).toBe('built');
    expect(result.saveError).toBeTruthy();
    expect(result.index.search('ferry', 1)).toHaveLength(1);
  });

  it('gives a story loaded from disk the same answers as one built from scratch', async () => {
    const storyDir = join(dir, 'story');
    await cp(FIXTURE, storyDir, { recursive: true });
    const story = await loadStory(storyDir);
    const { index: built } = await loadOrBuildIndex({ dir: storyDir, version: story.version, expectedDocs: story.sentences.length, build: () => story.index });
    expect(built).toBe(story.index);
    const again = await loadStory(storyDir);
    expect(again.version).toBe(story.version);
    const result = await loadOrBuildIndex({ dir: again.dir, version: again.version, expectedDocs: again.sentences.length, build: () => again.index });
    expect(result.source).toBe('disk');
    const restored = new Story({ dir: again.dir, name: again.name, version: again.version, articles: [...again.articles], index: result.index });
    for (const question of ['who found the crack in the hull?', 'emergency funding for a ferry', 'replacement vessel']) {
      const expected = findSnippets(story, question, { limit: 3 });
      expect(expected.length).toBeGreaterThan(0);
      expect(findSnippets(restored, question, { limit: 3 })).toEqual(expected);
    }
  });
});
