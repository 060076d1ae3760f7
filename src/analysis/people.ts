/**
 * People (and organisations) of a story: one entry per individual across every article. Full names are
 * found with compromise's first-name lexicon or after a role title ("Mayor Lindiwe Okafor"); titles and
 * roles are kept as the description, never as part of the name; surname-only mentions ("Coats said")
 * and role mentions ("the president") are linked to a full name found anywhere in the story.
 */
import type { Story } from '../story/story.ts';
import { findQuoteSpans } from './quoteSpans.ts';
import {
  endsName, firstNameGender, isDemonym, isFunctionWord, isHonorific, isOrgWord, isPostNominal, isRoleModifier, isRoleWord,
  isTimeWord, nounGender,
} from './speechLexicon.ts';
import { isCapitalised, paragraphText, stripPossessive, tokenize, type ParagraphText, type Token } from './speechText.ts';
import { perStory } from '../story/perStory.ts';

export type Gender = 'male' | 'female' | null;

export interface Person {
  id: string;
  name: string;
  /** Other ways the story names them: longer or shorter forms, the surname, a social handle. */
  aliases: string[];
  /** Their role as the story gives it ("White House Press Secretary"), or null. */
  description: string | null;
  kind: 'person' | 'organisation';
  gender: Gender;
}

/** Where a person is named in the text. */
export interface Mention {
  personId: string;
  file: string;
  paragraph: number;
  start: number;
  end: number;
  /** Inside quote marks: someone else's words, not the narrator's reference. */
  quoted: boolean;
  via: 'name' | 'surname' | 'first' | 'role';
}

interface Record_ {
  person: Person;
  first: string;
  last: string;
  forms: Map<string, number>;
  descriptions: Map<string, { text: string; count: number }>;
  mentions: number;
}

const GENDERED_HONORIFICS: Record<string, Gender> = { mr: 'male', sir: 'male', lord: 'male', mrs: 'female', ms: 'female', miss: 'female', dame: 'female', lady: 'female' };

/** An age the story gives a person ("Tomasz Kral, 34,"), for "said the 34-year-old". */
export interface AgeMention {
  personId: string;
  file: string;
  age: number;
}

export class People {
  readonly paragraphs: ParagraphText[] = [];
  readonly mentions: Mention[] = [];
  readonly ages: AgeMention[] = [];
  /** Surnames written alone that several people share ("the younger Varga"): someone, but nobody knows who. */
  readonly ambiguous: { file: string; paragraph: number; start: number; end: number }[] = [];
  /** The person who wrote each article, when its byline names one: the "I" of a first-person piece. */
  readonly authors = new Map<string, string>();
  private readonly records = new Map<string, Record_>();
  private readonly byLast = new Map<string, Record_[]>();
  private byParagraph?: Map<string, Mention[]>;
  /** First name → people, built on first use after the names are known (reset when a name is added). */
  private byFirst?: Map<string, Record_[]>;

  /** Every person and organisation, in order of first appearance. */
  get all(): Person[] {
    return [...this.records.values()].map((r) => this.finish(r));
  }

  get(id: string): Person | undefined {
    const r = this.records.get(id);
    return r && this.finish(r);
  }

  /** Mentions of a paragraph, in text order. */
  mentionsIn(file: string, paragraph: number): Mention[] {
    if (!this.byParagraph) {
      this.byParagraph = new Map();
      for (const m of this.mentions) {
        const key = `${m.file}#${m.paragraph}`;
        const list = this.byParagraph.get(key) ?? [];
        list.push(m);
        this.byParagraph.set(key, list);
      }
    }
    return this.byParagraph.get(`${file}#${paragraph}`) ?? [];
  }

  /**
   * A person by one of their names as written ("Sarah Huckabee Sanders", "Sanders", "Mrs Okoro"). A
   * surname several people share is resolved only when an honorific's gender or the article settles it.
   */
  lookup(name: string, file?: string, gender: Gender = null): Person | undefined {
    let tokens = name.trim().split(/\s+/).map(stripPossessive).filter(Boolean);
    const honorific = tokens.length > 1 ? GENDERED_HONORIFICS[tokens[0].toLowerCase().replace(/\.$/, '')] : undefined;
    if (honorific !== undefined) {
      tokens = tokens.slice(1);
      gender = honorific;
    }
    if (!tokens.length) return undefined;
    const last = tokens[tokens.length - 1].toLowerCase();
    const first = tokens[0].toLowerCase();
    const candidates = this.byLast.get(last) ?? [];
    if (tokens.length > 1) {
      const exact = candidates.find((r) => r.first === first);
      return exact && this.finish(exact);
    }
    const fitting = gender ? candidates.filter((r) => r.person.gender !== (gender === 'male' ? 'female' : 'male')) : candidates;
    const picked = this.pickSurname(fitting, file);
    return picked && this.finish(picked);
  }

