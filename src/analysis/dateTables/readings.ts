/**
 * How the date tables read the groups their patterns share: a count ("two" → 2), a season word ("fall" →
 * autumn), a step ("following" → +1). The pattern fragments themselves (`{count}`, `{year}`,
 * `{monthAlone}`, `{monthBesideDay}`) are in ../rules/pattern.ts.
 */
import type { Season } from '../dateMath.ts';
import { relativeStep } from '../lexicon/relativeWords.ts';

/** Number words up to nineteen, and the tens: the one table every date rule that reads a number word uses. */
export const UNIT_WORDS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12,
  thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18, nineteen: 19,
};
export const TENS_WORDS: Readonly<Record<string, number>> = { twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90 };

/** The small counts the `{count}` fragment reads ("a", "two" … "twelve"), in the table's order. */
export const COUNT_WORDS: readonly string[] = Object.keys(UNIT_WORDS).filter((w) => UNIT_WORDS[w] <= 12);

/** The number a count group read. */
export function countOf(word: string): number {
  const w = word.toLowerCase();
  return COUNT_WORDS.includes(w) ? UNIT_WORDS[w] : Number(word);
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

