/**
 * What the words around a name say about the person (role, gender, age, another name of theirs), runs of
 * capitalised words, and which words could be a name. The rules that read a run as a name are in
 * ./nameRules.ts.
 */
import { endsName, firstNameGender, isDemonym, isFunctionWord, isHonorific, isOrgWord, isRoleModifier, isRoleWord, isTimeWord, nounGender, perWord } from './speechLexicon.ts';
import { isCapitalised, isNameParticle, stripPossessive, type Token } from './speechText.ts';
import { GENDERED_HONORIFICS, type Gender } from './peopleRegistry.ts';
import { ARTICLES, NARRATED_POSSESSIVES } from './lexicon/determiners.ts';
import { words } from './lexicon/index.ts';
import { alternation, pattern } from './rules/pattern.ts';

/** Forms of address ("Prof. Dr.", "Mrs", "Dame"): neither the name nor the role. */
const TITLE = pattern('^{honorific}\\.?$', 'i');

/** Words that open the phrase before a name without being part of its role: "of", "and", an article, a possessive. */
const LEADING_WORD = new RegExp(`^(?:of|and|${alternation([...ARTICLES, ...NARRATED_POSSESSIVES.map((p) => p.word)])})$`, 'i');

/** The role phrase written just before a name ("Harbour Board press officer", "national security adviser"). */
export function descriptionBefore(tokens: Token[], index: number): string | undefined {
  const kept: string[] = [];
  let sawRole = false;
  for (let i = index - 1; i >= 0 && kept.length < 8; i--) {
    const w = tokens[i].text;
    if (w === '(' || w === ')') continue;
    if (!/\p{L}/u.test(w)) break;
    if (isRoleWord(w)) sawRole = true;
    else if (!isCapitalised(w) && !(sawRole && isRoleModifier(w)) && !(w === 'of' && kept.length)) break;
    kept.unshift(w);
  }
  // "pop star Vesper Lane and actor Tobiah Rennick": a name joined by "and" is another person, not the role.
  const and = kept.lastIndexOf('and');
  if (and > 0 && !kept.slice(0, and).some(isRoleWord)) kept.splice(0, and + 1);
  while (kept.length && !isRoleWord(kept[0]) && (isFunctionWord(kept[0]) || isTimeWord(kept[0]) || LEADING_WORD.test(kept[0]))) kept.shift();
  // Forms of address ("Prof. Dr.", "Mrs", "Dame") are neither the name nor the role.
  const text = kept.filter((w) => !TITLE.test(w)).join(' ');
  return text && text.split(' ').some(isRoleWord) ? text : undefined;
}

export function honorificGender(tokens: Token[], index: number): Gender {
  const prev = tokens[index - 1]?.text;
  return prev === undefined ? null : honorificGenderOf(prev);
}

/** The gender a form of address gives ("Mrs." → female), remembered per word. */
const honorificGenderOf = perWord((word: string): Gender => {
  const w = word.replace(/\.$/, '').toLowerCase();
  return (w && GENDERED_HONORIFICS[w]) || null;
});

/** Gender from the word just before a name: "Mrs Okoro", "chairwoman Ines Halvorsen", "his wife, Grace". */
export function genderBefore(tokens: Token[], index: number): Gender {
  const honorific = honorificGender(tokens, index);
  if (honorific) return honorific;
  const prev = tokens[index - 1]?.text === ',' ? tokens[index - 2] : tokens[index - 1];
  return prev ? nounGender(prev.text) : null;
}

/**
 * The role in apposition after a name: "Odalys Ferreira-Quist, the 27-year-old actress who …" → "actress",
 * "Lorcan Obi, the group's chair," → "chair".
 */
