/**
 * The stages after the full names: each reads the paragraphs (tokens not yet claimed for a name) and the
 * people registered so far, and adds people and mentions: a known full name written out again, a character
 * and the actor who plays them, another member of a known family, a first name alone, a surname alone, a
 * bare role ("the president"). They run in people.ts's order; each claims the tokens it reads as a name.
 */
import { isDemonym, isFunctionWord, isHonorific, isOrgWord, isPersonNoun, isRoleModifier, isRoleWord, isTimeWord, nounGender, perWord } from './speechLexicon.ts';
import { isCapitalised, stripPossessive } from './speechText.ts';
import { descriptionBefore, genderBefore, honorificGender, nameLike } from './peopleNames.ts';
import { GENDERED_HONORIFICS, type Mention, type People } from './peopleRegistry.ts';
import { claim, inQuote, type ScannedParagraph } from './peopleText.ts';
import { NARRATED_POSSESSIVES } from './lexicon/determiners.ts';
import { alternation } from './rules/pattern.ts';

type Stage = (people: People, paragraphs: readonly ScannedParagraph[]) => void;

const mention = (p: ScannedParagraph, personId: string, start: number, end: number, quoted: boolean, via: Mention['via']): Mention => ({ personId, file: p.pt.file, paragraph: p.pt.paragraph.number, start, end, quoted, via });

/** A full name (or longer alias) of a known person, as words. */
interface FullForm {
  words: string[];
  id: string;
}

/**
 * The full names (and longer aliases) of the people known so far, by first word then second word; names of
 * three words or more apart from those of two, since a name's last word is read without its possessive ("Ana
 * Cole's"). Each list keeps the order of the names longest first (a story may know hundreds of Janes: a
 * word is compared with the few whose second word follows it, not with every Jane).
 */
function fullFormsByFirstWords(people: People): { longer: Map<string, Map<string, FullForm[]>>; two: Map<string, Map<string, FullForm[]>> } {
  const forms: FullForm[] = [];
  for (const person of people.all) {
    if (person.kind !== 'person') continue;
    for (const form of new Set([person.name, ...person.aliases])) {
      const words = form.split(/\s+/);
      if (words.length < 2 || form.startsWith('@')) continue;
      forms.push({ words, id: person.id });
    }
  }
  const longer = new Map<string, Map<string, FullForm[]>>();
  const two = new Map<string, Map<string, FullForm[]>>();
  // Longest first; a stable sort keeps the story's order among names of one length.
  for (const form of forms.sort((a, b) => b.words.length - a.words.length)) {
    const byFirst = form.words.length === 2 ? two : longer;
    let bySecond = byFirst.get(form.words[0]);
    if (!bySecond) byFirst.set(form.words[0], (bySecond = new Map()));
    const list = bySecond.get(form.words[1]);
    if (list) list.push(form);
    else bySecond.set(form.words[1], [form]);
  }
  return { longer, two };
}

/**
 * A full name found in one article ("Nguyễn Thị Thu Hà, who plays …") written out in another where nothing
 * around it marked it as a name ("Linh (Nguyễn Thị Thu Hà, superb)").
 */
export const knownNamesWrittenOut: Stage = (people, paragraphs) => {
  const { longer, two } = fullFormsByFirstWords(people);
  for (const p of paragraphs) {
    const { tokens, taken } = p;
    const writtenAt = (i: number) => (form: FullForm) => form.words.every((w, k) => !taken.has(i + k) && (k === form.words.length - 1 ? stripPossessive(tokens[i + k]?.text ?? '') : tokens[i + k]?.text) === w);
    for (let i = 0; i < tokens.length; i++) {
      if (taken.has(i)) continue;
      const second = tokens[i + 1]?.text;
      const candidatesLonger = second === undefined ? undefined : longer.get(tokens[i].text)?.get(second);
      const candidatesTwo = two.get(tokens[i].text)?.get(stripPossessive(second ?? ''));
      if (!candidatesLonger && !candidatesTwo) continue;
      const form = candidatesLonger?.find(writtenAt(i)) ?? candidatesTwo?.find(writtenAt(i));
      if (!form) continue;
      const end = i + form.words.length;
      claim(p, i, end);
      people.mentions.push(mention(p, form.id, tokens[i].start, tokens[end - 1].end, inQuote(p, tokens[i].start), 'name'));
      i = end - 1;
    }
  }
};

