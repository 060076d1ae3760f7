import { describe, expect, it } from 'vitest';
import { findSnippets, prepareSearch, rankSentences, suggestTerms } from '../../src/search/findSnippets.ts';
import { queryWords } from '../../src/search/queryTerms.ts';
import { questionCue } from '../../src/search/questionCues.ts';
import { articleFromText } from '../../src/story/loadStory.ts';
import { Story } from '../../src/story/story.ts';

/** A small story in memory: a library's flood repairs, told by a newsletter and a radio station. */
const NEWSLETTER = `Library flood repairs

The Eastbrook library will reopen after the roof repairs are finished, the trustees said.

The library will reopen on March 3, once the roof repairs are finished.

The roof repairs will cost the town dearly.

The roof repairs will cost $2.4 million, paid from the town's reserve fund.

Volunteers from the Norwegian Seamen's Church helped carry books out of the flooded basement.

Head librarian Ada Quist said the flood had ruined the rare map collection.

“We lost maps that nobody can replace,” Quist said. “Some were older than the town.”

Critics criticized the trustees for delaying the roof repairs for three years.

A volunteer hurt her back moving shelves; her injury was not serious.`;

const RADIO = `Eastbrook library to reopen in spring

The library will reopen on March 3, once the roof repairs are finished.

Eastbrook's library lost much of its rare map collection in the flood.

Trustees met on Tuesday to approve the contract for the roof.`;

function story(): Story {
  return new Story({
    dir: '/tmp',
    name: 'library',
    version: 'v1',
    articles: [
      articleFromText('newsletter.txt', NEWSLETTER, { outlet: 'Eastbrook Newsletter' }).article,
      articleFromText('radio.txt', RADIO, { outlet: 'Radio Eastbrook' }).article,
    ],
  });
}

const top = (s: Story, question: string) => findSnippets(s, question, { limit: 3 })[0]?.text ?? '';

describe('question cues', () => {
  it('reads what a question asks for from its opening words', () => {
    expect(questionCue('when will the library reopen')).toBe('when');
    expect(questionCue('how much will the repairs cost')).toBe('count');
    expect(questionCue('how long were the repairs delayed')).toBe('duration');
    expect(questionCue('who helped carry the books')).toBe('who');
    expect(questionCue('why were the trustees criticised')).toBe('why');
    expect(questionCue('what did quist say about the maps')).toBe('said');
    expect(questionCue('library roof')).toBeUndefined();
  });
});

describe('query words', () => {
  const spelt = new Story({
    dir: '/tmp',
    name: 'spellings',
    version: 'v1',
    articles: [
      articleFromText('a.txt', 'The colour of the favourite labor union was criticized. The organisation met Russian and Chinese officials in Canada.').article,
    ],
  });
  const read = (word: string) => queryWords(spelt, word).flatMap((w) => w.terms.map((t) => t.term));

  it('finds the story’s British or American spelling of a word', () => {
    expect(read('color')).toEqual(['colour']);
    expect(read('favorite')).toEqual(['favourit']);
    expect(read('labour')).toEqual(['labor']);
    expect(read('criticised')).toEqual(['critic']);
    // WordNet's related senses ("organize" / "unionize") come after the spelling, at a lower weight.
    expect(read('organization')[0]).toBe('organis');
  });

  it('finds a place from its people and its people from the place', () => {
    expect(read('russia')).toEqual(['russian']);
    expect(read('china')).toEqual(['chines']);
    expect(read('canadian')).toEqual(['canada']);
  });

  it('leaves out words the story has no form of', () => {
    expect(read('volcano')).toEqual([]);
  });
});

describe('findSnippets ranking', () => {
  const s = story();

  it('answers "when" with the sentence that has a date', () => {
    expect(top(s, 'when will the library reopen')).toBe('The library will reopen on March 3, once the roof repairs are finished.');
  });

  it('answers "how much" with the sentence that has a number', () => {
    expect(top(s, 'how much will the roof repairs cost')).toBe("The roof repairs will cost $2.4 million, paid from the town's reserve fund.");
  });

  it('answers "what did X say" with X’s quote, not with sentences that merely mention X', () => {
    expect(top(s, 'what did quist say')).toBe('“We lost maps that nobody can replace,” Quist said.');
  });

  it('matches a place to its demonym, a British spelling to an American one, and related stems', () => {
    expect(top(s, 'who helped from norway')).toMatch(/Norwegian Seamen's Church/);
    expect(top(s, 'why were the trustees criticised')).toMatch(/^Critics criticized the trustees/);
    expect(top(s, 'was anyone injured')).toMatch(/her injury was not serious/);
  });

  it('reads past a typo in a word the story does not use', () => {
    expect(queryWords(s, 'librery').map((w) => w.terms[0].term)).toEqual(['librari']);
    expect(top(s, 'when will the librery reopen')).toBe(top(s, 'when will the library reopen'));
  });

  it('ignores words typed without their apostrophe that carry no topic', () => {
    expect(queryWords(s, 'whats the roof cost').map((w) => w.word)).toEqual(['roof', 'cost']);
  });

  it('merges a statement both outlets carry and cites each, even when one statement is asked for', () => {
    const [snippet] = findSnippets(s, 'reopen march roof repairs finished', { limit: 1 });
    expect(snippet.sources).toBe(2);
    expect(snippet.citations.map((c) => c.file)).toEqual(['newsletter.txt', 'radio.txt']);
  });

  it('scores every sentence of the ranking deterministically, best first', () => {
    const ranked = rankSentences(s, 'library roof repairs', { candidates: 100 });
    expect(ranked.length).toBeGreaterThan(3);
    for (let i = 1; i < ranked.length; i++) expect(ranked[i - 1].score).toBeGreaterThanOrEqual(ranked[i].score);
    expect(rankSentences(s, 'library roof repairs', { candidates: 100 })).toEqual(ranked);
  });

  it('suggests close spellings and the story’s frequent words when nothing matches', () => {
    expect(findSnippets(s, 'zeppelin astronauts', { limit: 3 })).toEqual([]);
    const suggestions = suggestTerms(s, 'Xibrary zeppelin');
    expect(suggestions[0]).toBe('library');
    expect(suggestions).toContain('repairs');
  });

  it('answers the same whether the story was prepared ahead or not', () => {
    const prepared = story();
    prepareSearch(prepared);
    for (const question of ['when will the librery reopen', 'how much will the roof repairs cost', 'zeppelin']) {
      expect(findSnippets(prepared, question, { limit: 3 })).toEqual(findSnippets(story(), question, { limit: 3 }));
      expect(suggestTerms(prepared, question)).toEqual(suggestTerms(story(), question));
    }
  });
});
