import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cpSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { loadStory } from '../../src/story/loadStory.ts';
import { jsonFileChoices, StoryChoices } from '../../src/stories/storyChoices.ts';
import { StoryLibrary } from '../../src/stories/storyLibrary.ts';
import { StoryService } from '../../src/stories/storyService.ts';
import { FIXTURE_STORY } from '../adapters/discord/harness.ts';
import { startPageServer, type PageServer } from './newsPages.ts';

describe('the story service', () => {
  let web: PageServer;
  let dir: string;
  beforeAll(async () => {
    web = await startPageServer();
    dir = mkdtempSync(join(tmpdir(), 'storyline-service-'));
  });
  afterAll(async () => {
    await web.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('answers an add before a slow rebuild is done, and the story serves the article once it is', async () => {
    cpSync(FIXTURE_STORY, join(dir, 'stories', 'harbour'), { recursive: true });
    let gate: Promise<void> | undefined;
    let release!: () => void;
    const library = new StoryLibrary({ pinned: [], root: join(dir, 'stories'), load: async (d) => { const s = await loadStory(d); await gate; return s; } });
    await library.open();
    const choices = await StoryChoices.open(jsonFileChoices(join(dir, 'choices.json')));
    const service = new StoryService({ library, choices, fetchLimits: { allowPrivate: true }, rebuildWaitMs: 100 });
    const before = service.getStory({})!;
    gate = new Promise((r) => (release = r));
    const added = await service.add({ url: `${web.base}/courier/fire` }, {});
    expect(added).toMatchObject({ served: false, title: 'Fire closes Kestrel Park library', outlet: 'Dunmore Courier' });
    expect(readdirSync(join(dir, 'stories', 'harbour'))).toContain(added.file);
    expect(service.getStory({})).toBe(before);
    release();
    await library.settled();
    expect(service.getStory({})!.articles.some((a) => a.file === added.file)).toBe(true);
    await choices.close();
  });

  it('without STORIES_DIR (one STORY_DIR) refuses to create a story, and names the setting', async () => {
    const library = new StoryLibrary({ pinned: [FIXTURE_STORY] });
    await library.open();
    const choices = await StoryChoices.open(jsonFileChoices(join(dir, 'choices-2.json')));
    const service = new StoryService({ library, choices, fetchLimits: { allowPrivate: true } });
    await expect(service.add({ url: `${web.base}/radio/temporary`, story: 'Something new' }, {})).rejects.toThrow(/set STORIES_DIR/);
    await choices.close();
  });
});