/**
 * A review's "Linh (Nguyễn Thị Thu Hà)": one name-like word, then a known person's full name in brackets,
 * is a character that person plays, registered as a person of that one name (so that "she tells the
 * trawlerman" can refer to the character rather than the actor).
 */
export const playedBy: Stage = (people, paragraphs) => {
  const byParagraph = new Map<string, Mention[]>();
  for (const m of people.mentions) {
    if (m.quoted || m.via !== 'name') continue;
    const key = `${m.file}#${m.paragraph}`;
    byParagraph.set(key, [...(byParagraph.get(key) ?? []), m]);
  }
  for (const p of paragraphs) {
    const { tokens, taken } = p;
    for (const m of byParagraph.get(`${p.pt.file}#${p.pt.paragraph.number}`) ?? []) {
      const s = tokens.findIndex((t) => t.start === m.start);
      if (s < 2 || tokens[s - 1].text !== '(' || taken.has(s - 2)) continue;
      const word = tokens[s - 2];
      if (!nameLike(word.text)) continue;
      if (s >= 3 && isCapitalised(tokens[s - 3].text) && word.start - tokens[s - 3].end <= 1) continue;
      const actor = people.get(m.personId);
      if (!actor || actor.kind !== 'person') continue;
      const r = people.addName([word.text], null);
      people.addDescription(r, `character played by ${actor.name}`);
      taken.add(s - 2);
      people.mentions.push(mention(p, r.id, word.start, word.end, false, 'name'));
    }
  }
};

/** A capitalised word that is a title, a role or some other word that is never a first name. */
const notAFirstName = perWord((w: string) => isRoleWord(w) || isHonorific(w) || isFunctionWord(w) || isTimeWord(w) || isDemonym(w) || isOrgWord(w) || GENDERED_HONORIFICS[w.toLowerCase()] !== undefined);

/**
 * "Milan Varga" next to a known "Jonas Varga": a capitalised word the name finder did not take as a first
 * name (here a city) before a known surname is another person of that family.
 */
