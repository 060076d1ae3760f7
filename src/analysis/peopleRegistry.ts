/**
 * The register of a story's people and organisations: one record per individual, with every form of
 * their name, their roles (the description), gender and mentions; lookups by full name, surname, first
 * name and role.
 *
 * people.ts builds it (the names-and-people stage) and then freezes it. From then on nothing is written
 * into the built records: a later stage that meets a speaker the story never named in a way the name
 * finder caught (an organisation named only as a quote's source, a surname-only speaker, a post's account)
 * *proposes* it, and the proposal goes to a separate layer that every lookup reads after the built
 * records. A proposal that adds to a built person (a handle, another form of their name) is a copy of
 * that record in the layer, never an edit of it.
 */
import { wordSet } from './lexicon/index.ts';
import { TITLES } from './lexicon/titles.ts';
import { isDemonym } from './speechLexicon.ts';
import { stripPossessive, type ParagraphText } from './speechText.ts';

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

/** One individual as the registry holds it (plain data; `Person` is its display form). */
export interface Record_ {
  id: string;
  kind: 'person' | 'organisation';
  /** The name it was registered under. */
  name: string;
  first: string;
  last: string;
  gender: Gender;
  forms: Map<string, number>;
  descriptions: Map<string, { text: string; count: number }>;
  /** For a proposal's copy of a built record: the record it copies. */
  origin?: Record_;
}

/** Words that make a role a different post: a deputy speaker is not the speaker. */
const RANKS = wordSet('roleRank');

/** The ranks a role phrase names, in order: "the minister" is not the junior minister, nor "the Speaker" the Deputy Speaker. */
function ranksOf(text: string): string {
  return text.toLowerCase().split(/\s+/).filter((w) => RANKS.has(w)).sort().join(' ');
}

/** Forms of address that tell the gender of the name after them, lower case: "mr" → male. */
export const GENDERED_HONORIFICS: Record<string, Gender> = Object.fromEntries(TITLES.filter((t) => t.courtesy && t.gender).map((t) => [t.word.toLowerCase(), t.gender]));

/** A place in an article: paragraph number and offset in its text. */
export interface Position {
  paragraph: number;
  start: number;
}

/** An age the story gives a person ("Tomasz Kral, 34,"), for "said the 34-year-old". */
export interface AgeMention {
  personId: string;
  file: string;
  age: number;
}

/** Records by id and by surname: the built layer, then the layer of proposals. */
class Layer {
  readonly records = new Map<string, Record_>();
  readonly byLast = new Map<string, Record_[]>();
}

export class People {
  readonly paragraphs: ParagraphText[] = [];
  readonly mentions: Mention[] = [];
  readonly ages: AgeMention[] = [];
  /** Surnames written alone that several people share ("the younger Varga"): someone, but nobody knows who. */
  readonly ambiguous: { file: string; paragraph: number; start: number; end: number }[] = [];
  /** The person who wrote each article, when its byline names one: the "I" of a first-person piece. */
  readonly authors = new Map<string, string>();
  private readonly built = new Layer();
  private readonly proposed = new Layer();
  /** Proposals' copies of built records, by the record they copy. */
  private readonly copies = new Map<Record_, Record_>();
  private frozen = false;
  /** The display form of each record (by the record, or the record a copy copies): one object per person. */
  private readonly views = new Map<Record_, Person>();
  /**
   * Counts the changes to records (names, forms, descriptions, genders, copies); a view computed since the
   * last change, from the same record, is returned as it is (finish was recomputed for every look-up).
   */
  private edits = 0;
  private readonly viewFrom = new Map<Record_, { record: Record_; edits: number }>();
  /** The mentions by article, then by paragraph number. */
  private byParagraph?: Map<string, Map<number, Mention[]>>;
  /** The last word of a description (lower case) → the records described so: for roleHolder. */
  private readonly byRoleWord = new Map<string, Set<Record_>>();
  /**
   * The first mention (by paragraph, then end) of each article, person and kind ('name', 'first, outside
   * quotes', …), by article then person id: whether and from where an article names someone (see mentionIndex).
   */
  private firstNamed?: Map<string, Map<string, Map<string, Mention>>>;
  /** roleHolder's answers (the record, or null for nobody) story-wide, until a description is added. */
  private readonly holdersAnywhere = new Map<string, Record_ | null>();
  /** roleHolder's answers within an article, until a description or a mention is added (or they are reordered). */
  private readonly holdersIn = new Map<string, Record_ | null>();
  private readonly holdersFor = { mentions: -1 };
  /** How many mentions byParagraph holds: mentions added since rebuild it. */
  private indexed = 0;
  /** First name → people, built on first use after the names are known (reset when a name is added). */
  private byFirst?: Map<string, Record_[]>;

