import { beforeAll, describe, expect, it } from 'vitest';
import sources, { type SourcesAnswer } from '../../commands/sources.ts';
import { UserInputError } from '../../src/commands/command.ts';
import { citationLabel } from '../../src/render/presentation.ts';
import { presentSources } from '../../src/render/present/sources.ts';
import { articleFromText, loadStory } from '../../src/story/loadStory.ts';
import { Story } from '../../src/story/story.ts';

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
    await expect(sources.handler(story, { about: 'y'.repeat(500) })).rejects.toThrow(UserInputError);
  });

  it('does not count an article as covering a one-word topic when it has only a synonym of it', async () => {
    const a = articleFromText('a.txt', 'Customers will get a full refund from the shop.\n\nThe shop opens at nine.').article;
    const b = articleFromText('b.txt', 'The charity raised money for the families.\n\nThe shop opens at nine.').article;
    const small = new Story({ dir: '/tmp', name: 'refund', version: 'v', articles: [a, b] });
    const { sources: list } = (await sources.handler(small, { about: 'refund' })) as SourcesAnswer;
    expect(list.filter((s) => s.covers).map((s) => s.file)).toEqual(['a.txt']);
  });

  it('shows each source on one line: outlet, headline, date; an untitled one by its file and opening words', async () => {
    const answer = (await sources.handler(story, {})) as SourcesAnswer;
    const long = answer.sources.find((s) => s.title.length > 100);
    expect(long).toBeDefined();
    expect(long!.headline).toBeNull();
    const presented = presentSources(answer);
    for (const item of presented.items) expect(item.heading.length).toBeLessThanOrEqual(160);
    const heading = presented.items[answer.sources.indexOf(long!)].heading;
    const [name, opening, date] = heading.split(' — ');
    expect(name).toBe(long!.file.replace(/\.[^.]+$/, ''));
    expect(opening).toMatch(/^no headline; begins “.*…”$/);
    expect(long!.title.startsWith(opening.replace(/^no headline; begins “/, '').replace(/…”$/, ''))).toBe(true);
    expect(date).toBe(long!.published ?? 'date not stated');
    const about = presentSources((await sources.handler(story, { about: 'Aspen Security Forum' })) as SourcesAnswer);
    expect(about.note).toBeDefined();
    for (const title of about.note!.replace(/^Not covered by: /, '').split('; ')) expect(title.length).toBeLessThanOrEqual(60);
  });

  it('names an article without outlet by its site when the url is known, else by its headline', () => {
    const entry = { file: 'a.md', title: 'Council approves the seawall after a long night of debate', headline: 'Council approves the seawall after a long night of debate', outlet: null, author: null, published: '2024-03-14', url: 'https://www.coastalwire.example/news/seawall', words: 10, sentences: 1, share: 100, uniqueSentences: 1 };
    expect(presentSources({ sources: [entry] }).items[0].heading).toBe('coastalwire.example — “Council approves the seawall after a long night of debate” — 2024-03-14');
    expect(presentSources({ sources: [{ ...entry, url: null }] }).items[0].heading).toBe('outlet not stated — “Council approves the seawall after a long night of debate” — 2024-03-14');
    expect(citationLabel({ ...entry, url: undefined, paragraph: 3, sentence: 1, text: 'x' })).toBe('Council approves the seawall after a long…, 2024-03-14, para 3');
    expect(citationLabel({ ...entry, paragraph: 3, sentence: 1, text: 'x' })).toBe('coastalwire.example, 2024-03-14, para 3');
  });
});

describe('/sources about autocomplete', () => {
  it('suggests the story\'s own topics as the user types', async () => {
    const story = await loadStory('seeds');
    const choices = await sources.autocomplete!(story, 'about', 'asp');
    expect(choices.map((c) => c.name)).toEqual(['Aspen Security Forum']);
  });
});
