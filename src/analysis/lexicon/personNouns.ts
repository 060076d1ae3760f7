/**
 * Nouns for people. One row per word:
 * - `unnamed`: stands for someone the story does not name ("the woman said", "a resident", "her neighbour
 *   Gertrude").
 * - `notARole`: compromise calls it an actor noun, yet it names no role ("people", "critic").
 * - `gender`: the gender the noun tells.
 * Family words and other words that mostly tell a gender are in ./genderedWords.ts; job nouns in ./roles.ts.
 */
export interface PersonNoun {
  word: string;
  unnamed: boolean;
  notARole: boolean;
  gender: 'male' | 'female' | null;
}

const unnamed = (...list: string[]): PersonNoun[] => list.map((word) => ({ word, unnamed: true, notARole: false, gender: null }));
const row = (word: string, isUnnamed: boolean, notARole: boolean, gender: PersonNoun['gender'] = null): PersonNoun => ({ word, unnamed: isUnnamed, notARole, gender });

export const PERSON_NOUNS: readonly PersonNoun[] = [
  ...unnamed('source', 'worker', 'resident', 'investor', 'member', 'employee', 'neighbour', 'neighbor', 'parent'),
  ...unnamed('customer', 'passenger', 'patient', 'victim', 'fan', 'insider', 'aide', 'staffer'),
  ...unnamed('student', 'retiree', 'cyclist', 'commuter', 'shopper', 'local', 'villager', 'lecturer', 'tailor'),
  ...unnamed('veteran', 'relative', 'bystander', 'onlooker'),
  // Also roles (./roles.ts; see SHARED_WORDS in ./index.ts).
  ...unnamed('player', 'pensioner', 'volunteer'),
  row('mother', true, false, 'female'),
  row('father', true, false, 'male'),
  row('grandmother', true, false, 'female'),
  row('grandfather', true, false, 'male'),
  row('widow', true, false, 'female'),
  row('widower', true, false, 'male'),
  row('man', true, true, 'male'),
  row('woman', true, true, 'female'),
  row('person', true, true),
  row('witness', true, true),
  row('friend', true, true),
  row('people', false, true),
  row('critic', false, true),
];