  /**
   * Ends the build: the records, mentions, ages and authors found so far are final. Later stages only
   * propose (organisation, single, addName, addAlias write to the layer of proposals).
   */
  freeze(): this {
    this.frozen = true;
    this.mentionIndex();
    for (const list of [this.paragraphs, this.mentions, this.ages, this.ambiguous]) Object.freeze(list);
    for (const r of this.built.records.values()) Object.freeze(r);
    return this;
  }

  get isFrozen(): boolean {
    return this.frozen;
  }

  /** The records later stages proposed (new people and organisations, and copies of built people they added to). */
  get proposals(): Person[] {
    return [...this.proposed.records.values(), ...this.copies.values()].map((r) => this.finish(r));
  }

  /** Re-reads the mentions (after they are sorted into story order). */
  reindexMentions(): void {
    this.byParagraph = undefined;
    this.holdersIn.clear();
  }

  /** Every person and organisation, in order of first appearance. */
  get all(): Person[] {
    return this.records().map((r) => this.finish(r));
  }

  /** Every record as it stands, in order of first appearance (built, then proposed). */
  private records(): Record_[] {
    const ids = [...this.built.records.keys(), ...[...this.proposed.records.keys()].filter((id) => !this.built.records.has(id))];
    return ids.map((id) => this.recordOf(id)!);
  }

  get(id: string): Person | undefined {
    const r = this.recordOf(id);
    return r && this.finish(r);
  }

  /** The record of an id as it stands: a proposal's, else the built one (with a proposal's copy of it). */
  private recordOf(id: string): Record_ | undefined {
    const r = this.proposed.records.get(id) ?? this.built.records.get(id);
    return r && this.current(r);
  }

  /** A record as it stands: its proposal's copy when a later stage added to it. */
  private current(r: Record_): Record_ {
    return this.copies.get(r) ?? r;
  }

  /** The record a change may be written to: itself while building, afterwards a proposal's copy of a built one. */
  private writable(r: Record_): Record_ {
    if (!this.frozen || !Object.isFrozen(r.origin ?? r) || r.origin) return r;
    let copy = this.copies.get(r);
    if (!copy) {
      this.copies.set(r, (copy = { ...r, forms: new Map(r.forms), origin: r }));
      this.edits++;
    }
    return copy;
  }

  /** Where new records go: the built layer while building, the layer of proposals afterwards. */
  private get layer(): Layer {
    return this.frozen ? this.proposed : this.built;
  }

  /** The records with this surname (lower case), built first, as they stand. */
  private withLast(last: string): Record_[] {
    const built = this.built.byLast.get(last);
    const proposed = this.proposed.byLast.get(last);
    const list = proposed ? [...(built ?? []), ...proposed] : (built ?? []);
    return this.copies.size ? list.map((r) => this.current(r)) : list;
  }

  /** Mentions of a paragraph, in text order. */
  mentionsIn(file: string, paragraph: number): Mention[] {
    return this.mentionIndex().get(file)?.get(paragraph) ?? [];
  }

  /**
   * The mentions by paragraph (and each article's first mention of a person by kind, firstNamed), brought up
   * to date with the mentions added since (mentions are only appended; reindexMentions after they are reordered).
   */
  private mentionIndex(): Map<string, Map<number, Mention[]>> {
    if (!this.byParagraph || !this.firstNamed || this.indexed > this.mentions.length) {
      this.indexed = 0;
      this.byParagraph = new Map();
      this.firstNamed = new Map();
    }
    for (; this.indexed < this.mentions.length; this.indexed++) {
      const m = this.mentions[this.indexed];
      let inFile = this.byParagraph.get(m.file);
      if (!inFile) this.byParagraph.set(m.file, (inFile = new Map()));
      const list = inFile.get(m.paragraph);
      if (list) list.push(m);
      else inFile.set(m.paragraph, [m]);
      this.keepFirst(m, m.via);
      if (m.via === 'first' && !m.quoted) this.keepFirst(m, 'first, outside quotes');
    }
    return this.byParagraph;
  }

