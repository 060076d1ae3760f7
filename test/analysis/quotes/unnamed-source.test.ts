import { describe, expect, it } from 'vitest';
import { analyse, who } from './analyse.ts';
import { quotesOf } from '../../../src/analysis/quotes.ts';
import { fixtureStory } from '../fixtureStories.ts';

/**
 * A source the story does not name ("who asked not to be named", "a 71-year-old retired nurse", "my editor"):
 * an unnamed source, described as the story describes them, never given to a name.
 */
const VILLAGE_HEADLINE = 'Village story\n\n';

describe('unnamed sources', () => {
  it('labels a long indefinite subject with "asked not to be named" anonymous', () => {
    const a = analyse('One manager at a supplier that sells parts to the plant, who asked not to be named because talks are continuing, said orders had been "cut in half".');
    expect(who(a, 'cut in half')).toBe('anonymous');
  });

  it('labels "said a neighbour who asked not to be named" anonymous', () => {
    const a = analyse('"There was glass everywhere," said a neighbour who asked not to be named.');
    expect(who(a, 'There was glass everywhere')).toBe('anonymous');
  });

  it('gives "the 71-year-old retired nurse" to the unnamed person introduced at that age, never to a name', () => {
    const a = analyse(
      'Tobiah Renwick, 40, runs the corner shop.\n\n' +
        'Another resident, a 71-year-old retired nurse who has lived there since 1980, said the street had changed. "I lock the door at six now," the 71-year-old retired nurse said.',
    );
    expect(who(a, 'I lock the door at six')).toBe('anonymous');
    expect(a.occurrences.find((o) => o.text.includes('I lock the door'))!.source).toContain('71-year-old');
  });
});

describe('what the story says about an unnamed source', () => {
  it('keeps "the woman" anonymous when the story said she cannot be named', () => {
    const a = analyse('One tenant, a retired teacher who cannot be named for legal reasons, said she lost her deposit. ‘I trusted them,’ the woman said.');
    expect(who(a, 'I trusted them')).toBe('anonymous');
  });

  it('reads "who did not want her name used" as an anonymous source', () => {
    const a = analyse('A regular customer, who did not want her name used because she works for the council, said the market had been "left to rot."');
    expect(who(a, 'left to rot')).toBe('anonymous');
  });

  it('gives "my editor told me" to an unnamed source, never the writer or the last name', () => {
    const a = analyse(
      VILLAGE_HEADLINE + 'The mayor, Ottilie Brandvold-Achebe, called the plan "overdue."\n\n' + 'My editor told me to drop it. "Nobody reads about drains," she said.',
    );
    expect(who(a, 'Nobody reads about drains')).toBe('anonymous');
  });

  it('reads "did not want to be named" as an unnamed source', () => {
    const a = analyse(VILLAGE_HEADLINE + 'A porter at the station, who did not want to be named, said the lifts had "been broken since spring."');
    expect(who(a, 'been broken since spring')).toBe('anonymous');
  });
});

describe('unnamed sources in the labelled fixture stories', () => {
  it('keeps an unnamed witness anonymous and says how the story describes them', async () => {
    const analysis = quotesOf(await fixtureStory('quotes-blind-police'));
    const teacher = analysis.quotes.find((q) => q.text.startsWith('We used to leave our doors unlocked'))!;
    expect(teacher.speaker).toBeNull();
    expect(teacher.attribution).toBe('anonymous');
    expect(teacher.source).toMatch(/62-year-old retired teacher/);
  });

  it('never names an anonymous source, and says how the story describes them', async () => {
    const analysis = quotesOf(await fixtureStory('quotes-story'));
    const anonymous = analysis.quotes.filter((q) => q.attribution === 'anonymous');
    expect(anonymous.map((q) => q.text)).toEqual(expect.arrayContaining(['Nobody told us what to do', 'The valve came from a supplier we have used for fifteen years.']));
    for (const q of anonymous) {
      expect(q.speaker).toBeNull();
      expect(q.source).toMatch(/worker|spokesperson/);
    }
  });
});
