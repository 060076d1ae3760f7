/**
 * Words that place a named period relative to now: "last week" (-1), "next Friday" (+1), "this month" (0).
 * One row per word with its step; dates read them from here, never from a list of their own.
 */
export const RELATIVE_WORDS: readonly { word: string; step: -1 | 0 | 1 }[] = [
  { word: 'last', step: -1 },
  { word: 'past', step: -1 },
  { word: 'previous', step: -1 },
  { word: 'next', step: 1 },
  { word: 'coming', step: 1 },
  { word: 'this', step: 0 },
  { word: 'current', step: 0 },
];