  /** Everyone (people, not organisations) with this surname. */
  lookupFamily(surname: string): Record_[] {
    return (this.byLast.get(surname.toLowerCase()) ?? []).filter((r) => r.person.kind === 'person');
  }

  /** Whether several people of the story share this surname. */
  sharedSurname(word: string): boolean {
    return (this.byLast.get(stripPossessive(word).toLowerCase()) ?? []).filter((r) => r.person.kind === 'person').length > 1;
  }

  /** The one person whose full name starts with this first name ("Grace" → Grace Okoro), if only one. */
  byFirstName(word: string): Person | undefined {
    if (!this.byFirst) {
      this.byFirst = new Map();
      for (const r of this.records.values()) {
        if (r.person.kind !== 'person' || r.first === r.last) continue;
        this.byFirst.set(r.first, [...(this.byFirst.get(r.first) ?? []), r]);
      }
    }
    const found = this.byFirst.get(word.toLowerCase()) ?? [];
    return found.length === 1 ? this.finish(found[0]) : undefined;
  }

  /** The organisation called `name` (created on first use). */
  organisation(name: string): Person {
    const clean = name.replace(/^the\s+/i, '').replace(/['’]s$/, '').trim();
    const id = `org:${clean.toLowerCase()}`;
    let r = this.records.get(id);
    if (!r) {
      r = { person: { id, name: clean, aliases: [], description: null, kind: 'organisation', gender: null }, first: '', last: '', forms: new Map([[clean, 1]]), descriptions: new Map(), mentions: 0 };
      this.records.set(id, r);
    }
    return this.finish(r);
  }

  /**
   * A person known only by this name ("Kowalczyk"), for speakers the name finder did not catch; undefined
   * when the name is a surname several known people share (never a new person for an ambiguous name).
   */
  single(name: string): Person | undefined {
    const existing = this.lookup(name);
    if (existing) return existing;
    const tokens = name.trim().split(/\s+/);
    if (GENDERED_HONORIFICS[tokens[0].toLowerCase().replace(/\.$/, '')] !== undefined) return undefined;
    if (tokens.length === 1 && this.sharedSurname(name)) return undefined;
    return this.finish(this.addName(tokens, null));
  }

  /** The one person a bare role ("the president", "the mayor") refers to, when the story makes it clear. */
  roleHolder(role: string): Person | undefined {
    const head = role.toLowerCase();
    const scores: { r: Record_; score: number }[] = [];
    for (const r of this.records.values()) {
      let score = 0;
      for (const d of r.descriptions.values()) {
        const words = d.text.split(/\s+/);
        if (words[words.length - 1].toLowerCase() !== head) continue;
        // "Russian President" says less about who "the president" is than a bare "President".
        const qualified = words.slice(0, -1).some((w) => isDemonym(w));
        score += d.count * (qualified ? 0.5 : 1);
      }
      if (score > 0) scores.push({ r, score });
    }
    scores.sort((a, b) => b.score - a.score);
    if (!scores.length) return undefined;
    if (scores.length > 1 && scores[0].score < 2 * scores[1].score) return undefined;
    return this.finish(scores[0].r);
  }

  addName(tokens: string[], gender: Gender): Record_ {
    this.byFirst = undefined;
    const first = tokens[0].toLowerCase();
    const last = tokens[tokens.length - 1].toLowerCase();
    const list = this.byLast.get(last) ?? [];
    let r = tokens.length > 1 ? list.find((x) => x.first === first || x.first === last) : list.find((x) => x.first === last);
    if (!r) {
      const id = `person:${tokens.join('-').toLowerCase()}`;
      r = { person: { id, name: tokens.join(' '), aliases: [], description: null, kind: 'person', gender }, first: tokens.length > 1 ? first : last, last, forms: new Map(), descriptions: new Map(), mentions: 0 };
      this.records.set(id, r);
      list.push(r);
      this.byLast.set(last, list);
    } else if (r.first === last && tokens.length > 1) {
      // A surname-only person meets their full name.
      r.first = first;
    }
    if (!r.person.gender && gender) r.person.gender = gender;
    const form = tokens.join(' ');
    r.forms.set(form, (r.forms.get(form) ?? 0) + 1);
    return r;
  }

  addDescription(r: Record_, description: string): void {
    const key = description.toLowerCase();
    const d = r.descriptions.get(key);
    if (d) {
      d.count++;
      // Prefer the capitalised spelling ("Press Secretary") for display.
      if (/\p{Lu}/u.test(description) && !/\p{Lu}/u.test(d.text.slice(1))) d.text = description;
    } else r.descriptions.set(key, { text: description, count: 1 });
  }

  record(id: string): Record_ | undefined {
    return this.records.get(id);
  }

  addForm(r: Record_, form: string): void {
    r.forms.set(form, (r.forms.get(form) ?? 0) + 1);
  }

  addAlias(id: string, alias: string): void {
    const r = this.records.get(id);
    if (r) r.forms.set(alias, r.forms.get(alias) ?? 0);
  }

  pickSurname(candidates: Record_[], file?: string): Record_ | undefined {
    const full = candidates.filter((r) => r.person.kind === 'person');
    if (full.length <= 1) return full[0];
    if (file) {
      // Several people share the surname: the one this article names in full, if only one.
      const named = full.filter((r) => this.mentions.some((m) => m.file === file && m.personId === r.person.id && m.via === 'name'));
      if (named.length === 1) return named[0];
      // An article that calls the others by their first name alone ("his wife, Solveig") keeps the bare
      // surname for the one it does not.
      const rest = (named.length ? named : full).filter((r) => !this.mentions.some((m) => m.file === file && m.personId === r.person.id && m.via === 'first' && !m.quoted));
      if (rest.length === 1 && rest.length < (named.length || full.length)) return rest[0];
    }
    return undefined;
  }

  private finish(r: Record_): Person {
    const forms = [...r.forms.entries()].filter(([f]) => f.split(' ').length > 1 || r.forms.size === 1 || f.startsWith('@'));
    const full = forms.filter(([f]) => !f.startsWith('@'));
    full.sort((a, b) => b[1] - a[1] || b[0].length - a[0].length);
    const name = full[0]?.[0] ?? r.person.name;
    const aliases = new Set<string>();
    for (const [f] of r.forms) if (f !== name) aliases.add(f);
    const surname = name.split(' ').pop()!;
    if (r.person.kind === 'person' && surname !== name) aliases.add(surname);
    const descriptions = [...r.descriptions.values()].sort((a, b) => b.count - a.count || b.text.length - a.text.length);
    r.person.name = name;
    r.person.aliases = [...aliases];
    r.person.description = descriptions[0]?.text ?? r.person.description;
    return r.person;
  }
}

/** The role phrase written just before a name ("White House Press Secretary", "national security adviser"). */
function descriptionBefore(tokens: Token[], index: number): string | undefined {
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
  while (kept.length && !isRoleWord(kept[0]) && (isFunctionWord(kept[0]) || isTimeWord(kept[0]) || /^(of|and)$/i.test(kept[0]))) kept.shift();
  const text = kept.filter((w) => !/^(mr|mrs|ms|miss|mx)\.?$/i.test(w)).join(' ');
  return text && text.split(' ').some(isRoleWord) ? text : undefined;
}

function honorificGender(tokens: Token[], index: number): Gender {
  const prev = tokens[index - 1]?.text.replace(/\.$/, '').toLowerCase();
  return (prev && GENDERED_HONORIFICS[prev]) || null;
}

/** Gender from the word just before a name: "Mrs Okoro", "chairwoman Ines Halvorsen", "his wife, Grace". */
function genderBefore(tokens: Token[], index: number): Gender {
  const honorific = honorificGender(tokens, index);
  if (honorific) return honorific;
  const prev = tokens[index - 1]?.text === ',' ? tokens[index - 2] : tokens[index - 1];
  return prev ? nounGender(prev.text) : null;
}

/** "Tomasz Kral, 34," / "Kral (34)": the age written right after a name. */
function ageAfter(text: string, end: number): number | undefined {
  const m = /^(?:,\s*(\d{1,3}),|\s*\((\d{1,3})\))/.exec(text.slice(end));
  const age = m ? Number(m[1] ?? m[2]) : NaN;
  return age > 0 && age < 120 ? age : undefined;
}

/** A byline's author when it is one person's name ("Callum Reyes"), as name words. */
function authorName(author: string | undefined): string[] | undefined {
  const words = author?.trim().split(/\s+/) ?? [];
  return words.length >= 2 && words.length <= 3 && words.every((w) => /^\p{Lu}[\p{L}'’.-]*$/u.test(w)) ? words : undefined;
}

function genderOf(word: string): Gender {
  const g = firstNameGender(word);
  return g === 'male' || g === 'female' ? g : null;
}

/** A run of capitalised words that names a person: [start, end) token indices, or undefined. */
function nameInRun(tokens: Token[], a: number, b: number): [number, number] | undefined {
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
  if (a > 0 && b - a >= 2 && b - a <= 3 && !isCapitalised(tokens[a - 1].text) && isRoleWord(tokens[a - 1].text) && !tokens.slice(a, b).some((t) => endsName(stripPossessive(t.text)) || isRoleWord(t.text) || isPostNominal(t.text))) {
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

/** Capitalised words that could be a name the lexicon does not know ("Ottilie", "Haalke"). */
function nameLike(word: string): boolean {
  const w = stripPossessive(word);
  return /^\p{Lu}\p{Ll}+(?:[-'’]\p{Lu}?\p{Ll}+)?$/u.test(w) && !isFunctionWord(w) && !isTimeWord(w) && !isRoleWord(w) && !isHonorific(w) && !endsName(w) && !isDemonym(w) && !isOrgWord(w);
}

/**
 * A two- or three-word capitalised run the first-name lexicon did not catch, taken as a person's name
 * only on evidence from its context: an age after it ("Ottilie Lund, 58,"), a family word or honorific
 * before it ("his wife, Ottilie Lund"), a role in apposition after it ("Jorund Haalke, the council
 * leader,"), "and" joining it to a name found by the lexicon ("Ilse Marwick and Jorund Haalke"), or a
 * relative "who" after it ("Harald Berge, who chairs the trust,").
 */
function nameByContext(tokens: Token[], text: string, a: number, b: number, runs: [number, number][], found: ([number, number] | undefined)[], k: number): [number, number] | undefined {
  if (b - a < 2 || b - a > 3 || !tokens.slice(a, b).every((t) => nameLike(t.text))) return undefined;
  // "Harald Berge, who chairs the trust": "who" is for people ("which" for organisations and places).
  if (tokens[b]?.text === ',' && /^who$/i.test(tokens[b + 1]?.text ?? '')) return [a, b];
  const end = tokens[b - 1].end;
  if (ageAfter(text, end) !== undefined) return [a, b];
  if (genderBefore(tokens, a)) return [a, b];
  if (tokens[b]?.text === ',' && /^(a|an|the|his|her|their)$/i.test(tokens[b + 1]?.text ?? '')) {
    for (let j = b + 2; j < Math.min(tokens.length, b + 8) && tokens[j].text !== ','; j++) if (isRoleWord(tokens[j].text)) return [a, b];
  }
  const joined = (other: number, between: [number, number]) => found[other] !== undefined && tokens.slice(between[0], between[1]).map((t) => t.text.toLowerCase()).join(' ') === 'and';
  if (k > 0 && runs[k - 1][1] === a - 1 && joined(k - 1, [a - 1, a])) return [a, b];
  if (k + 1 < runs.length && runs[k + 1][0] === b + 1 && joined(k + 1, [b, b + 1])) return [a, b];
  return undefined;
}

function capitalisedRuns(tokens: Token[]): [number, number][] {
  const runs: [number, number][] = [];
  let i = 0;
  while (i < tokens.length) {
    if (!isCapitalised(tokens[i].text)) {
      i++;
      continue;
    }
    let j = i;
    while (j < tokens.length && isCapitalised(tokens[j].text) && tokens[j].text.length > 0) {
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

const ROLE_MENTION = /\b[Tt]he\s+((?:[\p{L}-]+\s+){0,2}?)(\p{L}+)(?:['’]s)?\b/gu;

function buildPeople(story: Story): People {
  const people = new People();
  const full: { pt: ParagraphText; tokens: Token[]; taken: Set<number> }[] = [];
  // Pass 1: full names, with their roles.
  for (const article of story.articles) {
    for (const paragraph of article.paragraphs) {
      const pt = paragraphText(article.file, paragraph);
      people.paragraphs.push(pt);
      const tokens = tokenize(pt.text);
      const taken = new Set<number>();
      const quoted = findQuoteSpans(pt.text);
      const inQuote = (offset: number) => quoted.some((q) => offset > q.open && offset < q.close);
      const runs = capitalisedRuns(tokens);
      const byLexicon = runs.map(([a, b]) => nameInRun(tokens, a, b));
      const names = runs.map(([a, b], k) => byLexicon[k] ?? nameByContext(tokens, pt.text, a, b, runs, byLexicon, k));
      for (const found of names) {
        if (!found) continue;
        const [s, e] = found;
        const words = tokens.slice(s, e).map((t, k) => (k === e - s - 1 ? stripPossessive(t.text) : t.text));
        const r = people.addName(words, genderOf(words[0]) ?? genderBefore(tokens, s));
        const age = ageAfter(pt.text, tokens[e - 1].end);
        if (age !== undefined) people.ages.push({ personId: r.person.id, file: pt.file, age });
        const description = descriptionBefore(tokens, s);
        if (description && !inQuote(tokens[s].start)) people.addDescription(r, description);
        for (let k = s; k < e; k++) taken.add(k);
        people.mentions.push({ personId: r.person.id, file: pt.file, paragraph: paragraph.number, start: tokens[s].start, end: tokens[e - 1].end, quoted: inQuote(tokens[s].start), via: 'name' });
      }
      if (paragraph.embeddedPost) {
        const words = paragraph.embeddedPost.name.split(/\s+/);
        const r = people.addName(words, genderOf(words[0]));
        people.addAlias(r.person.id, `@${paragraph.embeddedPost.handle}`);
      }
      full.push({ pt, tokens, taken });
    }
    const author = authorName(article.meta.author);
    if (author) people.authors.set(article.file, people.addName(author, genderOf(author[0])).person.id);
  }
  // Pass 2a: "Milan Varga" next to a known "Jonas Varga": a capitalised word the name finder did not take
  // as a first name (here a city) before a known surname is another person of that family.
  for (const { pt, tokens, taken } of full) {
    const quoted = findQuoteSpans(pt.text);
    const inQuote = (offset: number) => quoted.some((q) => offset > q.open && offset < q.close);
    tokens.forEach((token, i) => {
      if (i === 0 || taken.has(i) || taken.has(i - 1) || !isCapitalised(token.text)) return;
      const prev = tokens[i - 1];
      if (token.start - prev.end !== 1 || !isCapitalised(prev.text) || /['’]s?$/.test(prev.text) || !/^\p{Lu}\p{Ll}+$/u.test(prev.text)) return;
      if (i >= 2 && isCapitalised(tokens[i - 2].text) && tokens[i - 1].start - tokens[i - 2].end === 1) return;
      if (i + 1 < tokens.length && isCapitalised(tokens[i + 1].text) && tokens[i + 1].start - token.end === 1) return;
      const p = prev.text;
      if (isRoleWord(p) || isHonorific(p) || isFunctionWord(p) || isTimeWord(p) || isDemonym(p) || isOrgWord(p) || GENDERED_HONORIFICS[p.toLowerCase()] !== undefined) return;
      const surname = stripPossessive(token.text);
      const known = people.lookupFamily(surname);
      if (!known.length) return;
      const r = known.find((x) => x.first === p.toLowerCase()) ?? people.addName([p, surname], genderBefore(tokens, i - 1));
      taken.add(i - 1);
      taken.add(i);
      people.mentions.push({ personId: r.person.id, file: pt.file, paragraph: pt.paragraph.number, start: prev.start, end: token.end, quoted: inQuote(prev.start), via: 'name' });
    });
  }
  // Pass 2f: first names on their own ("his wife, Grace"), for a first name only one person has.
  for (const { pt, tokens, taken } of full) {
    const quoted = findQuoteSpans(pt.text);
    const inQuote = (offset: number) => quoted.some((q) => offset > q.open && offset < q.close);
    tokens.forEach((token, i) => {
      if (taken.has(i) || !isCapitalised(token.text) || isTimeWord(token.text) || isFunctionWord(token.text) || isRoleWord(token.text)) return;
      const word = stripPossessive(token.text).toLowerCase();
      if (people.lookupFamily(word).length) return;
      const person = people.byFirstName(word);
      if (!person) return;
      const gender = genderBefore(tokens, i);
      if (gender && !person.gender) person.gender = gender;
      taken.add(i);
      people.mentions.push({ personId: person.id, file: pt.file, paragraph: pt.paragraph.number, start: token.start, end: token.end, quoted: inQuote(token.start), via: 'first' });
    });
  }
  // Pass 2: surnames on their own ("Coats said", "President Trump").
  for (const { pt, tokens, taken } of full) {
    const quoted = findQuoteSpans(pt.text);
    const inQuote = (offset: number) => quoted.some((q) => offset > q.open && offset < q.close);
    tokens.forEach((token, i) => {
      if (taken.has(i) || !isCapitalised(token.text)) return;
      const word = stripPossessive(token.text).toLowerCase();
      const honorific = honorificGender(tokens, i);
      const person = people.lookup(word, pt.file, honorific);
      if (!person && !inQuote(token.start) && people.sharedSurname(word)) {
        people.ambiguous.push({ file: pt.file, paragraph: pt.paragraph.number, start: token.start, end: token.end });
      }
      if (!person || person.kind !== 'person') return;
      const r = people.record(person.id)!;
      people.addForm(r, stripPossessive(token.text));
      const description = descriptionBefore(tokens, i);
      if (description && !inQuote(token.start)) people.addDescription(r, description);
      const gender = genderBefore(tokens, i);
      if (gender && !r.person.gender) r.person.gender = gender;
      people.mentions.push({ personId: person.id, file: pt.file, paragraph: pt.paragraph.number, start: token.start, end: token.end, quoted: inQuote(token.start), via: 'surname' });
    });
  }
  // Pass 3: bare roles ("the president") that one person clearly holds.
  for (const { pt } of full) {
    const quoted = findQuoteSpans(pt.text);
    for (const match of pt.text.matchAll(ROLE_MENTION)) {
      const role = match[2];
      if (!isRoleWord(role) || (match[1] && !match[1].trim().split(/\s+/).every((w) => isRoleModifier(w) || isDemonym(w)))) continue;
      const start = match.index ?? 0;
      if (quoted.some((q) => start > q.open && start < q.close)) continue;
      const holder = people.roleHolder(role);
      if (!holder) continue;
      people.mentions.push({ personId: holder.id, file: pt.file, paragraph: pt.paragraph.number, start, end: start + match[0].length, quoted: false, via: 'role' });
    }
  }
  const order = new Map(people.paragraphs.map((p, i) => [`${p.file}#${p.paragraph.number}`, i]));
  people.mentions.sort((x, y) => order.get(`${x.file}#${x.paragraph}`)! - order.get(`${y.file}#${y.paragraph}`)! || x.start - y.start);
  inferGenderFromPronouns(people);
  return people;
}

/** A speech verb, then "he" or "she" for its subject: "Halvorsen, who …, said she had never doubted". */
const SAID_PRONOUN = /^(?:[^.!?"“”‘’]*?,)?\s*(?:had\s+|has\s+|also\s+)?(?:said|says|added|admitted|insisted|explained|argued|warned|claimed|confirmed|acknowledged|stressed|told\s+\p{Ll}+|told\s+the\s+\p{Ll}+)\s+(?:that\s+)?(he|she)\b/u;

/** A person of unknown gender who is the subject of "said he/she …" takes that gender. */
function inferGenderFromPronouns(people: People): void {
  const texts = new Map(people.paragraphs.map((p) => [`${p.file}#${p.paragraph.number}`, p.text]));
  const votes = new Map<string, Set<string>>();
  people.mentions.forEach((m, i) => {
    if (m.quoted || m.via === 'role') return;
    const person = people.get(m.personId);
    if (!person || person.kind !== 'person' || person.gender) return;
    const next = people.mentions[i + 1];
    const text = texts.get(`${m.file}#${m.paragraph}`)!;
    const until = next && next.file === m.file && next.paragraph === m.paragraph ? next.start : text.length;
    const match = SAID_PRONOUN.exec(text.slice(m.end, until));
    if (!match) return;
    const set = votes.get(m.personId) ?? new Set();
    set.add(match[1] === 'he' ? 'male' : 'female');
    votes.set(m.personId, set);
  });
  for (const [id, set] of votes) {
    if (set.size === 1) people.get(id)!.gender = [...set][0] as Gender;
  }
}

/** The people of a story, computed once per Story object. */
export const peopleOf: (story: Story) => People = perStory(buildPeople);
