/**
 * Titles written before a name: honorifics ("Mr", "Dame") and ranks or offices in their short forms
 * ("Det", "Sgt", "Gov"). One row per title, with the gender it tells when it tells one. The sentence splitter,
 * the quote cues and the name finder all read these rows.
 */
export type TitleGender = 'male' | 'female' | null;

export interface Title {
  /** As written, without a full stop. */
  word: string;
  gender: TitleGender;
  /** An honorific (Mr, Dr, Sir) rather than a rank or office (Det, Gov). */
  honorific: boolean;
  /** Written as an abbreviation, often with a full stop that does not end the sentence ("Det. Ana Cole"). */
  abbreviation: boolean;
}

const honorific = (word: string, gender: TitleGender, abbreviation = true): Title => ({ word, gender, honorific: true, abbreviation });
const rank = (word: string): Title => ({ word, gender: null, honorific: false, abbreviation: true });

export const TITLES: readonly Title[] = [
  honorific('Mr', 'male'),
  honorific('Mrs', 'female'),
  honorific('Ms', 'female'),
  honorific('Miss', 'female', false),
  honorific('Dr', null),
  honorific('Prof', null),
  honorific('Rev', null),
  honorific('Hon', null),
  honorific('Fr', 'male'),
  honorific('Sir', 'male', false),
  honorific('Dame', 'female', false),
  honorific('Lord', 'male', false),
  honorific('Lady', 'female', false),
  rank('Det'),
  rank('Sgt'),
  rank('Insp'),
  rank('Supt'),
  rank('Const'),
  rank('Cst'),
  rank('Cpl'),
  rank('Pte'),
  rank('Pvt'),
  rank('Lt'),
  rank('Capt'),
  rank('Cmdr'),
  rank('Col'),
  rank('Gen'),
  rank('Maj'),
  rank('Brig'),
  rank('Adm'),
  rank('Gov'),
  rank('Sen'),
  rank('Rep'),
  rank('Atty'),
];
