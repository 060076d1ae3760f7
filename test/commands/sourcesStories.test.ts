import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import sources, { type SourcesAnswer } from '../../commands/sources.ts';
import { articleFromText, loadStory } from '../../src/story/loadStory.ts';
import { Story } from '../../src/story/story.ts';

/** /sources on stories in other styles than the seed: a science story (manifest) and a sports story (front matter). */
let science: Story;
let sports: Story;
beforeAll(async () => {
  science = await loadStory('test/fixtures/stories/ask-science');
  sports = await loadStory('test/fixtures/stories/ask-sports');
});

const covering = (answer: SourcesAnswer) => answer.sources.filter((s) => s.covers).map((s) => s.file).sort();

describe('/sources on other stories', () => {
  it('names the outlets that quote an outside expert, each with its own sentence', async () => {
    const answer = (await sources.handler(science, { about: 'osei' })) as SourcesAnswer;
    expect(covering(answer)).toEqual(['b-daily.md', 'c-wire.txt']);
    for (const source of answer.sources.filter((s) => s.covers)) {
      expect(source.best?.text).toMatch(/Osei/);
      expect(source.best?.citations.every((c) => c.file === source.file && c.text === source.best?.text)).toBe(true);
    }
    expect(answer.sources.filter((s) => !s.covers).every((s) => s.best === undefined)).toBe(true);
  });

  it('finds a topic every outlet reported in its own words, and covers nothing for a topic no one did', async () => {
    expect(covering((await sources.handler(sports, { about: 'red card' })) as SourcesAnswer)).toEqual(['1-report.md', '2-liveblog.txt', '3-fanblog.md']);
    expect(covering((await sources.handler(science, { about: 'fishing pier boats' })) as SourcesAnswer)).toEqual([]);
  });

  it('counts the sentences only one article has, treating a statement reworded by another outlet as shared', async () => {
    const shared = 'The council voted five to two on Wednesday to build the new seawall along the pier.';
    const reworded = 'The council voted five to two on Wednesday night to build the new seawall along the old pier, officials said.';
    const a = articleFromText('a.txt', `${shared}\n\nOnly the first outlet reported the cost of the wall.\n\nThe mayor cast the deciding vote.`).article;
    const b = articleFromText('b.txt', `${reworded}\n\nFishermen worry about access to the water.`).article;
    const c = articleFromText('c.txt', 'The mayor cast the deciding vote.\n\nA bond vote follows in November.').article;
    const story = new Story({ dir: '/tmp', name: 'seawall', version: 'v', articles: [a, b, c] });
    const answer = (await sources.handler(story, {})) as SourcesAnswer;
    expect(answer.sources.map((s) => [s.file, s.sentences, s.uniqueSentences])).toEqual([
      ['a.txt', 3, 1],
      ['b.txt', 2, 1],
      ['c.txt', 2, 1],
    ]);
    const about = (await sources.handler(story, { about: 'seawall vote wednesday' })) as SourcesAnswer;
    const best = about.sources.find((s) => s.file === 'b.txt')?.best;
    expect(best?.sources).toBe(2);
    expect(best?.citations.map((c) => c.file)).toEqual(['b.txt']);
  });
});

/** Blind round 2: which articles cover a topic, labelled with the questions before /sources ran on them. */
describe('/sources on the blind stories', () => {
  for (const name of ['recall', 'obituary', 'strike', '3-outbreak', '3-heatwave', '3-breach']) {
    it(`${name}: names exactly the articles that cover each labelled topic`, async () => {
      const dir = `test/fixtures/stories/ask-blind${name.startsWith('3') ? name : `-${name}`}`;
      const story = await loadStory(dir);
      const { sources: topics } = JSON.parse(readFileSync(`${dir}/sources.json`, 'utf8')) as { sources: [string, string[]][] };
      for (const [about, files] of topics) {
        expect(covering((await sources.handler(story, { about })) as SourcesAnswer), about).toEqual([...files].sort());
      }
    });
  }
});
