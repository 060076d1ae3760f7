import { beforeAll, describe, expect, it } from 'vitest';
import sources from '../../commands/sources.ts';
import { UserInputError } from '../../src/commands/command.ts';
import { loadStory } from '../../src/story/loadStory.ts';
import type { Story } from '../../src/story/story.ts';

let story: Story;
beforeAll(async () => {
  story = await loadStory('seeds');
});

describe('/sources', () => {
  it('lists every article with title (or first sentence), outlet, author, date, length and contribution', async () => {
    const { sources: list } = await sources.handler(story, {});
    expect(list).toHaveLength(5);
    expect(list[1]).toMatchObject({ title: 'Talks underway for Putin visit to Washington, White House says', outlet: 'NBC News', author: 'Dartunorro Clark', published: '2018-07-19' });
    expect(list[3]).toMatchObject({ outlet: null, author: null, published: '2018-07-20' });
    expect(list[3].title).toMatch(/^President Donald Trump has invited his Russian counterpart/);
    const share = list.reduce((n, s) => n + s.share, 0);
    expect(share).toBeGreaterThan(99.5);
    expect(share).toBeLessThan(100.5);
    for (const s of list) {
      expect(s.words).toBeGreaterThan(100);
      expect(s.uniqueSentences).toBeLessThan(s.sentences);
    }
  });

  it('with about, says which sources cover a topic with their best snippet, and which do not', async () => {
    const { sources: list } = await sources.handler(story, { about: 'Aspen Security Forum' });
    const covering = list.filter((s) => s.covers);
    expect(covering.map((s) => s.file)).toEqual(['003_1d7a7702461e28db.txt']);
    expect(covering[0].best?.text).toContain('Aspen Security Forum');
    expect(covering[0].best?.citations.every((c) => c.file === '003_1d7a7702461e28db.txt')).toBe(true);
    expect(list.filter((s) => !s.covers)).toHaveLength(4);
  });

  it('finds a topic every outlet covered', async () => {
    const { sources: list } = await sources.handler(story, { about: 'invite Putin to Washington' });
    expect(list.every((s) => s.covers)).toBe(true);
  });

  it('covers nothing for a topic the story never mentions, and explains an over-long topic', async () => {
    const { sources: list } = await sources.handler(story, { about: 'volcano eruption' });
    expect(list.every((s) => s.covers === false && s.best === undefined)).toBe(true);
    expect(() => sources.handler(story, { about: 'y'.repeat(500) })).toThrow(UserInputError);
  });
});
