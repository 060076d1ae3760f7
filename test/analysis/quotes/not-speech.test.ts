import { describe, expect, it } from 'vitest';
import { analyse, who } from './analyse.ts';
import { quotesOf } from '../../../src/analysis/quotes.ts';
import { fixtureStory } from '../fixtureStories.ts';
import { evalFixture } from '../../eval/fixtureScore.ts';

/**
 * Words in quote marks that nobody said: scare quotes around a term, hypothetical and generic quotes, and
 * documents, signs and notices. They are given to nobody.
 */
const HEADLINE = 'Harbour story\n\n';

describe('quote marks around words nobody said', () => {
  it('takes scare quotes around a term for nobody\'s words, even inside reported speech', () => {
    const a = analyse(
      'Mayor Anselm Drury-Kite opened the market. The council\'s so-called "regeneration plan" has cost £4m so far.\n\n' +
        'Trader Hepzibah Loveridge-Amankwah said the so-called "consultation" had been "a waste of everyone\'s time."',
    );
    expect(a.occurrences.some((o) => o.text.includes('regeneration plan') || o.text.includes('consultation'))).toBe(false);
    expect(who(a, 'a waste of everyone')).toBe('Hepzibah Loveridge-Amankwah');
  });

  it('leaves hypothetical speakers unattributed', () => {
    const a = analyse(
      HEADLINE +
        'Chief executive Rosamund Achterberg-Vale said sales were weak.\n\n' +
        'When a chief executive says "the weather was against us," ask whether rivals had the same weather. If your boss says "no", ask why.',
    );
    expect(who(a, 'the weather was against us')).toBeNull();
    expect(who(a, 'no')).toBeNull();
  });

  it('keeps hypothetical and generic quotes of an explainer unattributed', async () => {
    const analysis = quotesOf(await fixtureStory('quotes-blind3-earnings'));
    for (const words of ['trading has been challenging', 'the weather was against us', 'Would I buy this stock today', 'this time it really is the weather']) {
      const o = analysis.occurrences.find((x) => x.file === 'e3-newsletter.txt' && x.text.includes(words))!;
      expect(o, words).toBeDefined();
      expect(o.attribution, words).toBe('unattributed');
    }
  });
});

describe('documents, signs and notices in the labelled fixture stories', () => {
  it.each(['quotes-blind4-celebrity', 'quotes-blind4-notices', 'quotes-blind4-release'])('%s: every quotation labelled unattributed is given nobody, not even an unnamed source', async (name) => {
    const { outcomes } = await evalFixture(`test/fixtures/stories/${name}`);
    const unattributed = outcomes.quotes.filter((o) => o.label.unattributed);
    expect(unattributed.filter((o) => o.said !== 'unattributed').map((o) => `“${o.label.words}”: ${o.said}`)).toEqual([]);
  });
});
