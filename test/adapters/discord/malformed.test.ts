import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { autocompleteInteraction } from '../../fakeDiscord/payloads.ts';
import { startHarness, type Harness } from './harness.ts';

let h: Harness;
beforeAll(async () => {
  h = await startHarness();
});
afterAll(async () => {
  await h?.close();
});

describe('malformed interactions', () => {
  it('answers an autocomplete with no focused option with no suggestions, and logs no error', async () => {
    const payload = autocompleteInteraction(h.fake.interactionBase(), 'x', 'sources', 'none-focused', { about: 'Fen' });
    const answer = await h.fake.answerOf(h.fake.rawInteraction(payload));
    expect(answer.kind).toBe('autocomplete');
    expect(answer.body.choices).toEqual([]);
    expect(h.logs.filter((l) => /error/i.test(l) && /autocomplete/i.test(l))).toEqual([]);
  });
});
