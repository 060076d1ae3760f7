import { describe, expect, it } from 'vitest';
import { analyse, who } from './analyse.ts';

/**
 * A sentence carrying many short quotes (a list of slogans, a paste whose full stops were lost): the cue before
 * each quote is found among the sentence's words once, not by reading every word before every quote, and it
 * still decides as it did.
 */
describe('many quotes in one sentence', () => {
  const slogans = Array.from({ length: 40 }, (_, i) => `“slogan number ${i + 1} rings out”`).join(' and ');

  it('gives the last quote to the speaker whose verb opens the sentence, words before it', () => {
    const a = analyse(`Mayor Ruth Abara spoke at the rally.\n\nAbara shouted ${slogans}, and then, according to Abara, she told the crowd: “Go home safely tonight.”`);
    expect(who(a, 'Go home safely')).toBe('Ruth Abara');
  });

  it('finds "according to" at the end of the sentence for its first quote too', () => {
    const a = analyse(`Mayor Ruth Abara spoke at the rally.\n\nThe crowd chanted ${slogans} until late, and the last chant was “We will be back”, according to Abara.`);
    expect(who(a, 'slogan number 1 rings')).toBe('Ruth Abara');
    expect(who(a, 'We will be back')).toBe('Ruth Abara');
  });
});
