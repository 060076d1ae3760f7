import { afterEach, describe, expect, it } from 'vitest';
import { cpSync, mkdirSync, mkdtempSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadStory } from '../../src/story/loadStory.ts';
import type { Story } from '../../src/story/story.ts';
import { StoryLibrary, type StoryEntry } from '../../src/stories/storyLibrary.ts';
import { watchStories, type StoryWatcher } from '../../src/stories/storyWatcher.ts';
import { FIXTURE_STORY } from '../adapters/discord/harness.ts';
import { COURIER, newsPage } from './newsPages.ts';

const ARTICLE = (title: string, sentence: string) => `---\ntitle: ${title}\noutlet: Test Wire\npublished: 2024-03-08\n---\n\n${sentence} The harbour authority confirmed the details on Friday.\n`;

let dir: string;
let watcher: StoryWatcher | undefined;
afterEach(() => {
  watcher?.close();
  watcher = undefined;
  if (dir) rmSync(dir, { recursive: true, force: true });
});

/** Resolves on the library's next swap (or load result) of a story. */
function nextSwap(library: StoryLibrary, id: string): Promise<StoryEntry> {
  return new Promise((resolve) => {
    const off = library.onSwap((entry) => {
      if (entry.id !== id) return;
      off();
      resolve(entry);
    });
  });
}

async function setUp(options: { fileEvents?: boolean; pollMs?: number; load?: (dir: string) => Promise<Story> } = {}) {
  dir = mkdtempSync(join(tmpdir(), 'storyline-watch-'));
  const root = join(dir, 'stories');
  cpSync(FIXTURE_STORY, join(root, 'harbour'), { recursive: true });
  const library = new StoryLibrary({ pinned: [], root, load: options.load });
  await library.open();
  watcher = watchStories(library, { debounceMs: 50, pollMs: options.pollMs ?? 0, fileEvents: options.fileEvents });
  return { library, root, folder: join(root, 'harbour') };
}

describe('story folders are watched: changes are served without a restart', () => {
  it('adds, edits and removes articles on file events, rebuilding once for a burst of changes', async () => {
    let loads = 0;
    const { library, folder } = await setUp({ load: (d) => (loads++, loadStory(d)) });
    const before = library.get('harbour')!.story!;
    const swapped = nextSwap(library, 'harbour');
    for (let i = 1; i <= 5; i++) writeFileSync(join(folder, `late-${i}.md`), ARTICLE(`Late report ${i}`, `Divers found debris number ${i} near the quay.`));
    const after = (await swapped).story!;
    // Give a straggling event its debounce, then count: a burst of five files is one or two builds, not five.
    await new Promise((r) => setTimeout(r, 300));
    await library.settled();
    expect(library.get('harbour')!.story!.articles.length).toBe(before.articles.length + 5);
    expect(after.version).not.toBe(before.version);
    expect(loads - 1).toBeLessThanOrEqual(2);

    const edited = nextSwap(library, 'harbour');
    writeFileSync(join(folder, 'late-1.md'), ARTICLE('Late report 1, corrected', 'Divers found a rudder near the quay.'));
    expect((await edited).story!.articles.find((a) => a.file === 'late-1.md')!.title).toBe('Late report 1, corrected');

    const removed = nextSwap(library, 'harbour');
    mkdirSync(join(folder, '.removed'), { recursive: true });
    renameSync(join(folder, 'late-2.md'), join(folder, '.removed', 'late-2.md'));
    expect((await removed).story!.articles.some((a) => a.file === 'late-2.md')).toBe(false);
  });

  it('keeps answering from the old version while the new one builds, then swaps', async () => {
    let release!: () => void;
    let gate: Promise<void> | undefined;
    const { library, folder } = await setUp({
      load: async (d) => {
        const story = await loadStory(d);
        if (gate) await gate;
        return story;
      },
    });
    const old = library.get('harbour')!.story!;
    gate = new Promise((r) => (release = r));
    const swapped = nextSwap(library, 'harbour');
    writeFileSync(join(folder, 'extra.md'), ARTICLE('Extra', 'A crane arrived to lift the barge.'));
    await new Promise((r) => setTimeout(r, 400));
    expect(library.get('harbour')!.building).toBeDefined();
    expect(library.get('harbour')!.story).toBe(old);
    release();
    expect((await swapped).story!.articles.some((a) => a.file === 'extra.md')).toBe(true);
  });

  it('reads an HTML page dropped into the folder by hand through the article extractor', async () => {
    const { library, folder } = await setUp();
    const swapped = nextSwap(library, 'harbour');
    writeFileSync(join(folder, 'saved-page.html'), newsPage(COURIER));
    const article = (await swapped).story!.articles.find((a) => a.file === 'saved-page.html')!;
    expect(article.meta).toMatchObject({ outlet: 'Dunmore Courier', published: '2025-10-14' });
  });

  it('serves a story folder created by hand, and notices changes by polling where file events do not come', async () => {
    const { library, root } = await setUp({ fileEvents: false, pollMs: 200 });
    mkdirSync(join(root, 'second'));
    writeFileSync(join(root, 'second', 'one.md'), ARTICLE('First of the second story', 'A second story began with a single report.'));
    const deadline = Date.now() + 10_000;
    while (!library.get('second')?.story && Date.now() < deadline) await new Promise((r) => setTimeout(r, 50));
    expect(library.get('second')!.story!.articles).toHaveLength(1);
    const swapped = nextSwap(library, 'second');
    writeFileSync(join(root, 'second', 'two.md'), ARTICLE('Second of the second story', 'Then a second report followed it.'));
    expect((await swapped).story!.articles).toHaveLength(2);
  });

  it('an emptied story says it has no articles; a folder that goes away is no longer served', async () => {
    const { library, root } = await setUp();
    mkdirSync(join(root, 'brief'));
    writeFileSync(join(root, 'brief', 'only.md'), ARTICLE('Only one', 'The only report in this story.'));
    await watcher!.check();
    expect(library.get('brief')!.status).toBe('ready');
    const emptied = nextSwap(library, 'brief');
    rmSync(join(root, 'brief', 'only.md'));
    expect(await emptied).toMatchObject({ status: 'empty', story: undefined });
    rmSync(join(root, 'brief'), { recursive: true });
    await watcher!.check();
    expect(library.get('brief')).toBeUndefined();
  });
});
