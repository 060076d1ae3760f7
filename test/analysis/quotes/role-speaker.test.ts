import { describe, expect, it } from 'vitest';
import { analyse, who } from './analyse.ts';
import { matchSpeakers } from '../../../src/analysis/quoteMatch.ts';

/**
 * A speaker named by a role, a title or a description ("the minister said", "The PM said", "said the
 * 34-year-old", "the president said"), and a speaker looked up by that role.
 */
const HEADLINE = 'Harbour story\n\n';

describe('the one person a role or description fits', () => {
  it('gives "said the 34-year-old" to the one person the article says is 34', () => {
    const a = analyse('Captain Radek Holub, 34, scored twice. Teammate Ondrej Vesely, 22, made both goals.\n\n"My legs are gone," said the 34-year-old.');
    expect(who(a, 'My legs are gone')).toBe('Radek Holub');
    const twins = analyse('Radek Holub, 34, and Ondrej Vesely, 34, both scored.\n\n"What a night," said the 34-year-old.');
    expect(who(twins, 'What a night')).toBeNull();
  });

  it('does not take "the minister" for the junior minister, nor "the Deputy Speaker" for the Speaker', () => {
    const a = analyse(
      HEADLINE +
        'Health Minister Bartholomew Achterkirk opened the debate. The junior minister, Ottoline Fraser-Nkemelu, closed it.\n\n' +
        'The Deputy Speaker, Dame Hyacinth Oduwole, called for quiet.\n\n' +
        '"We will fund every clinic," the minister said.\n\n' +
        'The Deputy Speaker, who had shouted "Order!" twice, sat down.',
    );
    expect(who(a, 'We will fund every clinic')).toBe('Bartholomew Achterkirk');
    expect(who(a, 'Order!')).toBe('Hyacinth Oduwole');
  });

  it('reads a title written short ("The PM said") as the role its holder has, never as an organisation', () => {
    const a = analyse(
      HEADLINE + 'Prime Minister Ravi Menon has announced a new coin. Finance Minister Arjun Patel agreed. The PM said that old coins “can be swapped at any post office until June”.\n\n' +
        'The DA said the case was “far from over”.',
    );
    expect(who(a, 'swapped at any post office')).toBe('Ravi Menon');
    // Nobody in the story is a district attorney.
    expect(who(a, 'far from over')).toBeNull();
    expect(a.speakers.map((s) => s.name)).toEqual(['Ravi Menon']);
  });

  it('reads "CEO of Brightwave" as a title: the speaker is the name it is in apposition to, else nobody', () => {
    const a = analyse(HEADLINE + 'ORVIK – Ida Marsh, President and CEO of Brightwave states, “The fault was ours and so is the repair.”\n\nCEO of Brightwave Telecom said: “Nothing more to add.”');
    expect(who(a, 'The fault was ours')).toBe('Ida Marsh');
    expect(who(a, 'Nothing more to add')).toBeNull();
    expect(a.people.all.map((p) => p.name)).toEqual(['Ida Marsh']);
  });
});

describe('"the president said" in a story with two presidents', () => {
  it('goes to the one president the article names, and to nobody where it names both', () => {
    const a = analyse(
      'Fire story\n\nPresident Elin Varga of the Northern Isles visited the site. President Tomas Okafor of Brightland sent a message.',
      'Site visit\n\nMs Varga was at the harbour on Monday night.\n\n"The islands will pay for a new pier," the president said.',
      'Two leaders\n\nElin Varga and Tomas Okafor spoke by phone.\n\n"We agreed on everything," the president said.',
    );
    expect(who(a, 'will pay for a new pier')).toBe('Elin Varga');
    expect(who(a, 'We agreed on everything')).toBeNull();
  });
});

describe('a speaker looked up by the role the story gives them', () => {
  const a = analyse(
    HEADLINE + 'Harbour Bank analyst Ken Moberg said the shares were "cheap at this price."\n\n' +
      'Prime Minister Ravi Menon said the port would "reopen within a week."\n\n' +
      'Orvik Rovers chair Hanna Lund said the club was "not for sale."',
  );
  const find = (typed: string) => matchSpeakers(a.speakers, typed, 1)[0]?.name ?? null;

  it('finds them by their role, with its organisation or a title written short', () => {
    expect(find('the harbour bank analyst')).toBe('Ken Moberg');
    expect(find('analyst')).toBe('Ken Moberg');
    expect(find('the pm')).toBe('Ravi Menon');
    expect(find('the chair')).toBe('Hanna Lund');
  });

  it('finds nobody for another organisation’s role, or for the organisation a person works for', () => {
    expect(find('the city bank analyst')).toBeNull();
    expect(find('orvik rovers')).toBeNull();
    expect(find('the mayor')).toBeNull();
  });
});