export const familyMembers: Stage = (people, paragraphs) => {
  for (const p of paragraphs) {
    const { tokens, taken } = p;
    tokens.forEach((token, i) => {
      if (i === 0 || taken.has(i) || taken.has(i - 1) || !isCapitalised(token.text)) return;
      const prev = tokens[i - 1];
      if (token.start - prev.end !== 1 || !isCapitalised(prev.text) || /['’]s?$/.test(prev.text) || !/^\p{Lu}\p{Ll}+$/u.test(prev.text)) return;
      // "When Lucía Herrera was …": a sentence's opening function word is not part of the name.
      if (i >= 2 && isCapitalised(tokens[i - 2].text) && tokens[i - 1].start - tokens[i - 2].end === 1 && !isFunctionWord(tokens[i - 2].text)) return;
      if (i + 1 < tokens.length && isCapitalised(tokens[i + 1].text) && tokens[i + 1].start - token.end === 1) return;
      if (notAFirstName(prev.text)) return;
      const surname = stripPossessive(token.text);
      const known = people.lookupFamily(surname);
      if (!known.length) return;
      const r = known.find((x) => x.first === prev.text.toLowerCase()) ?? people.addName([prev.text, surname], genderBefore(tokens, i - 1));
      claim(p, i - 1, i + 1);
      people.mentions.push(mention(p, r.id, prev.start, token.end, inQuote(p, prev.start), 'name'));
    });
  }
};

/** First names on their own ("his wife, Grace"), for a first name only one person has. */
export const firstNamesAlone: Stage = (people, paragraphs) => {
  for (const p of paragraphs) {
    const { tokens, taken } = p;
    tokens.forEach((token, i) => {
      if (taken.has(i) || !isCapitalised(token.text) || isTimeWord(token.text) || isFunctionWord(token.text) || isRoleWord(token.text)) return;
      const word = stripPossessive(token.text).toLowerCase();
      if (people.lookupFamily(word).length) return;
      const person = people.byFirstName(word);
      if (!person) return;
      people.setGender(person.id, genderBefore(tokens, i));
      taken.add(i);
      people.mentions.push(mention(p, person.id, token.start, token.end, inQuote(p, token.start), 'first'));
    });
  }
};

/** Whose family or person noun it is: "her father", "my neighbour" (of people, not "its"). */
const OWNER = new RegExp(`^${alternation(NARRATED_POSSESSIVES.filter((p) => p.ofPeople).map((p) => p.word))}$`, 'i');

/**
 * A first name alone in apposition to a family or person noun ("Her father, Diego,", "my neighbour
 * Gertrude,") that names nobody yet: a person known by that one name.
 */
export const firstNameInApposition: Stage = (people, paragraphs) => {
  for (const p of paragraphs) {
    const { tokens, taken } = p;
    tokens.forEach((token, i) => {
      if (i < 2 || taken.has(i) || !nameLike(token.text) || inQuote(p, token.start)) return;
      const next = tokens[i + 1];
      if (next && isCapitalised(next.text) && next.start - token.end <= 1) return;
      const comma = tokens[i - 1].text === ',' ? 1 : 0;
      const noun = tokens[i - 1 - comma];
      const owner = tokens[i - 2 - comma];
      if (!noun || !owner || !OWNER.test(owner.text)) return;
      const gender = nounGender(noun.text);
      if (gender === null && !isPersonNoun(noun.text)) return;
      if (isFunctionWord(token.text) || isTimeWord(token.text) || isRoleWord(token.text) || isOrgWord(token.text) || isDemonym(token.text)) return;
      const word = stripPossessive(token.text);
      if (people.lookup(word) || people.byFirstName(word)) return;
      const r = people.addName([word], gender);
      people.addDescription(r, `${owner.text.toLowerCase()} ${noun.text.toLowerCase()}`);
      taken.add(i);
      people.mentions.push(mention(p, r.id, token.start, token.end, false, 'name'));
    });
  }
};

/** Surnames on their own ("Okafor said", "Mayor Okafor"); a surname several people share is noted as ambiguous. */
export const surnamesAlone: Stage = (people, paragraphs) => {
  for (const p of paragraphs) {
    const { tokens, taken, pt } = p;
    tokens.forEach((token, i) => {
      if (taken.has(i) || !isCapitalised(token.text)) return;
      const word = stripPossessive(token.text).toLowerCase();
      const quoted = inQuote(p, token.start);
      const person = people.lookup(word, pt.file, honorificGender(tokens, i), { paragraph: pt.paragraph.number, start: token.start });
      if (!person && !quoted && people.sharedSurname(word)) people.ambiguous.push({ file: pt.file, paragraph: pt.paragraph.number, start: token.start, end: token.end });
      if (!person || person.kind !== 'person') return;
      const r = people.record(person.id)!;
      people.addForm(r, stripPossessive(token.text));
      const description = descriptionBefore(tokens, i);
      if (description && !quoted) people.addDescription(r, description);
      people.setGender(person.id, genderBefore(tokens, i));
      people.mentions.push(mention(p, person.id, token.start, token.end, quoted, 'surname'));
    });
  }
};

/** "the president", "the deputy mayor", "the Russian president": a role, with up to two qualifiers. */
const ROLE_MENTION = /\b[Tt]he\s+(?<qualifiers>(?:[\p{L}-]+\s+){0,2}?)(?<role>\p{L}+)(?:['’]s)?\b/gu;

/** Bare roles ("the president") that one person clearly holds. */
export const bareRoles: Stage = (people, paragraphs) => {
  for (const p of paragraphs) {
    for (const match of p.pt.text.matchAll(ROLE_MENTION)) {
      const { role, qualifiers } = match.groups!;
      if (!isRoleWord(role) || (qualifiers && !qualifiers.trim().split(/\s+/).every((w) => isRoleModifier(w) || isDemonym(w)))) continue;
      const start = match.index ?? 0;
      if (inQuote(p, start)) continue;
      const holder = people.roleHolder(role, qualifiers);
      if (!holder) continue;
      people.mentions.push(mention(p, holder.id, start, start + match[0].length, false, 'role'));
    }
  }
};
