import { beforeAll, describe, expect, it } from 'vitest';
import { topicChoices } from '../../src/analysis/topics.ts';
import { validateChoices } from '../../src/render/discord/validate.ts';
import { loadStory } from '../../src/story/loadStory.ts';
import type { Story } from '../../src/story/story.ts';

let seed: Story;
let council: Story;
beforeAll(async () => {
  seed = await loadStory('seeds');
  council = await loadStory('test/fixtures/council-story');
});

const names = (story: Story, typed: string) => topicChoices(story, typed).map((c) => c.name);

describe('topic autocomplete', () => {
  it('suggests the names and words the story uses that start with what was typed', () => {
    expect(names(seed, 'asp')).toEqual(['Aspen Security Forum']);
    expect(names(seed, 'muel')).toContain('Robert Mueller');
    expect(names(seed, 'elec')[0]).toBe('election');
    expect(names(council, 'sea')).toContain('seawall');
    expect(names(council, 'whit').some((n) => n.endsWith('Dana Whitcombe'))).toBe(true);
  });

  it('drops leading articles and possessives from names', () => {
    const all = names(seed, 'white');
    expect(all).toContain('White House');
    expect(all).not.toContain('The White House');
    expect(names(seed, 'robert')).not.toContain("Robert Mueller's Russia");
  });

  it('forgives one typo in a word of four letters or more', () => {
    expect(names(seed, 'helsinky')).toEqual(['Helsinki']);
    expect(names(council, 'sewall')).toContain('seawall');
  });

  it('offers the story\'s most used names when nothing is typed, and nothing for text it does not contain', () => {
    expect(names(seed, '').slice(0, 3)).toEqual(['Trump', 'Russia', 'Putin']);
    expect(names(seed, 'zebra crossing')).toEqual([]);
  });

  it('always fits Discord: at most 25 choices of 1–100 characters', () => {
    for (const typed of ['', 'a', 'p', 's', 'x'.repeat(300), '@everyone', '🙂']) {
      expect(validateChoices(topicChoices(seed, typed))).toEqual([]);
    }
  });
});
