import { existsSync } from 'node:fs';
import { appendFile, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { articleFromText, loadStory } from '../../src/story/loadStory.ts';
import { Story } from '../../src/story/story.ts';
import { indexPath } from '../../src/search/persistedIndex.ts';

const SUBJECTS = ['The council', 'The harbour master', 'A fisherman', 'The mayor', 'Engineers', 'The ferry operator'];
const VERBS = ['inspected', 'delayed', 'approved', 'questioned', 'repaired', 'closed'];
const OBJECTS = ['the seawall', 'the north pier', 'the bond vote', 'the ferry ramp', 'the storm drains', 'the budget'];

/** A story folder of `articles` files with `perArticle` generated sentences each. */
async function writeStory(dir: string, articles: number, perArticle: number): Promise<void> {
  for (let a = 0; a < articles; a++) {
    const lines: string[] = [];
    for (let i = 0; i < perArticle; i++) {
      const n = a * perArticle + i;
      lines.push(`${SUBJECTS[n % 6]} ${VERBS[(n >> 3) % 6]} ${OBJECTS[(n >> 5) % 6]} in week ${n % 52} of project ${n}.`);
    }
    await writeFile(join(dir, `article-${String(a).padStart(3, '0')}.txt`), lines.join('\n') + '\n');
  }
}

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'storyline-large-'));
  await writeStory(dir, 30, 2000);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('a large story', { timeout: 90_000 }, () => {
  it('is indexed in slices: the event loop gets turns while the index is built', async () => {
    const loaded = await loadStory(dir, { persistIndexFrom: Infinity });
    expect(loaded.sentences.length).toBe(60_000);
    // Index the same articles again, in memory: no file I/O, so any turn of the event loop is the slicing's.
    const articles = loaded.articles.map((a) => articleFromText(a.file, a.sentences.map((s) => s.text).join('\n')).article);
    let turns = 0;
    const counting = setImmediate(function count() {
      turns++;
      immediate = setImmediate(count);
    });
    let immediate: NodeJS.Immediate = counting;
    const story = await Story.build({ dir, name: 'large', version: 'v', articles }, { sliceMs: 5 });
    clearImmediate(immediate);
    expect(story.index.search('harbour master repaired the ferry ramp', 5)).toEqual(loaded.index.search('harbour master repaired the ferry ramp', 5));
    expect(turns).toBeGreaterThanOrEqual(2);
  });

  it('saves its index next to the story and loads it on the next start, with the same answers', async () => {
    const notes: string[] = [];
    const first = await loadStory(dir, { persistIndexFrom: 10_000, onInfo: (m) => notes.push(m) });
    expect(notes.join('\n')).toMatch(/building the search index \(60000 sentences; no saved index\)/);
    expect(existsSync(indexPath(dir))).toBe(true);
    const second = await loadStory(dir, { persistIndexFrom: 10_000, onInfo: (m) => notes.push(m) });
    expect(notes.at(-1)).toMatch(/loaded the saved search index/);
    expect(second.version).toBe(first.version);
    for (const query of ['harbour master repaired the ferry ramp', 'project 4711', 'bond vote week 12']) {
      expect(second.index.search(query, 10)).toEqual(first.index.search(query, 10));
    }
  });

  it('rebuilds the saved index when an article changes', async () => {
    const notes: string[] = [];
    await loadStory(dir, { persistIndexFrom: 10_000 });
    await appendFile(join(dir, 'article-000.txt'), 'A new sentence about the lighthouse appeared.\n');
    const changed = await loadStory(dir, { persistIndexFrom: 10_000, onInfo: (m) => notes.push(m) });
    expect(notes[0]).toMatch(/building the search index \(60001 sentences/);
    expect(changed.index.search('lighthouse', 1)).toHaveLength(1);
  });
});
