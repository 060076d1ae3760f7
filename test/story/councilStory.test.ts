import { beforeAll, describe, expect, it } from 'vitest';
import ask from '../../commands/ask.ts';
import sources from '../../commands/sources.ts';
import { loadStory } from '../../src/story/loadStory.ts';
import type { Story } from '../../src/story/story.ts';

/**
 * A second story in another style: YAML front matter, curly quotes, wire datelines, hard-wrapped
 * Markdown with headings, a photo caption and share links.
 */
let story: Story;
beforeAll(async () => {
  story = await loadStory('test/fixtures/council-story');
});

describe('the council story fixture', () => {
  it('reads front matter into metadata', () => {
    const wire = story.article('01-wire.md');
    expect(wire.meta).toMatchObject({ outlet: 'Coastal Wire Service', author: 'Marisol Vega', published: '2024-03-14', url: 'https://example.com/harbor-city-seawall' });
    expect(wire.title).toBe('Harbor City council approves $40 million seawall after stormy debate');
    expect(story.article('03-opinion.md').meta.outlet).toBeUndefined();
  });

  it('joins hard-wrapped lines into paragraphs and drops headings, captions and share links', () => {
    const wire = story.article('01-wire.md');
    expect(wire.paragraphs[0].text).toBe(
      'HARBOR CITY, Maine (CWS) — The Harbor City council voted 5-2 on Wednesday night to build a $40 million seawall along the old fishing pier, ending a debate that has split the town since the January floods.',
    );
    const all = story.sentences.map((s) => s.text).join('\n');
    expect(all).not.toMatch(/Share on|Photo:|More From This Section|^# /m);
    expect(story.article('03-opinion.md').paragraphs[0].text).toMatch(/^The January floods put four feet of water/);
  });

  it('keeps curly quotes intact in sentences', () => {
    expect(story.sentences.map((s) => s.text)).toContain('“We cannot keep bailing out basements every spring,” said Mayor Lionel Okafor, who cast the deciding vote.');
  });

  it('answers questions with cited sentences from the right article', async () => {
    const cases: [string, string, string][] = [
      ['who voted against the seawall?', 'Dana Whitcombe voted against the plan', '01-wire.md'],
      ['how will the seawall be paid for?', 'state resilience grant', '01-wire.md'],
      ['what do fishermen say about the pier?', 'cut them off from the water', '02-local.txt'],
      ['when does the council choose a contractor?', 'April 2', '02-local.txt'],
      ['what did the floods do to the pharmacy?', 'four feet of water', '03-opinion.md'],
    ];
    for (const [question, fragment, file] of cases) {
      const { answers } = await ask.handler(story, { question });
      const hit = answers.slice(0, 3).find((a) => a.text.includes(fragment));
      expect(hit, question).toBeDefined();
      expect(hit!.citations[0].file).toBe(file);
    }
  });

  it('lists its sources with outlet, author and date, and which cover a topic', async () => {
    const all = await sources.handler(story, {});
    expect(all.sources.map((s) => [s.file, s.outlet, s.author, s.published])).toEqual([
      ['01-wire.md', 'Coastal Wire Service', 'Marisol Vega', '2024-03-14'],
      ['02-local.txt', 'The Harbor Ledger', null, '2024-03-15'],
      ['03-opinion.md', null, 'Editorial Board', '2024-03-17'],
    ]);
    const about = await sources.handler(story, { about: 'fishing pier boats' });
    const covering = about.sources.filter((s) => s.covers).map((s) => s.file);
    expect(covering).toContain('02-local.txt');
    expect(covering).not.toContain('03-opinion.md');
  });
});
