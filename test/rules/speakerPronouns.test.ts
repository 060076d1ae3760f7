import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeRuleTable } from './describeRuleTable.ts';
import { SPEAKER_PRONOUN_TABLE } from '../../src/analysis/speakerRuleTable.ts';

describeRuleTable(SPEAKER_PRONOUN_TABLE);

describe('pronoun outcomes', () => {
  it('are every outcome the pronoun search can give, so each explanation names a row with examples', () => {
    const source = readFileSync(new URL('../../src/analysis/quoteSpeakers.ts', import.meta.url), 'utf8');
    const given = [...new Set([...source.matchAll(/'(?<id>speaker\.pronoun\.[a-z-]+)'/g)].map((m) => m.groups!.id))].sort();
    expect(given.length).toBeGreaterThan(5);
    expect(given).toEqual(SPEAKER_PRONOUN_TABLE.rules.map((r) => r.id).sort());
  });
});
