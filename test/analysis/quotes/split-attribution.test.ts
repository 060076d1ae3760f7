import { describe, expect, it } from 'vitest';
import { analyse, who } from './analyse.ts';
import { quotesOf } from '../../../src/analysis/quotes.ts';
import { fixtureStory } from '../fixtureStories.ts';

/**
 * A quotation cut in two by its attribution ("We are asking everyone," X said. "This is a precaution.") is one
 * quote of one speaker, whichever half names them.
 */

describe('a quote split by its attribution', () => {
  it('joins a quote split by its attribution into one quote', async () => {
    const analysis = quotesOf(await fixtureStory('quotes-story'));
    const split = analysis.quotes.find((q) => q.text.startsWith('We are asking everyone'))!;
    expect(split.text).toContain('This is a precaution');
    expect(split.citations).toHaveLength(1);
  });

  it('takes the speaker from the next sentence when a quote opens the paragraph', () => {
    const a = analyse('Coach Ilse Marwick spoke after the game.\n\n"We were asleep for an hour." Coach Ilse Marwick said the first half was the worst of the season. "Then we woke up."');
    expect(who(a, 'We were asleep')).toBe('Ilse Marwick');
    expect(who(a, 'Then we woke up')).toBe('Ilse Marwick');
  });
});
