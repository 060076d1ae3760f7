import { describe, expect, it } from 'vitest';
import { analyse, who } from './analyse.ts';
import { quotesOf } from '../../../src/analysis/quotes.ts';
import { fixtureStory } from '../fixtureStories.ts';

/**
 * A speaker named by surname, with or without Mr, Mrs or Ms: the person the story named in full with it, and
 * nobody when two people share it and the story does not say which.
 */
const HEADLINE = 'Harbour story\n\n';

describe('a surname two people share', () => {
  it('tells a husband and wife apart by Mr and Mrs, with the gender the story gives them', () => {
    const a = analyse(
      'Kasimir Lund, 61, and his wife, Ottilie Lund, 58, ran the bakery for thirty years.\n\n' +
        '‘We never missed a morning,’ Mrs Lund said.\n\n' +
        '‘Not even when the oven caught fire,’ Mr Lund said.',
    );
    expect(who(a, 'We never missed a morning')).toBe('Ottilie Lund');
    expect(who(a, 'Not even when the oven')).toBe('Kasimir Lund');
  });

  it('leaves a surname two people share unattributed, and never invents a person for it', () => {
    const a = analyse('Kasimir Lund, 61, and Ottilie Lund, 58, ran the bakery.\n\n"It was our life," Lund said.');
    expect(who(a, 'It was our life')).toBeNull();
    expect(a.people.all.filter((p) => p.name === 'Lund')).toEqual([]);
  });

  it('does not let "he" jump over a surname two people share', () => {
    const a = analyse(
      'Substitute Aurel Brandvold scored against his brother, goalkeeper Sten Brandvold.\n\n' +
        '"He got lucky," said Sten Brandvold.\n\n' +
        'Asked about the goal, the younger Brandvold grinned. "I will remind him at Christmas," he said.',
    );
    expect(who(a, 'He got lucky')).toBe('Sten Brandvold');
    expect(who(a, 'I will remind him')).toBeNull();
  });

  it('tells two members of one surname apart by "Ms" once the narration has given the other a gender', () => {
    const a = analyse(
      HEADLINE +
        'Imelda Mwangi-Ross, the shadow housing secretary, opened for the opposition.\n\n' +
        'Anselm Mwangi-Ross, who sits for Eastmere, said his constituents had waited long enough.\n\n' +
        'Ms Mwangi-Ross told reporters afterwards that the vote was close. "We will be back," she said.',
    );
    expect(who(a, 'We will be back')).toBe('Imelda Mwangi-Ross');
  });
});

describe('a surname two people of the article share', () => {
  it('means the one the article named in full before it, not a relative named after it', () => {
    const a = analyse(
      HEADLINE + 'Joseph Brannigan was jubilant at a rally tonight as he celebrated six wins.\n\n' +
        '"The hall is full and so are we," Brannigan said, standing next to his wife Jillian Brannigan. "Six out of six."\n\n' +
        'He continued: "Every village that was written off voted for this."',
    );
    expect(who(a, 'The hall is full')).toBe('Joseph Brannigan');
    expect(who(a, 'Six out of six')).toBe('Joseph Brannigan');
    expect(who(a, 'Every village that was written off')).toBe('Joseph Brannigan');
  });

  it('means nobody when the article named both in full before it', () => {
    const a = analyse(
      HEADLINE + 'On Friday, Rebecca Harlow, wife of striker James Harlow, lost her case against Colette Byrne. Rejecting the ruling, Harlow said that she had been "treated like a villain for months".\n\n' +
        'Rebecca was not in court to hear the ruling.',
    );
    expect(who(a, 'treated like a villain')).toBeNull();
  });
});

describe('"Mr O’Dowd said" when the name finder missed the full name', () => {
  it('goes to the one full name the article writes with that surname', () => {
    const a = analyse(HEADLINE + 'On Friday, Member for Harbour Ward Fenn O’Dowd praised the mayor.\n\n“She kept the ferry running through two winters,” Mr O’Dowd said.');
    expect(who(a, 'kept the ferry running')).toBe('Fenn O’Dowd');
  });

  it('names nobody when the article never writes the full name, or writes two', () => {
    const none = analyse(HEADLINE + '“It was a shock,” Mrs Harrowgate said.');
    expect(who(none, 'It was a shock')).toBeNull();
    const two = analyse(HEADLINE + 'Tova Ekwall and Ragna Ekwall run the bakery.\n\n“We open at six,” Mrs Ekwall said.');
    expect(who(two, 'We open at six')).toBeNull();
  });
});

describe('a surname in another article', () => {
  it('links a surname used in another article to the full name', async () => {
    const analysis = quotesOf(await fixtureStory('quotes-story'));
    const brandt = analysis.quotes.find((q) => q.text.startsWith('We need the air readings'))!;
    expect(brandt.speaker).toMatchObject({ name: 'Tomas Brandt', description: 'Chief Inspector' });
    expect(brandt.attribution).toBe('pronoun');
  });
});
