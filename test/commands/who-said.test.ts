import { beforeAll, describe, expect, it } from 'vitest';
import whoSaid from '../../commands/who-said.ts';
import { quotesOf } from '../../src/analysis/quotes.ts';
import { UserInputError } from '../../src/commands/command.ts';
import { presentWhoSaid } from '../../src/render/present/whoSaid.ts';
import { renderText } from '../../src/render/text.ts';
import { embedLength } from '../../src/render/discord/embeds.ts';
import { answerMessage } from '../../src/render/discord/message.ts';
import { loadStory } from '../../src/story/loadStory.ts';
import type { Story } from '../../src/story/story.ts';

let seeds: Story;
let fixture: Story;

beforeAll(async () => {
  seeds = await loadStory('seeds');
  fixture = await loadStory('test/fixtures/stories/quotes-story');
});


describe('/who-said quote:', () => {
  it.each([
    ['going to be special', 'Dan Coats'],
    ['shameful', 'Jeff Flake'],
    ['most disgraceful', 'John McCain'],
    ['witch hunt', 'Donald Trump'],
    ['working level dialogue', 'Sarah Sanders'],
  ])('“%s” → %s', async (words, name) => {
    const answer = await whoSaid.handler(seeds, { quote: words });
    expect(answer.mode).toBe('quote');
    expect(answer.quotes[0].speaker?.name).toBe(name);
    expect(answer.quotes[0].citations.length).toBeGreaterThan(0);
  });

  it('finds a quote from a few words typed with a typo and out of order', async () => {
    const answer = await whoSaid.handler(seeds, { quote: 'speical going' });
    expect(answer.quotes[0].text).toBe("That's going to be special.");
  });

  it('returns no quote rather than a poor match', async () => {
    const answer = await whoSaid.handler(seeds, { quote: 'submarine cheese festival' });
    expect(answer.quotes).toEqual([]);
    expect(renderText(presentWhoSaid(answer))).toContain('No quote matching');
  });

  it('answers in the JSON shape of the issue', async () => {
    const answer = await whoSaid.handler(seeds, { quote: 'ongoing working level dialogue' });
    const quote = JSON.parse(JSON.stringify(answer)).quotes[0];
    expect(Object.keys(quote).sort()).toEqual(['attribution', 'citations', 'speaker', 'text', 'variants']);
    expect(Object.keys(quote.speaker).sort()).toEqual(['aliases', 'description', 'name']);
    expect(quote.attribution).toBe('named');
    expect(quote.variants.length).toBeGreaterThanOrEqual(2);
    expect(quote.citations[0]).toMatchObject({ file: expect.any(String), paragraph: expect.any(Number), sentence: expect.any(Number), text: expect.any(String) });
  });
});

describe('/who-said speaker:', () => {
  it('lists everything a speaker said, grouped by source, each group citing only its source', async () => {
    const answer = await whoSaid.handler(fixture, { speaker: 'Okafor' });
    expect(answer.mode).toBe('speaker');
    expect(answer.speaker?.name).toBe('Lindiwe Okafor');
    expect(answer.quotes.every((q) => q.speaker?.name === 'Lindiwe Okafor')).toBe(true);
    expect(answer.bySource?.map((g) => g.file)).toEqual(['a-wire.txt', 'b-gazette.txt', 'c-post.txt']);
    const text = renderText(presentWhoSaid(answer));
    expect(text).toContain('What Lindiwe Okafor said');
    expect(text).toContain('Harbour Gazette');
  });

  it('accepts a misspelt name', async () => {
    const answer = await whoSaid.handler(seeds, { speaker: 'mcain' });
    expect(answer.speaker?.name).toBe('John McCain');
  });

  it('tells the user when nobody by that name is quoted', async () => {
    await expect(whoSaid.handler(seeds, { speaker: 'Zebedee Quartermaine' })).rejects.toThrow(UserInputError);
  });

  it('narrows a quote search to one speaker when both are given', async () => {
    const answer = await whoSaid.handler(seeds, { quote: 'great success', speaker: 'Trump' });
    expect(answer.quotes.length).toBeGreaterThan(0);
    expect(answer.quotes.every((q) => q.speaker?.name === 'Donald Trump')).toBe(true);
  });
});

describe('/who-said with no options', () => {
  it('lists the speakers with their quote counts, and every quote in the JSON', async () => {
    const answer = await whoSaid.handler(seeds, {});
    expect(answer.mode).toBe('speakers');
    const counts = Object.fromEntries(answer.speakers!.map((s) => [s.name, s.quotes]));
    expect(counts['Sarah Sanders']).toBe(1);
    expect(counts['Dan Coats']).toBe(2);
    // The White House is quoted only in single words ("underway", "sincere"): no statement to count.
    expect(counts['White House']).toBe(0);
    expect(answer.quotes).toHaveLength(quotesOf(seeds).quotes.length);
    const text = renderText(presentWhoSaid(answer));
    expect(text).toContain('Donald Trump');
    expect(text).toMatch(/White House\n {2}only short phrases: “underway”/);
  });

  it('counts anonymous and unattributed quotes apart from named speakers', async () => {
    const answer = await whoSaid.handler(fixture, {});
    expect(answer.unattributed).toBe(2);
    expect(answer.speakers!.some((s) => /worker|spokesperson|anonymous/i.test(s.name))).toBe(false);
  });
});

