import { describe, expect, it } from 'vitest';
import { peopleOf } from '../../src/analysis/people.ts';
import { articleFromText } from '../../src/story/loadStory.ts';
import { Story } from '../../src/story/story.ts';

function story(...texts: string[]): Story {
  const articles = texts.map((t, i) => articleFromText(`${i}.txt`, t).article);
  return new Story({ dir: '.', name: 'test', version: String(texts.length), articles });
}

describe('people', () => {
  it('keeps titles out of the name and keeps the role as the description', () => {
    const people = peopleOf(story('Harbour Director Olumide Adeyemi closed the port on Monday.\n\nAdeyemi said it would reopen.'));
    const adeyemi = people.lookup('Adeyemi')!;
    expect(adeyemi.name).toBe('Olumide Adeyemi');
    expect(adeyemi.description).toBe('Harbour Director');
  });

  it('makes one person of a full name, a longer form and a surname in other articles', () => {
    const people = peopleOf(
      story(
        'Police spokeswoman Karen Ann Doyle confirmed the arrest.',
        'Karen Doyle said two men were held.',
        'Doyle declined to name them.',
      ),
    );
    const doyles = people.all.filter((p) => p.name.includes('Doyle'));
    expect(doyles).toHaveLength(1);
    // Equally frequent forms: the fuller one is the name.
    expect(doyles[0].name).toBe('Karen Ann Doyle');
    expect(doyles[0].aliases).toEqual(expect.arrayContaining(['Karen Doyle', 'Doyle']));
    expect(doyles[0].description).toBe('Police spokeswoman');
    expect(doyles[0].gender).toBe('female');
    const surnameMentions = people.mentions.filter((m) => m.file === '2.txt' && m.personId === doyles[0].id);
    expect(surnameMentions).toHaveLength(1);
  });

  it('does not link a surname shared by two people unless the article names one of them', () => {
    const people = peopleOf(
      story(
        'Economist Maria Lopez and coach Daniel Lopez spoke on Friday.',
        'Lopez said the figures were poor.',
        'Daniel Lopez arrived late. Lopez said the team was tired.',
      ),
    );
    expect(people.mentions.filter((m) => m.file === '1.txt')).toEqual([]);
    const inThird = people.mentions.filter((m) => m.file === '2.txt').map((m) => people.get(m.personId)!.name);
    expect(inThird).toEqual(['Daniel Lopez', 'Daniel Lopez']);
  });

  it('links "the mayor" to the one person the story calls mayor', () => {
    const people = peopleOf(story('Mayor Ingrid Solberg opened the bridge. Later the mayor thanked the builders.'));
    const roleMentions = people.mentions.filter((m) => m.via === 'role');
    expect(roleMentions.map((m) => people.get(m.personId)!.name)).toEqual(['Ingrid Solberg']);
  });

  it('does not treat places, weekdays or organisations as people', () => {
    const people = peopleOf(story('The Port Authority of New York said on Thursday that Middle East shipping was slow.'));
    expect(people.all.filter((p) => p.kind === 'person')).toEqual([]);
  });
});