  /** Notes a mention as its article's first of that person and kind when no earlier one is known. */
  private keepFirst(m: Mention, via: string): void {
    let inFile = this.firstNamed!.get(m.file);
    if (!inFile) this.firstNamed!.set(m.file, (inFile = new Map()));
    let kinds = inFile.get(m.personId);
    if (!kinds) inFile.set(m.personId, (kinds = new Map()));
    const known = kinds.get(via);
    if (!known || m.paragraph < known.paragraph || (m.paragraph === known.paragraph && m.end < known.end)) kinds.set(via, m);
  }

  /** An article's first mention of a person, by kind (from the index: no scan). */
  private firstMention(file: string, id: string, via: string): Mention | undefined {
    if (!this.byParagraph || this.indexed !== this.mentions.length) this.mentionIndex();
    return this.firstNamed!.get(file)?.get(id)?.get(via);
  }

  /** Whether an article mentions the person this way before a point of it (from the index: no scan). */
  private mentionedBefore(file: string, id: string, via: string, at: Position): boolean {
    const m = this.firstMention(file, id, via);
    return !!m && (m.paragraph < at.paragraph || (m.paragraph === at.paragraph && m.end <= at.start));
  }

  /** Whether an article mentions the person this way ('name', 'first, outside quotes', …). */
  private mentionedAs(file: string, id: string, via: string): boolean {
    return this.firstMention(file, id, via) !== undefined;
  }

  /**
   * A person by one of their names as written ("Sarah Huckabee Sanders", "Sanders", "Mrs Okoro"). A
   * surname several people share is resolved only when an honorific's gender or the article settles it.
   */
  lookup(name: string, file?: string, gender: Gender = null, at?: Position): Person | undefined {
    // A single word (a surname alone, most look-ups) is not trimmed and split.
    let tokens = (/\s/.test(name) ? name.trim().split(/\s+/).map(stripPossessive) : [stripPossessive(name)]).filter(Boolean);
    const honorific = tokens.length > 1 ? GENDERED_HONORIFICS[tokens[0].toLowerCase().replace(/\.$/, '')] : undefined;
    if (honorific !== undefined) {
      tokens = tokens.slice(1);
      gender = honorific;
    }
    if (!tokens.length) return undefined;
    const last = tokens[tokens.length - 1].toLowerCase();
    const first = tokens[0].toLowerCase();
    const candidates = this.withLast(last);
    if (tokens.length > 1) {
      const exact = candidates.find((r) => r.first === first);
      return exact && this.finish(exact);
    }
    const fitting = gender ? candidates.filter((r) => r.gender !== (gender === 'male' ? 'female' : 'male')) : candidates;
    const picked = this.pickSurname(fitting, file, at);
    return picked && this.finish(picked);
  }

  /** Everyone (people, not organisations) with this surname. */
  lookupFamily(surname: string): Record_[] {
    return this.withLast(surname.toLowerCase()).filter((r) => r.kind === 'person');
  }

  /** Whether several people of the story share this surname. */
  sharedSurname(word: string): boolean {
    return this.withLast(stripPossessive(word).toLowerCase()).filter((r) => r.kind === 'person').length > 1;
  }

  /** The one person whose full name starts with this first name ("Grace" → Grace Okoro), if only one. */
  byFirstName(word: string): Person | undefined {
    if (!this.byFirst) {
      this.byFirst = new Map();
      for (const r of this.records()) this.indexFirstName(r);
    }
    const found = this.byFirst.get(word.toLowerCase()) ?? [];
    return found.length === 1 ? this.finish(found[0]) : undefined;
  }

  /** Files a person known by first name and surname under the first name (for byFirstName). */
  private indexFirstName(r: Record_): void {
    if (!this.byFirst || r.kind !== 'person' || r.first === r.last) return;
    const list = this.byFirst.get(r.first);
    if (list) list.push(r);
    else this.byFirst.set(r.first, [r]);
  }

