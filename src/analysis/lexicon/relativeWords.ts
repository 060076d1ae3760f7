/**
 * Words that place a named period relative to now: "last week" (-1), "next Friday" (+1), "this month" (0),
 * or relative to the date just told: "the following day" (+1), "the preceding week" (-1).
 * One row per word with its step; dates read them from here, never from a list of their own.
 */
export const RELATIVE_WORDS: readonly { word: string; step: -1 | 0 | 1 }[] = [
  { word: 'last', step: -1 },
  { word: 'past', step: -1 },
  { word: 'previous', step: -1 },
  { word: 'preceding', step: -1 },
  { word: 'prior', step: -1 },
  { word: 'next', step: 1 },
  { word: 'coming', step: 1 },
  { word: 'following', step: 1 },
  { word: 'this', step: 0 },
  { word: 'current', step: 0 },
];

const STEPS = new Map(RELATIVE_WORDS.map((r) => [r.word, r.step]));

/**
 * The step a phrase's relative word gives: the last relative word of the phrase decides ("this past" −1,
 * "the coming" +1, "this" 0); undefined when it has none ("over the").
 */
export function relativeStep(phrase: string): -1 | 0 | 1 | undefined {
  const steps = phrase
    .toLowerCase()
    .split(/\s+/)
    .map((w) => STEPS.get(w))
    .filter((s) => s !== undefined);
  return steps.at(-1);
}