describe('speaker autocomplete', () => {
  const names = async (story: Story, typed: string) => (await whoSaid.autocomplete!(story, 'speaker', typed)).map((c) => c.value);

  it('is prefix and typo tolerant', async () => {
    expect((await names(seeds, 'mcain'))[0]).toBe('John McCain');
    expect((await names(seeds, 'sand'))[0]).toBe('Sarah Sanders');
    expect((await names(seeds, 'Coats'))[0]).toBe('Dan Coats');
    expect((await names(fixture, 'kowal'))[0]).toBe('Marek Kowalczyk');
  });

  it('offers every speaker for an empty field, within Discord’s limits', async () => {
    const choices = await whoSaid.autocomplete!(seeds, 'speaker', '');
    expect(choices.length).toBe(quotesOf(seeds).speakers.length);
    expect(choices.length).toBeLessThanOrEqual(25);
    for (const c of choices) {
      expect(c.name.length).toBeLessThanOrEqual(100);
      expect(c.value.length).toBeLessThanOrEqual(100);
    }
  });

  it('offers nothing for an option it does not complete', async () => {
    expect(await whoSaid.autocomplete!(seeds, 'quote', 'wit')).toEqual([]);
  });
});

describe('/who-said speaker: one entry per quotation', () => {
  it('shows Sanders’s tweet once, with its other wordings and its five sources, in under 1,000 characters on Discord', async () => {
    const answer = await whoSaid.handler(seeds, { speaker: 'Sanders' });
    const presentation = presentWhoSaid(answer);
    expect(presentation.items).toHaveLength(1);
    const [embed] = answerMessage(presentation, { footer: 'White House invites Putin to Washington (July 2018)\n/who-said speaker: Sanders' }).message.embeds;
    const description = embed.description!;
    expect(description.match(/In Helsinki/g)).toHaveLength(1);
    expect(description).toContain('“President of the United States” for “@POTUS”');
    expect(description).toContain('“\\[Trump\\]” for “@POTUS”');
    const sourceLine = description.split('\n').find((l) => l.startsWith('— '))!;
    expect(sourceLine.split(' · ')).toHaveLength(5);
    expect(sourceLine).toContain('NBC News, 2018-07-19, para 4');
    expect(embedLength(embed)).toBeLessThan(1000);
  });

  it('lists a quote carried by several outlets once, and keeps one-to-three-word phrases apart, uncounted', async () => {
    const answer = await whoSaid.handler(seeds, { speaker: 'Donald Trump' });
    const texts = answer.quotes.map((q) => q.text);
    expect(new Set(texts).size).toBe(texts.length);
    expect(texts.filter((t) => t.startsWith('The Summit with Russia'))).toHaveLength(1);
    expect(answer.quotes[0].text).toMatch(/^The Summit with Russia/);
    expect(texts).not.toContain('no');
    expect(answer.phrases).toEqual(expect.arrayContaining(['no', 'fuss', 'witch hunt']));
    expect(answer.speaker!.quotes).toBe(answer.quotes.length);
    const text = renderText(presentWhoSaid(answer));
    expect(text).toMatch(/Also quoted in passing: .*“witch hunt”/);
    expect(text).not.toMatch(/^“no”/m);
  });

  it('shows someone quoted only in a short phrase by that phrase, with its source', async () => {
    const answer = await whoSaid.handler(seeds, { speaker: 'Flake' });
    expect(answer.quotes.map((q) => q.text)).toEqual(['shameful']);
    expect(renderText(presentWhoSaid(answer))).toContain('1 short phrase in 1 source');
  });

  it('says who did say it when the speaker named did not', async () => {
    const answer = await whoSaid.handler(seeds, { quote: 'disgraceful', speaker: 'Coats' });
    expect(answer.otherSpeaker).toBe(true);
    expect(answer.quotes[0].speaker?.name).toBe('John McCain');
    const text = renderText(presentWhoSaid(answer));
    expect(text).not.toContain('No quote matching');
    expect(text).toContain('Not Dan Coats: the story quotes John McCain saying it.');
  });
});

describe('/who-said sources', () => {
  it('names an untitled article by its file, never by a cut first sentence', async () => {
    const { articleFromText } = await import('../../src/story/loadStory.ts');
    const { Story } = await import('../../src/story/story.ts');
    const untitled =
      'Councillor Ravi Mendes-Oyelowo, who has chaired the harbour committee for eleven years and once swam across the bay for charity, said on Monday that the ferry would not return this summer. ' +
      '"We tried everything to bring the ferry back," Mendes-Oyelowo said.\n';
    const { article } = articleFromText('harbour-ferry.txt', untitled, {});
    const story = new Story({ dir: '.', name: 'headings', version: 'headings-1', articles: [article] });
    const answer = await whoSaid.handler(story, { speaker: 'Mendes-Oyelowo' });
    const text = renderText(presentWhoSaid(answer));
    expect(text).toContain('— harbour-ferry, para 1');
    expect(text).not.toContain('Councillor Ravi');
  });

  it('shows the outlet and date when the story gives them', async () => {
    const story = await loadStory('test/fixtures/stories/quotes-blind3-review');
    const answer = await whoSaid.handler(story, { speaker: 'Hallgrímsdóttir' });
    const text = renderText(presentWhoSaid(answer));
    expect(text).toContain('— Frame Rate, 2025-05-20, para');
    expect(text).toContain('— Klangwerk, 2025-06-02, para');
  });
});
