import { describe, expect, it } from 'vitest';
import { findNormalised, nameKey, normalise } from '../../src/eval/normalise.ts';

describe('eval text normalisation', () => {
  it('compares curly and straight quote marks, case and runs of whitespace alike', () => {
    expect(normalise('“It’s  over,”\n she said')).toBe(normalise('"it\'s over," She said'));
    expect(normalise('  a\u00a0b\u00adc  ')).toBe('a bc');
  });

  it('maps a match back to the offsets of the original text', () => {
    const text = 'He said: “We’re   done\nhere.” Then left.';
    const [hit] = findNormalised(text, "we're done here");
    expect(text.slice(hit.from, hit.to)).toBe('We’re   done\nhere');
    expect(findNormalised(text, 'not there')).toEqual([]);
    expect(findNormalised('one two one', 'one')).toHaveLength(2);
  });

  it('compares names without accents, full stops, possessives or a form of address in front', () => {
    expect(nameKey('Dr. José  Núñez')).toBe(nameKey('jose nunez'));
    expect(nameKey('J. R. Example’s')).toBe(nameKey('J R Example'));
    expect(nameKey('Jane Example')).not.toBe(nameKey('John Example'));
  });
});
