import { describe, expect, it } from 'vitest';
import { firstNameGender, lexiconLoaded } from '../../src/analysis/speechLexicon.ts';

describe('speech lexicon start-up', () => {
  it('does not load compromise until a word is first looked up', () => {
    expect(lexiconLoaded()).toBe(false);
    expect(firstNameGender('Sarah')).toBe('female');
    expect(lexiconLoaded()).toBe(true);
  });
});
