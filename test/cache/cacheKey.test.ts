import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cacheKey, isCacheKey, normaliseOptions, normaliseOptionValue } from '../../src/cache/cacheKey.ts';

const key = (options: Record<string, string | undefined>, extra: Partial<Parameters<typeof cacheKey>[0]> = {}) =>
  cacheKey({ storyVersion: 'v1', command: 'ask', options, ...extra });

describe('normaliseOptionValue', () => {
  it('folds case, whitespace and punctuation', () => {
    expect(normaliseOptionValue('  Who closed the FERRY?! ')).toBe('who closed the ferry');
    expect(normaliseOptionValue('who\tclosed   the “ferry”')).toBe('who closed the ferry');
    expect(normaliseOptionValue('Valdez — harbour master')).toBe('valdez harbour master');
  });

  it('folds compatibility forms (full-width letters, ligatures)', () => {
    expect(normaliseOptionValue('Ｆerry ﬁnance')).toBe('ferry finance');
  });

  it('keeps the punctuation that makes numbers differ', () => {
    expect(normaliseOptionValue('3.5')).not.toBe(normaliseOptionValue('35'));
    expect(normaliseOptionValue('cost $210,000?')).toBe('cost 210,000');
    expect(normaliseOptionValue('2021-03-04')).toBe('2021-03-04');
    expect(normaliseOptionValue('(-5)')).toBe('-5');
    expect(normaliseOptionValue('-5')).not.toBe(normaliseOptionValue('5'));
  });

  it('is idempotent', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 60 }), (text) => {
      const once = normaliseOptionValue(text);
      expect(normaliseOptionValue(once)).toBe(once);
    }));
  });
});

describe('normaliseOptions', () => {
  it('drops blank options and sorts names', () => {
    expect(normaliseOptions({ topic: ' Ferry ', about: undefined, blank: ' ?! ' })).toEqual([['topic', 'ferry']]);
    expect(normaliseOptions({ b: 'x', a: 'y' })).toEqual([['a', 'y'], ['b', 'x']]);
  });
});

describe('cacheKey', () => {
  it('is short base64url that fits a Discord custom_id with room to spare', () => {
    fc.assert(fc.property(fc.string(), fc.string(), fc.dictionary(fc.string(), fc.string()), (version, command, options) => {
      const k = cacheKey({ storyVersion: version, command, options });
      expect(k.length).toBeLessThanOrEqual(24);
      expect(k).toMatch(/^[A-Za-z0-9_-]+$/);
      expect(isCacheKey(k)).toBe(true);
    }));
  });

  it('is the same for questions that differ only in case, spacing and punctuation', () => {
    expect(key({ question: 'Who closed the ferry?' })).toBe(key({ question: '  who closed THE ferry ' }));
  });

  it('does not depend on the order options were given in', () => {
    expect(key({ a: '1', b: '2' })).toBe(key({ b: '2', a: '1' }));
  });

  it('treats a blank option as an absent one', () => {
    expect(key({ question: 'ferry', about: '' })).toBe(key({ question: 'ferry' }));
  });

  it('changes with the story version, the command, the code version and the words', () => {
    const base = key({ question: 'who closed the ferry' });
    expect(key({ question: 'who closed the ferry' }, { storyVersion: 'v2' })).not.toBe(base);
    expect(key({ question: 'who closed the ferry' }, { command: 'sources' })).not.toBe(base);
    expect(key({ question: 'who closed the ferry' }, { codeVersion: '0.2.0' })).not.toBe(base);
    expect(key({ question: 'who opened the ferry' })).not.toBe(base);
    expect(key({ about: 'who closed the ferry' })).not.toBe(base);
  });

  it('isCacheKey rejects anything that is not a key', () => {
    for (const bad of ['', 'short', 'a'.repeat(23), 'has space in it 1234567', 'x/y+z=abcdefghijklmnopq', undefined, 42]) {
      expect(isCacheKey(bad)).toBe(false);
    }
  });
});
