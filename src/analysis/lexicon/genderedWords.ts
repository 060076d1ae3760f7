/**
 * Words that tell the gender of the person they describe and are neither a title (./titles.ts), a role
 * (./roles.ts) nor a noun for an unnamed person (./personNouns.ts), which tell theirs in their own rows:
 * family words ("his wife, Grace"), gendered nouns ("businesswoman"), and the plurals a story writes before a
 * list of names ("the brothers").
 */
export interface GenderedWord {
  word: string;
  gender: 'male' | 'female';
}

const female = (...list: string[]): GenderedWord[] => list.map((word) => ({ word, gender: 'female' }));
const male = (...list: string[]): GenderedWord[] => list.map((word) => ({ word, gender: 'male' }));

export const GENDERED_WORDS: readonly GenderedWord[] = [
  ...female('wife', 'daughter', 'sister', 'girlfriend', 'granddaughter', 'aunt', 'niece', 'mum', 'mom', 'stepmother', 'fiancee'),
  ...female('businesswoman', 'policewoman', 'sportswoman', 'waitress', 'duchess', 'countess', 'baroness', 'girl'),
  ...female('women', 'girls', 'wives', 'mothers', 'daughters', 'sisters', 'widows'),
  ...male('husband', 'son', 'brother', 'boyfriend', 'grandson', 'uncle', 'nephew', 'dad', 'stepfather', 'fiance'),
  ...male('businessman', 'policeman', 'sportsman', 'waiter', 'duke', 'baron', 'boy'),
  ...male('men', 'boys', 'husbands', 'fathers', 'sons', 'brothers', 'widowers'),
];
