/**
 * Words that open a noun phrase: articles ("the mayor", "a florist") and possessives ("his wife", "its chair").
 * Rules that read the words before or after a name use them to see where a role or a family word starts.
 * `person`: whose it is (1 my/our, 2 your, 3 his/her/its/their); `ofPeople`: said of people ("its" is not).
 */
export const ARTICLES: readonly string[] = ['the', 'a', 'an'];

export interface Possessive {
  word: string;
  person: 1 | 2 | 3;
  ofPeople: boolean;
}

export const POSSESSIVES: readonly Possessive[] = [
  { word: 'my', person: 1, ofPeople: true },
  { word: 'our', person: 1, ofPeople: true },
  { word: 'your', person: 2, ofPeople: true },
  { word: 'his', person: 3, ofPeople: true },
  { word: 'her', person: 3, ofPeople: true },
  { word: 'their', person: 3, ofPeople: true },
  { word: 'its', person: 3, ofPeople: false },
];

/** The possessives a news story's narration uses ("your" is the reader's, never a subject's). */
export const NARRATED_POSSESSIVES: readonly Possessive[] = POSSESSIVES.filter((p) => p.person !== 2);
