/**
 * How the date tables read the groups their patterns share: a count ("two" → 2), a season word ("fall" →
 * autumn), a step ("following" → +1). The pattern fragments themselves (`{count}`, `{year}`,
 * `{monthAlone}`, `{monthBesideDay}`) are in ../rules/pattern.ts.
 */
import type { Season } from '../dateMath.ts';
import { relativeStep } from '../lexicon/relativeWords.ts';

const NUMBER_WORDS: Record<string, number> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
};

/** The number a count group read. */
export function countOf(word: string): number {
  return NUMBER_WORDS[word.toLowerCase()] ?? Number(word);
}

/** The season a season word names ("fall" is autumn). */
export function seasonNamed(word: string): Season {
  const w = word.toLowerCase();
  return w === 'fall' ? 'autumn' : (w as Season);
}

/** "Autumn" for autumn: how a season starts a label. */
export function seasonTitle(season: Season): string {
  return season[0].toUpperCase() + season.slice(1);
}

/** "following" +1, "previous" −1 (from the lexicon), none ("that spring") 0. */
export function stepOf(word: string | undefined): number {
  return word === undefined ? 0 : (relativeStep(word) ?? 0);
}

