import type { Story } from './story.ts';

/**
 * Wraps an analysis so it runs once per Story object and is shared by every later call. Stories are
 * immutable, so the result stays right; a reloaded story is a new object and is analysed afresh.
 */
export function perStory<T>(analyse: (story: Story) => T): (story: Story) => T {
  const results = new WeakMap<Story, T>();
  return (story) => {
    if (results.has(story)) return results.get(story) as T;
    const result = analyse(story);
    results.set(story, result);
    return result;
  };
}
