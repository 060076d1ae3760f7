/**
 * Finding names in a paragraph's tokens: runs of capitalised words, a name by compromise's first-name
 * lexicon or after a role title, a name the lexicon does not know on evidence from its context, and what
 * the words around a name say about the person (role, gender, age).
 */
import {
  endsName, firstNameGender, isDemonym, isFunctionWord, isHonorific, isOrgNoun, isOrgWord, isPersonNoun, isPostNominal, isRoleModifier, isRoleWord,
  isTimeWord, nounGender,
} from './speechLexicon.ts';
import { isCapitalised, isNameParticle, stripPossessive, type Token } from './speechText.ts';
import { GENDERED_HONORIFICS, type Gender } from './peopleRegistry.ts';
import { words } from './lexicon/index.ts';
import { alternation, pattern } from './rules/pattern.ts';

/** Forms of address ("Prof. Dr.", "Mrs", "Dame"): neither the name nor the role. */
const TITLE = pattern('^{honorific}\\.?$', 'i');

/** The role phrase written just before a name ("White House Press Secretary", "national security adviser"). */
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
  while (kept.length && !isRoleWord(kept[0]) && (isFunctionWord(kept[0]) || isTimeWord(kept[0]) || /^(of|and|its|his|her|their|our|my|the|a|an)$/i.test(kept[0]))) kept.shift();
  // Forms of address ("Prof. Dr.", "Mrs", "Dame") are neither the name nor the role.
  const text = kept.filter((w) => !TITLE.test(w)).join(' ');
  return text && text.split(' ').some(isRoleWord) ? text : undefined;
}

export function honorificGender(tokens: Token[], index: number): Gender {
  const prev = tokens[index - 1]?.text.replace(/\.$/, '').toLowerCase();
  return (prev && GENDERED_HONORIFICS[prev]) || null;
}

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
  const m = /^,\s+(?:the|a|an)\s+(?:\d{1,3}-year-old\s+)?((?:[\p{Ll}-]+\s+){0,2}[\p{Ll}-]+)/u.exec(text.slice(end));
  if (!m) return undefined;
  const words = m[1].split(/\s+/);
  const role = words.findIndex((w) => isRoleWord(w));
  if (role < 0 || !words.slice(0, role).every((w) => isRoleModifier(w))) return undefined;
  return words.slice(0, role + 1).join(' ');
}

/** "19-year-old Keziah Moreno": the age written right before a name. */
export function ageBefore(text: string, start: number): number | undefined {
  const m = /\b(\d{1,3})-year-old\s+$/.exec(text.slice(Math.max(0, start - 16), start));
  const age = m ? Number(m[1]) : NaN;
  return age > 0 && age < 120 ? age : undefined;
}

/** "whose real name is Marguerite Osterhaus", "born Jane Smith": another name of someone already named. */
export function isOtherNameOf(text: string, start: number): boolean {
  return /(?:\breal name(?: is|,)?|\bbirth name(?: is)?|\bborn|\bnée|\bnee|\bformerly known as)\s+$/i.test(text.slice(Math.max(0, start - 24), start));
}

