import { describe, expect, it } from 'vitest';
import { alternation, pattern, positionalGroups, RulePatternError } from '../../src/analysis/rules/pattern.ts';

describe('rule patterns', () => {
  it('expand lexicon placeholders into alternations, longest word first', () => {
    const re = pattern('^(?<month>{monthAbbreviation})\\.', 'u');
    expect(re.exec('Sept. 4')?.groups?.month).toBe('Sept');
    expect(re.exec('Sep. 4')?.groups?.month).toBe('Sep');
    expect(re.test('Sepp. 4')).toBe(false);
  });
  it('expand fragments and keep quantifiers such as {1,3}', () => {
    const re = pattern('(?<verb>{speechVerb})\\s+(?<speaker>{Name})[.!]{1,3}$');
    expect(re.exec('“No,” said Ana Cole.')?.groups).toMatchObject({ verb: 'said', speaker: 'Ana Cole' });
  });
  it('refuse positional groups and unknown placeholders', () => {
    expect(() => pattern('(said) (\\w+)')).toThrow(RulePatternError);
    expect(() => pattern('{noSuchList}')).toThrow(/unknown placeholder/);
    expect(() => pattern('[(]said(?:x)(?<a>y)\\(')).not.toThrow();
  });
  it('finds positional groups outside classes and escapes only', () => {
    expect(positionalGroups('a(b)(?:c)(?<d>e)[(]\\(')).toEqual([1]);
  });
  it('escapes words with regex characters', () => {
    expect(new RegExp(`^${alternation(['U.S', 'a+b'])}$`).test('U.S')).toBe(true);
    expect(new RegExp(`^${alternation(['U.S'])}$`).test('UxS')).toBe(false);
  });
});