export function descriptionAfter(text: string, end: number): string | undefined {
  const rest = text.slice(end);
  const lead = APPOSITION_LEAD.exec(rest);
  const phrase = lead && /^(?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+/u.exec(rest.slice(lead[0].length))?.[0];
  if (!phrase) return undefined;
  const words = phrase.split(/\s+/);
  const role = words.findIndex((w) => isRoleWord(w));
  if (role < 0 || !words.slice(0, role).every((w) => isRoleModifier(w))) return undefined;
  return words.slice(0, role + 1).join(' ');
}

/** ", the 27-year-old …" / ", a …": the comma, the article and the age before a role in apposition. */
const APPOSITION_LEAD = new RegExp(`^,\\s+${alternation(ARTICLES)}\\s+(?:\\d{1,3}-year-old\\s+)?`, 'u');

/** "19-year-old Keziah Moreno": the age written right before a name. */
export function ageBefore(text: string, start: number): number | undefined {
  const m = /\b(?<age>\d{1,3})-year-old\s+$/.exec(text.slice(Math.max(0, start - 16), start));
  const age = m ? Number(m.groups!.age) : NaN;
  return age > 0 && age < 120 ? age : undefined;
}

/** "whose real name is Marguerite Osterhaus", "born Jane Smith": another name of someone already named. */
export function isOtherNameOf(text: string, start: number): boolean {
  return /(?:\breal name(?: is|,)?|\bbirth name(?: is)?|\bborn|\bnée|\bnee|\bformerly known as)\s+$/i.test(text.slice(Math.max(0, start - 24), start));
}

/** "Tomasz Kral, 34," / "Kral (34)": the age written right after a name. */
export function ageAfter(text: string, end: number): number | undefined {
  const m = /^(?:,\s*(?<comma>\d{1,3}),|\s*\((?<bracket>\d{1,3})\))/.exec(text.slice(end));
  const age = m ? Number(m.groups!.comma ?? m.groups!.bracket) : NaN;
  return age > 0 && age < 120 ? age : undefined;
}

/** A byline's author when it is one person's name ("Callum Reyes"), as name words. */
export function authorName(author: string | undefined): string[] | undefined {
  const words = author?.trim().split(/\s+/) ?? [];
  return words.length >= 2 && words.length <= 3 && words.every((w) => /^\p{Lu}[\p{L}'’.-]*$/u.test(w)) ? words : undefined;
}

export function genderOf(word: string): Gender {
  const g = firstNameGender(word);
  return g === 'male' || g === 'female' ? g : null;
}

/** One capitalised word, or a name prefix and a hyphen before it ("al-Rashid"); apostrophe or hyphen parts allowed. */
const NAME_LIKE = new RegExp(`^(?:\\p{Lu}|${alternation(words('namePrefix'))}-\\p{Lu})[\\p{Ll}\\p{M}]+(?:[-'’]\\p{Lu}?[\\p{Ll}\\p{M}]+)?$`, 'u');

/** Capitalised words that could be a name the lexicon does not know ("Ottilie", "Haalke"). */
export function nameLike(word: string): boolean {
  // Most words open with an ASCII letter that is not a capital: such a word is name-like only with a
  // prefix and a hyphen ("al-Rashid"). The others are remembered per word.
  const c = word.charCodeAt(0);
  if (c < 128 && !(c >= 65 && c <= 90) && !word.includes('-')) return false;
  return nameLikeWord(word);
}

const nameLikeWord = perWord((word: string): boolean => {
  const w = stripPossessive(word);
  return NAME_LIKE.test(w) && !isFunctionWord(w) && !isTimeWord(w) && !isRoleWord(w) && !isHonorific(w) && !endsName(w) && !isDemonym(w) && !isOrgWord(w);
});

/** Runs of capitalised words (a name particle may sit inside: "Khalid bin Rashid"), as [start, end) token indices. */
export function capitalisedRuns(tokens: Token[]): [number, number][] {
  const runs: [number, number][] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isCapitalised(tokens[i].text)) {
      i++;
      continue;
    }
    let j = i;
    while (j < tokens.length && (isCapitalised(tokens[j].text) || (isNameParticle(tokens[j].text) && isCapitalised(tokens[j + 1]?.text ?? ''))) && tokens[j].text.length > 0) {
      j++;
      if (/['’]s?$/.test(tokens[j - 1].text)) break;
      // A run does not jump a gap wider than one space ("Okafor. President").
      if (j < tokens.length && tokens[j].start - tokens[j - 1].end > 1) break;
    }
    runs.push([i, j]);
    i = j;
  }
  return runs;
}