/** "Tomasz Kral, 34," / "Kral (34)": the age written right after a name. */
export function ageAfter(text: string, end: number): number | undefined {
  const m = /^(?:,\s*(\d{1,3}),|\s*\((\d{1,3})\))/.exec(text.slice(end));
  const age = m ? Number(m[1] ?? m[2]) : NaN;
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

/** A run of capitalised words that names a person: [start, end) token indices, or undefined. */
export function nameInRun(tokens: Token[], a: number, b: number): [number, number] | undefined {
  for (let i = a; i < b - 1; i++) {
    if (firstNameGender(stripPossessive(tokens[i].text)) === undefined) continue;
    if (isTimeWord(tokens[i + 1].text) || isFunctionWord(tokens[i + 1].text) || isPostNominal(tokens[i + 1].text)) continue;
    let end = i + 2;
    if (/['’]s?$/.test(tokens[i + 1].text)) return [i, end];
    while (end < b && end - i < 4 && !endsName(stripPossessive(tokens[end].text)) && !isPostNominal(tokens[end].text)) {
      end++;
      if (/['’]s?$/.test(tokens[end - 1].text)) break;
    }
    if (end - i >= 2) return [i, end];
  }
  // After a lower-case role: "union secretary Marek Kowalczyk".
  if (a > 0 && b - a >= 2 && b - a <= 3 && !isCapitalised(tokens[a - 1].text) && isRoleWord(tokens[a - 1].text) && !tokens.slice(a, b).some((t) => endsName(stripPossessive(t.text)) || isRoleWord(t.text) || isPostNominal(t.text) || isOrgWord(t.text) || /\p{L}{2}\.$/u.test(t.text))) {
    return [a, b];
  }
  // After a role title: "Mayor Lindiwe Okafor", "Chief Inspector Tomas Brandt".
  for (let j = a; j < b - 2; j++) {
    if (!isRoleWord(tokens[j].text) && !isHonorific(tokens[j].text)) continue;
    let end = j + 1;
    while (end < b && end - j <= 3 && !isRoleWord(tokens[end].text) && !endsName(tokens[end].text) && !isPostNominal(tokens[end].text)) end++;
    if (end - (j + 1) >= 2 && end - (j + 1) <= 3) return [j + 1, end];
  }
  return undefined;
}

/** One capitalised word, or a name prefix and a hyphen before it ("al-Rashid"); apostrophe or hyphen parts allowed. */
const NAME_LIKE = new RegExp(`^(?:\\p{Lu}|${alternation(words('namePrefix'))}-\\p{Lu})[\\p{Ll}\\p{M}]+(?:[-'’]\\p{Lu}?[\\p{Ll}\\p{M}]+)?$`, 'u');

/** Capitalised words that could be a name the lexicon does not know ("Ottilie", "Haalke"). */
export function nameLike(word: string): boolean {
  const w = stripPossessive(word);
  return NAME_LIKE.test(w) && !isFunctionWord(w) && !isTimeWord(w) && !isRoleWord(w) && !isHonorific(w) && !endsName(w) && !isDemonym(w) && !isOrgWord(w);
}

/**
 * A two- or three-word capitalised run the first-name lexicon did not catch, taken as a person's name
 * only on evidence from its context: an age after it ("Ottilie Lund, 58,"), a family word or honorific
 * before it ("his wife, Ottilie Lund"), a role in apposition after it ("Jorund Haalke, the council
 * leader,"), "and" joining it to a name found by the lexicon ("Ilse Marwick and Jorund Haalke"), or a
 * relative "who" after it ("Harald Berge, who chairs the trust,").
 */
export function nameByContext(tokens: Token[], text: string, a: number, b: number, runs: [number, number][], found: ([number, number] | undefined)[], k: number): [number, number] | undefined {
  // A sentence's first word is capitalised anyway: "For Þórður Egilsson, 71, it was …".
  while (b - a > 2 && (isFunctionWord(tokens[a].text) || isTimeWord(tokens[a].text))) a++;
  // Up to four words: "Nguyễn Thị Thu Hà"; a particle may sit inside ("Khalid bin Rashid").
  if (b - a < 2 || b - a > 4 || !tokens.slice(a, b).every((t, k) => nameLike(t.text) || (k > 0 && k < b - a - 1 && isNameParticle(t.text)))) return undefined;
  // "Harald Berge, who chairs the trust": "who" is for people ("which" for organisations and places).
  if (tokens[b]?.text === ',' && /^who$/i.test(tokens[b + 1]?.text ?? '')) return [a, b];
  const end = tokens[b - 1].end;
  if (ageAfter(text, end) !== undefined || ageBefore(text, tokens[a].start) !== undefined) return [a, b];
  if (genderBefore(tokens, a)) return [a, b];
  // "Vance's lawyer, Gideon Marchetti," / "its chair, Ifeoma Castellanos,": a role, then the name in apposition.
  if (a >= 2 && tokens[a - 1].text === ',' && !isCapitalised(tokens[a - 2].text) && isRoleWord(tokens[a - 2].text) && /^[,.;]?$/.test(tokens[b]?.text ?? '')) return [a, b];
  // "Clementine Ashworth-Boateng, a florist." / "…, a retired nurse who …": a person described by a noun.
  const described = /^,\s+(?:a|an)\s+((?:\p{Ll}[\p{Ll}-]*\s+){0,2}(\p{Ll}[\p{Ll}-]*))(?=\s*(?:[,.;]|$|\s(?:who|from|at|in|of|on|with|based)\b))/u.exec(text.slice(end));
  if (described && !isOrgNoun(described[2]) && (isRoleWord(described[2]) || isPersonNoun(described[2]) || nounGender(described[2]))) return [a, b];
  // "Jorund Haalke, the council leader," / "Anand Raghunathan, principal analyst at Kestrel Insight,".
  if (tokens[b]?.text === ',' && (/^(a|an|the|his|her|their)$/i.test(tokens[b + 1]?.text ?? '') || /^\p{Ll}/u.test(tokens[b + 1]?.text ?? ''))) {
    for (let j = b + 1; j < Math.min(tokens.length, b + 8) && tokens[j].text !== ','; j++) {
      if (isRoleWord(tokens[j].text) && !isCapitalised(tokens[j].text)) return [a, b];
      if (isCapitalised(tokens[j].text) || /^(who|which|that)$/i.test(tokens[j].text)) break;
    }
  }
  const joined = (other: number, between: [number, number]) => found[other] !== undefined && tokens.slice(between[0], between[1]).map((t) => t.text.toLowerCase()).join(' ') === 'and';
  if (k > 0 && runs[k - 1][1] === a - 1 && joined(k - 1, [a - 1, a])) return [a, b];
  if (k + 1 < runs.length && runs[k + 1][0] === b + 1 && joined(k + 1, [b, b + 1])) return [a, b];
  return undefined;
}

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
      // A run does not jump a gap wider than one space ("Sanders. President").
      if (j < tokens.length && tokens[j].start - tokens[j - 1].end > 1) break;
    }
    runs.push([i, j]);
    i = j;
  }
  return runs;
}