  /** The organisation called `name` (proposed on first use once the registry is built). */
  organisation(name: string): Person {
    const clean = name.replace(/^the\s+/i, '').replace(/['’]s$/, '').trim();
    const id = `org:${clean.toLowerCase()}`;
    let r = this.recordOf(id);
    if (!r) {
      r = { id, name: clean, kind: 'organisation', gender: null, first: '', last: '', forms: new Map([[clean, 1]]), descriptions: new Map() };
      this.layer.records.set(id, r);
      this.edits++;
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
  roleHolder(role: string, phrase = '', title?: string, file?: string): Person | undefined {
    const head = role.toLowerCase();
    const asked = ranksOf(phrase);
    // The answer depends on the descriptions, and within an article on its mentions: kept until they change.
    if (file && this.holdersFor.mentions !== this.mentions.length) {
      this.holdersIn.clear();
      this.holdersFor.mentions = this.mentions.length;
    }
    const answers = file ? this.holdersIn : this.holdersAnywhere;
    const key = `${head}\u0000${asked}\u0000${title ?? ''}\u0000${file ?? ''}`;
    let holder = answers.get(key);
    if (holder === undefined) answers.set(key, (holder = this.bestHolder(head, asked, title, file) ?? null));
    return holder ? this.finish(this.current(holder)) : undefined;
  }

  /** roleHolder's reading: the record whose descriptions give the role clearly more often than anyone else's. */
  private bestHolder(head: string, asked: string, title?: string, file?: string): Record_ | undefined {
    const scores: { r: Record_; score: number }[] = [];
    // Within one article: only the people it names ("the president" in a piece that names one president).
    const namedHere = (id: string) => !file || this.mentionedAs(file, id, 'name') || this.mentionedAs(file, id, 'surname') || this.mentionedAs(file, id, 'first');
    // Only the records with a description ending in the role (the order does not matter: a tie answers nobody).
    for (const r of this.byRoleWord.get(head) ?? []) {
      if (!namedHere(r.id)) continue;
      let score = 0;
      for (const d of r.descriptions.values()) {
        const words = d.text.split(/\s+/);
        if (words[words.length - 1].toLowerCase() !== head || ranksOf(d.text) !== asked) continue;
        // "the PM": only a prime minister, not any minister.
        if (title && !d.text.toLowerCase().endsWith(title)) continue;
        // "Russian President" says less about who "the president" is than a bare "President".
        const qualified = words.slice(0, -1).some((w) => isDemonym(w));
        score += d.count * (qualified ? 0.5 : 1);
      }
      if (score > 0) scores.push({ r, score });
    }
    scores.sort((a, b) => b.score - a.score);
    if (!scores.length) return undefined;
    if (scores.length > 1 && scores[0].score < 2 * scores[1].score) return undefined;
    return scores[0].r;
  }

  /** Registers a name (or, once built, proposes it): an existing person when the name is one of theirs. */
  addName(tokens: string[], gender: Gender): Record_ {
    // While building, records change only here and in place: the first-name index is kept up to date
    // (rebuilding it for every name was quadratic); once built, a proposal may copy a record: rebuilt.
    if (this.frozen) this.byFirst = undefined;
    this.edits++;
    const first = tokens[0].toLowerCase();
    const last = tokens[tokens.length - 1].toLowerCase();
    const list = this.withLast(last);
    let r = tokens.length > 1 ? list.find((x) => x.first === first || x.first === last) : list.find((x) => x.first === last);
    if (!r) {
      const id = `person:${tokens.join('-').toLowerCase()}`;
      r = { id, name: tokens.join(' '), kind: 'person', gender, first: tokens.length > 1 ? first : last, last, forms: new Map(), descriptions: new Map() };
      // Another record under the same id ("Smith-Jones", "Smith Jones") leaves the list of records: rebuilt.
      if (this.layer.records.has(id)) this.byFirst = undefined;
      this.layer.records.set(id, r);
      const own = this.layer.byLast.get(last);
      if (own) own.push(r);
      else this.layer.byLast.set(last, [r]);
      this.indexFirstName(r);
    } else {
      const surnameOnly = r.first === last && tokens.length > 1;
      if (surnameOnly || (!r.gender && gender)) r = this.writable(r);
      // A surname-only person meets their full name.
      if (surnameOnly) {
        r.first = first;
        this.indexFirstName(r);
      }
    }
    if (!r.gender && gender) r.gender = gender;
    this.addForm(r, tokens.join(' '));
    return r;
  }

  addDescription(r: Record_, description: string): void {
    if (this.frozen) throw new Error('people: descriptions are found while the registry is built, not proposed afterwards');
    this.holdersAnywhere.clear();
    this.holdersIn.clear();
    this.edits++;
    const key = description.toLowerCase();
    const d = r.descriptions.get(key);
    if (d) {
      d.count++;
      // Prefer the capitalised spelling ("Press Secretary") for display.
      if (/\p{Lu}/u.test(description) && !/\p{Lu}/u.test(d.text.slice(1))) d.text = description;
    } else {
      r.descriptions.set(key, { text: description, count: 1 });
      const role = key.split(/\s+/).pop()!;
      let holders = this.byRoleWord.get(role);
      if (!holders) this.byRoleWord.set(role, (holders = new Set()));
      holders.add(r);
    }
  }

  /** Sets the gender of a person the story has not given one yet. */
  setGender(id: string, gender: Gender): void {
    const r = this.recordOf(id);
    if (r && !r.gender && gender) {
      this.writable(r).gender = gender;
      this.edits++;
    }
  }

  record(id: string): Record_ | undefined {
    return this.recordOf(id);
  }

  addForm(r: Record_, form: string): void {
    const w = this.writable(r);
    w.forms.set(form, (w.forms.get(form) ?? 0) + 1);
    this.edits++;
  }

  addAlias(id: string, alias: string): void {
    const r = this.recordOf(id);
    if (r) {
      const w = this.writable(r);
      w.forms.set(alias, w.forms.get(alias) ?? 0);
      this.edits++;
    }
  }

  pickSurname(candidates: Record_[], file?: string, at?: Position): Record_ | undefined {
    const full = candidates.filter((r) => r.kind === 'person');
    if (full.length <= 1) return full[0];
    if (file && at) {
      // "Joe Bryce spoke first. “…,” Bryce said, next to his wife Jill Bryce": a surname means someone the
      // article has already named in full; when both were, nobody can tell which.
      const named = full.filter((r) => this.mentionedBefore(file, r.id, 'name', at));
      if (named.length === 1) return named[0];
      if (named.length > 1) {
        // "…, his wife, Solveig": the one it has called by first name alone so far is not the bare surname.
        const rest = named.filter((r) => !this.mentionedBefore(file, r.id, 'first, outside quotes', at));
        return rest.length === 1 ? rest[0] : undefined;
      }
    }
    if (file) {
      // Several people share the surname: the one this article names in full, if only one.
      const named = full.filter((r) => this.mentionedAs(file, r.id, 'name'));
      if (named.length === 1) return named[0];
      // An article that calls the others by their first name alone ("his wife, Solveig") keeps the bare
      // surname for the one it does not.
      const rest = (named.length ? named : full).filter((r) => !this.mentionedAs(file, r.id, 'first, outside quotes'));
      if (rest.length === 1 && rest.length < (named.length || full.length)) return rest[0];
    }
    return undefined;
  }

  /** The display form of a record: its most used full form as the name, the others as aliases. */
  private finish(r: Record_): Person {
    const key = r.origin ?? r;
    let person = this.views.get(key);
    const from = this.viewFrom.get(key);
    if (person && from && from.record === r && from.edits === this.edits) return person;
    if (from) {
      from.record = r;
      from.edits = this.edits;
    } else this.viewFrom.set(key, { record: r, edits: this.edits });
    if (!person) this.views.set(key, (person = { id: r.id, name: r.name, aliases: [], description: null, kind: r.kind, gender: r.gender }));
    const forms = [...r.forms.entries()].filter(([f]) => f.split(' ').length > 1 || r.forms.size === 1 || f.startsWith('@'));
    const full = forms.filter(([f]) => !f.startsWith('@'));
    full.sort((a, b) => b[1] - a[1] || b[0].length - a[0].length);
    const name = full[0]?.[0] ?? person.name;
    const aliases = new Set<string>();
    for (const [f] of r.forms) if (f !== name) aliases.add(f);
    const surname = name.split(' ').pop()!;
    if (r.kind === 'person' && surname !== name) aliases.add(surname);
    const descriptions = [...r.descriptions.values()].sort((a, b) => b.count - a.count || b.text.length - a.text.length);
    person.name = name;
    person.aliases = [...aliases];
    person.description = descriptions[0]?.text ?? person.description;
    person.gender = r.gender;
    return person;
  }
}
