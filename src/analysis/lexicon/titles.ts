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
  /** A form of address only (Mr, Dame): it says nothing of a role, and its gender is the surname's ("Ms Okafor"). */
  courtesy: boolean;
}

const honorific = (word: string, gender: TitleGender, abbreviation = true): Title => ({ word, gender, honorific: true, abbreviation, courtesy: false });
const courtesy = (word: string, gender: TitleGender, abbreviation = true): Title => ({ ...honorific(word, gender, abbreviation), courtesy: true });
const rank = (word: string): Title => ({ word, gender: null, honorific: false, abbreviation: true, courtesy: false });

export const TITLES: readonly Title[] = [
  courtesy('Mr', 'male'),
  courtesy('Mrs', 'female'),
  courtesy('Ms', 'female'),
  courtesy('Miss', 'female', false),
  courtesy('Mx', null),
  honorific('Dr', null),
  honorific('Prof', null),
  honorific('Rev', null),
  honorific('Hon', null),
  honorific('Fr', 'male'),
  courtesy('Sir', 'male', false),
  courtesy('Dame', 'female', false),
  courtesy('Lord', 'male', false),
  courtesy('Lady', 'female', false),
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
