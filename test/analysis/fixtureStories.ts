/** A labelled fixture story (test/fixtures/stories/NAME), loaded once per test file. */
import { loadStory } from '../../src/story/loadStory.ts';
import type { Story } from '../../src/story/story.ts';

const loaded = new Map<string, Promise<Story>>();

export function fixtureStory(name: string): Promise<Story> {
  if (!loaded.has(name)) loaded.set(name, loadStory(`test/fixtures/stories/${name}`));
  return loaded.get(name)!;
}
