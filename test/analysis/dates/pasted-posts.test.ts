import { describe, expect, it } from 'vitest';
import { timelineOf } from '../../../src/analysis/timeline.ts';
import { articleFromText } from '../../../src/story/loadStory.ts';
import { Story } from '../../../src/story/story.ts';
import { storyOf } from './mentions.ts';

/**
 * A social post pasted into an article dates its own "today" by its account line, not by the article.
 */

describe('a pasted social post dates its own “today”', () => {
  const storyOf = (text: string) =>
    new Story({ dir: '/in-memory', name: 'test', version: 'v1', articles: [articleFromText('a.md', `---\npublished: 2024-05-16\n---\n${text}`).article] });
  const dates = (story: Story) => timelineOf(story).mentions.map((m) => `${m.expression}: ${m.date?.start}`);

  it('reads “today” in the post against the account line’s date, and the article’s own words against its date', () => {
    const story = storyOf('The harbour master wrote online: What a sight in the bay today. Thank you all! — Ada Quill (@adaquill) May 15, 2024 The council said today that the pier stays shut.');
    expect(dates(story)).toEqual(['today: 2024-05-15', 'May 15, 2024: 2024-05-15', 'today: 2024-05-16']);
  });

  it('leaves the sentences before a post that starts inside its account line’s sentence alone', () => {
    const story = storyOf('The bay is busy today. Wow what a sight — Ada Quill (@adaquill) May 15, 2024');
    expect(dates(story)[0]).toBe('today: 2024-05-16');
  });
});
