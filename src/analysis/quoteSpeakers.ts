/**
 * Who a speaker phrase names ("Inspector Brandt", "the company", "a spokeswoman for the authority", "the
 * 62-year-old retired teacher", "she"): a known person, an organisation, an anonymous source, or nobody
 * (unattributed rather than a guess). Pronouns go to the previous quote's speaker or the nearest fitting
 * name; roles, organisations and unnamed sources are linked to the antecedents the story gives them.
 */
import type { People, Person } from './people.ts';
import { GENDERED_HONORIFICS } from './peopleRegistry.ts';
import { lastBelow, paragraphsWithWord } from './capitalisedWords.ts';
import { findQuoteSpans, inSomeSpan } from './quoteSpans.ts';
import { UNATTRIBUTED, type QuoteOccurrence, type Verdict } from './quoteTypes.ts';
import { hasAnonymityMarker, isAnonymous, isSpeechVerb, PRONOUNS, subjectBefore } from './speechCues.ts';
import { firstNameGender, isDemonym, isFunctionWord, isOrgNoun, isOrgWord, isPersonNoun, isPostNominal, isRoleModifier, isRoleWord, isTimeWord, looksLikePerson, nounGender, titleWrittenShort } from './speechLexicon.ts';
import { insideBrackets, isCapitalised, sentenceBounds, sentenceIndexAt, stripPossessive, tokenize, type ParagraphText } from './speechText.ts';
import { nameLike } from './peopleNames.ts';

const POSSESSIVES: Record<string, 'male' | 'female' | 'plural'> = { his: 'male', her: 'female', their: 'plural' };

/** Staff of an organisation as a plural subject: "Analysts at Pemberton & Vale", "officials at the White House". */
const STAFF_AT = /^(?:[Aa]nalysts|[Ee]conomists|[Rr]esearchers|[Ss]trategists|[Ss]cientists|[Ee]xperts|[Oo]fficials|[Ee]ngineers|[Ll]awyers)\s+(?:at|from|with)\s+(?:the\s+)?((?:\p{Lu}[\p{L}&.'’-]*)(?:\s+(?:of|for|and|&|\p{Lu}[\p{L}&.'’-]*))*)$/u;

/** Nouns that refer only to an unnamed source ("the insider", "the source"). */
const UNNAMED_ONLY = /^(?:insider|source)s?$/i;

/**
 * The names of two or more words ending in an organisation's head word in a text, in order: "Coastal
 * Navigation Authority" for "Authority" ("The" dropped).
 */
function organisationNames(text: string, head: string): string[] {
  const re = new RegExp(`((?:\\p{Lu}[\\p{L}&'’-]*\\s+(?:(?:of|for|and)\\s+)?){1,4})${head}\\b`, 'gu');
  return [...text.matchAll(re)].map((m) => `${m[1]}${head}`.replace(/^(The|A|An)\s+/, '').trim()).filter((n) => n.split(/\s+/).length >= 2);
}

export class SpeakerResolver {
  private readonly order = new Map<string, number>();
  /** Per capitalised word, whether the story calls it an organisation (see calledOrganisation). */
  private readonly organisationContext = new Map<string, boolean>();
  private readonly organisationsByHead = new Map<string, { paragraphs: number[]; last: Map<number, string> }>();
  private readonly unnamed = new Map<string, { start: number; verb: number; phrase: string }[]>();
  private readonly longer = new Map<string, string>();
  private readonly byFile = new Map<string, QuoteOccurrence[]>();
  private indexedOccurrences = 0;
  private ambiguousByParagraph?: Map<string, People['ambiguous'][number][]>;

  /** `occurrences` are the quotes attributed so far, in story order (for "…," he added). */
  constructor(private readonly people: People, private readonly occurrences: readonly QuoteOccurrence[]) {
    people.paragraphs.forEach((pt, i) => this.order.set(`${pt.file}#${pt.paragraph.number}`, i));
  }

  /** The quotes attributed so far in an article, in order (indexed as they are added: occurrences only grow). */
  private occurrencesIn(file: string): readonly QuoteOccurrence[] {
    for (; this.indexedOccurrences < this.occurrences.length; this.indexedOccurrences++) {
      const o = this.occurrences[this.indexedOccurrences];
      const list = this.byFile.get(o.file);
      if (list) list.push(o);
      else this.byFile.set(o.file, [o]);
    }
    return this.byFile.get(file) ?? [];
  }

  /** The surnames several people share, written alone in a paragraph (people.ambiguous, indexed once). */
  private ambiguousIn(pt: ParagraphText): readonly People['ambiguous'][number][] {
    if (!this.ambiguousByParagraph) {
      this.ambiguousByParagraph = new Map();
      for (const a of this.people.ambiguous) {
        const key = `${a.file}#${a.paragraph}`;
        const list = this.ambiguousByParagraph.get(key);
        if (list) list.push(a);
        else this.ambiguousByParagraph.set(key, [a]);
      }
    }
    return this.ambiguousByParagraph.get(`${pt.file}#${pt.paragraph.number}`) ?? [];
  }

  private position(pt: ParagraphText, offset: number): number {
    return this.order.get(`${pt.file}#${pt.paragraph.number}`)! * 100_000 + offset;
  }

  /** Who a subject phrase names; undefined when the phrase is not a speaker at all ("On Tuesday"). */
  resolve(pt: ParagraphText, phrase: string, start: number): Verdict | undefined {
    const text = phrase.trim();
    const lastWord = (text.split(/\s+/).pop() ?? '').toLowerCase().replace(/['’](d|s|ll|ve)$/, '');
    if (lastWord in PRONOUNS) return this.pronoun(pt, start + text.length, PRONOUNS[lastWord]);
    // "I told him": the narrator of a first-person piece, when the byline names one person.
    if (lastWord === 'i' && /^(and\s+|but\s+|so\s+)?i$/i.test(text)) {
      const author = this.people.authors.get(pt.file);
      return author ? { speakerId: author, attribution: 'named' } : UNATTRIBUTED;
    }
    if (/^(i|we|you)$/i.test(lastWord)) return undefined;
    // "said the 34-year-old": the one person the article gives that age.
    // "Her post calling the decision …" / "Achterberg's statement said": the words of the one whose message it is.
    const message = /^(.+?)(?:['’]s?)?\s+(?:\p{Ll}+\s+)?(?:post|tweet|statement|message|letter|email|e-mail|remarks|comments|speech|video|column|blog)$/u.exec(text);
    if (message && /^(?:his|her|their)$/i.test(message[1])) return this.pronoun(pt, start + message[1].length, POSSESSIVES[message[1].toLowerCase()]);
    if (message && /['’]s?\s/u.test(text) && !/^(?:the|a|an|its|our|my|your)$/i.test(message[1])) {
      const owner = this.resolve(pt, message[1], start);
      if (owner && owner.speakerId && this.people.get(owner.speakerId)?.kind === 'person') return owner;
    }
    // "“…,” read a letter released by Ida Marsh": the words are the writer's.
    const writtenBy = /^(?:a|an|the)\s+(?:\p{Ll}+\s+)?(?:letter|statement|message|note|email|e-mail|memo)\s+(?:(?:released|issued|signed|sent|written)\s+)?(?:by|from)\s+(\p{Lu}.*)$/u.exec(text);
    if (writtenBy) return this.resolve(pt, writtenBy[1], start + text.length - writtenBy[1].length);
    // "said the 62-year-old retired teacher": else the unnamed person introduced at that age.
    const aged = /^the\s+(\d{1,3})-year-old(?:\s+[\p{Ll}-]+){0,3}$/iu.exec(text);
    if (aged) return this.ofAge(pt, start, Number(aged[1]));
    // "A spokesperson for the Crown Prosecution Service said": the organisation speaks.
    const forOrganisation = /^(?:[Aa]n?|[Tt]he)\s+(?:[\p{Ll}-]+\s+)?(?:spokes(?:wo)?man|spokesperson|representative|statement)\s+(?:for|from)\s+(?:the\s+)?((?:\p{Lu}[\p{L}&.'’-]*)(?:\s+(?:of|for|and|&|\p{Lu}[\p{L}&.'’-]*))*)$/u.exec(text);
    // The marker may sit in an aside the subject phrase left out (", who asked not to be named,").
    const clause = pt.text.slice(start, start + 240).split(/\b(?:said|says|told|added|wrote|confirmed|stated)\b|[.!?]\s+(?=\p{Lu})/u)[0];
    // "said a neighbour who asked not to be named": the aside after the phrase says it.
    if (/^(?:a|an|one|another)\s/i.test(text) && hasAnonymityMarker(clause)) return { speakerId: null, attribution: 'anonymous', source: text };
    // "A Brightfold spokeswoman said": the organisation speaks.
    const orgSpokesperson = /^(?:[Aa]n?|[Tt]he)\s+((?:\p{Lu}[\p{L}&'’-]*\s+){1,4})(?:spokes(?:wo)?man|spokesperson|representative)$/u.exec(text);
    if (orgSpokesperson && !hasAnonymityMarker(clause)) {
      const name = orgSpokesperson[1].trim();
      const named = this.people.lookup(name, pt.file);
      if (!named && !name.split(/\s+/).some((w) => isDemonym(w) || isFunctionWord(w) || isTimeWord(w))) return { speakerId: this.people.organisation(name).id, attribution: 'named' };
    }
    if (forOrganisation && !hasAnonymityMarker(text) && !hasAnonymityMarker(clause)) {
      const named = this.people.lookup(forOrganisation[1], pt.file);
      if (!named || named.kind === 'organisation') return { speakerId: this.people.organisation(forOrganisation[1]).id, attribution: 'named' };
    }
    const forOrgNoun = /^(?:[Aa]n?|[Tt]he)\s+(?:[\p{Ll}-]+\s+)?(?:spokes(?:wo)?man|spokesperson|representative)\s+for\s+the\s+(\p{Ll}+)$/u.exec(text);
    if (forOrgNoun && !hasAnonymityMarker(clause)) {
      const organisation = this.organisationCalled(pt, start, forOrgNoun[1]);
      if (organisation) return { speakerId: organisation, attribution: 'named' };
    }
    // "A company spokeswoman said": the organisation the article means by "the company".
    const nounSpokesperson = /^(?:[Aa]n?|[Tt]he)\s+(\p{Ll}+)\s+(?:spokes(?:wo)?man|spokesperson|representative)$/u.exec(text);
    if (nounSpokesperson && isOrgNoun(nounSpokesperson[1]) && !hasAnonymityMarker(clause)) {
      const organisation = this.organisationCalled(pt, start, nounSpokesperson[1]) ?? this.soleOrganisationSpeaker(pt, nounSpokesperson[1]) ?? this.onlyOrganisationCalled(nounSpokesperson[1]);
      if (organisation) return { speakerId: organisation, attribution: 'named' };
    }
    // "Analysts at Pemberton & Vale wrote in a note": the firm speaks through its staff.
    const staffAt = STAFF_AT.exec(text);
    if (staffAt && !hasAnonymityMarker(clause) && !this.people.lookup(staffAt[1], pt.file)) return { speakerId: this.people.organisation(staffAt[1]).id, attribution: 'named' };
    if (isAnonymous(text)) return { speakerId: null, attribution: 'anonymous', source: text.replace(/^(and|but)\s+/i, '') };
    // "My editor told me", "our neighbour said": someone the writer knows but does not name.
    const mine = /^(?:[Mm]y|[Oo]ur)\s+(?:[\p{Ll}-]+\s+){0,2}(\p{Ll}+)$/u.exec(text);
    if (mine && (isRoleWord(mine[1]) || isPersonNoun(mine[1]) || nounGender(mine[1]) !== null)) return { speakerId: null, attribution: 'anonymous', source: text };
    const end = start + text.length;
    const mentions = this.people.mentionsIn(pt.file, pt.paragraph.number).filter((m) => m.start >= start && m.end <= end);
    if (mentions.length) {
      const distinct = new Set(mentions.map((m) => m.personId));
      const lastMention = mentions[mentions.length - 1];
      // "Trump and Putin said": several speakers, not one.
      if (distinct.size > 1 && /\b(and|&)\b/.test(pt.text.slice(mentions[0].end, lastMention.start))) return UNATTRIBUTED;
      if (end - lastMention.end <= 1) return { speakerId: lastMention.personId, attribution: 'named' };
      // "Ida Marsh President and CEO": a name and then only a title.
      const title = pt.text.slice(lastMention.end, end).split(/[\s,]+/).filter(Boolean);
      if (distinct.size === 1 && title.every((w) => isRoleWord(w) || isRoleModifier(w) || /^(?:and|&)$/.test(w)) && this.people.get(lastMention.personId)?.kind === 'person') {
        return { speakerId: lastMention.personId, attribution: 'named' };
      }
    }
    const tokens = text.split(/\s+/);
    const head = tokens[tokens.length - 1];
    // "The PM said": a title written short is the role, never an organisation called "PM".
    const short = /^(?:[Tt]he\s+)?(\p{Lu}{2,3})$/u.exec(text);
    const title = short ? titleWrittenShort(short[1]) : undefined;
    if (title) {
      const holder = this.people.roleHolder(title.split(' ').pop()!, title, title);
      return holder ? { speakerId: holder.id, attribution: 'named' } : UNATTRIBUTED;
    }
    // "the president", "his spokeswoman": a role; named only when one person clearly holds it.
    const definite = /^(the|his|her|its|their)$/i.test(tokens[0] ?? '') && tokens.length <= 4 && !isCapitalised(head);
    if ((isRoleWord(head) && !isCapitalised(tokens[0] ?? '')) || definite) {
      const holder = isRoleWord(head) ? (this.people.roleHolder(head, text) ?? this.people.roleHolder(head, text, undefined, pt.file)) : undefined;
      if (holder) return { speakerId: holder.id, attribution: 'named' };
      // "the company said" after "Brightwater Homes, which …, said …" in the same paragraph.
      if (/^(the|its)$/i.test(tokens[0]) && isOrgNoun(head)) {
        const organisation = this.organisationAntecedent(pt, start);
        if (organisation) return { speakerId: organisation, attribution: 'named' };
      }
      // "the worker" after "One dock worker, who asked not to be named, …": the same anonymous source.
      const source = this.anonymousAntecedent(pt, start, head);
      return source ? { speakerId: null, attribution: 'anonymous', source } : UNATTRIBUTED;
    }
    // "The Deputy Speaker", "the President": a role written as a title, not an organisation's name.
    if (/^the$/i.test(tokens[0] ?? '') && tokens.length >= 2 && tokens.length <= 4 && isCapitalised(head) && isRoleWord(head) && tokens.slice(1, -1).every((w) => isRoleModifier(w) || isRoleWord(w))) {
      const holder = this.people.roleHolder(head, text);
      return holder ? { speakerId: holder.id, attribution: 'named' } : UNATTRIBUTED;
    }
    // A capitalised name: a person the name finder missed, or an organisation ("the White House").
    let bare = tokens[0] && /^the$/i.test(tokens[0]) ? tokens.slice(1) : tokens;
    // "Fergus Lennox KC": letters after a name are not part of it.
    while (bare.length > 2 && isPostNominal(bare[bare.length - 1])) bare = bare.slice(0, -1);
    const properWords = bare.filter((w) => !/^(of|for|and|&|de|du|van|von|der)$/.test(w));
    if (!properWords.length || properWords.some((w) => !isCapitalised(w) || isTimeWord(w) || isFunctionWord(w))) return undefined;
    // "Ida Marsh, President and CEO of Brightwave states": a title and its organisation, never a person's
    // name; the speaker is the name it stands in apposition to, else nobody. ("The Friends of …" is a name.)
    if (bare.length >= 3 && isRoleWord(bare[0]) && !/[^s]s$/i.test(bare[0]) && /^(?:of|at|for)$/.test(bare[1])) return this.apposedTo(pt, start) ?? UNATTRIBUTED;
    const name = bare.join(' ').replace(/['’]s$/, '');
    // One capitalised word the story never names in full ("Berge says"): a person or an organisation,
    // nobody can tell; only an acronym ("UEFA") is taken as an organisation.
    if (bare.length === 1 && tokens.length === 1 && !looksLikePerson(name) && !isOrgWord(name) && !/^\p{Lu}{2,}$/u.test(name)) {
      // "Halvard said" in a story that elsewhere names "Halvard Outdoor": the short form of that name.
      const longer = this.longerName(stripPossessive(name));
      if (longer) return { speakerId: this.people.organisation(longer).id, attribution: 'named' };
      // "Zippa, the e-scooter operator," / "retailer Brindle": the story itself calls it an organisation.
      return this.calledOrganisation(stripPossessive(name)) ? { speakerId: this.people.organisation(stripPossessive(name)).id, attribution: 'named' } : UNATTRIBUTED;
    }
    if (bare.length <= tokens.length && (bare.length === tokens.length || !/^the$/i.test(tokens[0])) && bare.length <= 3 && !bare.some(isOrgWord) && looksLikePerson(name)) {
      // A surname several people share ("Varga said" with two Vargas in the story) names nobody.
      const person = this.people.single(stripPossessive(name)) ?? this.writtenInFull(pt.file, bare);
      return person ? { speakerId: person.id, attribution: 'named' } : UNATTRIBUTED;
    }
    if (bare.length === 1 && this.people.sharedSurname(bare[0])) return UNATTRIBUTED;
    return { speakerId: this.people.organisation(name).id, attribution: 'named' };
  }

  /**
   * "Mr O’Dowd said" when the name finder missed "Fenn O’Dowd": the one full name the article writes with
   * that surname (a name-like word just before it), as a new person of the honorific's gender.
   */
  private writtenInFull(file: string, words: string[]): Person | undefined {
    if (words.length !== 2 || !Object.hasOwn(GENDERED_HONORIFICS, words[0].toLowerCase().replace(/\.$/, ''))) return undefined;
    const surname = stripPossessive(words[1]);
    const escaped = surname.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const re = new RegExp(`(?<![\\p{L}\\p{M}])(\\p{Lu}[\\p{Ll}\\p{M}]+)\\s+${escaped}(?![\\p{L}\\p{M}])`, 'gu');
    const firsts = new Set<string>();
    for (const para of this.people.paragraphs) {
      if (para.file !== file) continue;
      for (const m of para.text.matchAll(re)) if (nameLike(m[1]) && !Object.hasOwn(GENDERED_HONORIFICS, m[1].toLowerCase())) firsts.add(m[1]);
    }
    return firsts.size === 1 ? this.people.single(`${[...firsts][0]} ${surname}`) : undefined;
  }

  /** The known person named just before a title in apposition ("Ida Marsh, [President and] CEO of …"). */
  private apposedTo(pt: ParagraphText, start: number): Verdict | undefined {
    const lead = /,\s*(?:\p{Lu}[\p{L}-]*\s+(?:and|&)\s+)?$/u.exec(pt.text.slice(Math.max(0, start - 40), start));
    if (!lead) return undefined;
    const comma = start - lead[0].length;
    const named = this.people.mentionsIn(pt.file, pt.paragraph.number).find((m) => !m.quoted && m.end === comma);
    return named && this.people.get(named.personId)?.kind === 'person' ? { speakerId: named.personId, attribution: 'named' } : undefined;
  }

  /**
   * The one longer capitalised name the story writes starting with `word` ("Halvard" → "Halvard Outdoor"),
   * when it is written at least twice, names no known person and `word` is not a first name.
   */
  private longerName(word: string): string | undefined {
    if (firstNameGender(word) !== undefined || this.people.lookup(word)) return undefined;
    let cached = this.longer.get(word);
    if (cached === undefined) {
      const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const re = new RegExp(`(?<![\\p{L}\\p{M}])${escaped}((?:\\s\\p{Lu}[\\p{L}\\p{M}&'’-]*){1,3})`, 'gu');
      const found = new Map<string, number>();
      for (const p of paragraphsWithWord(this.people.paragraphs, word) ?? this.people.paragraphs.keys()) {
        for (const m of this.people.paragraphs[p].text.matchAll(re)) {
          const words = m[1].trim().split(/\s+/).map(stripPossessive);
          while (words.length && (isFunctionWord(words[words.length - 1]) || isTimeWord(words[words.length - 1]))) words.pop();
          if (!words.length || words.some((w) => isFunctionWord(w) || isTimeWord(w) || isRoleWord(w))) continue;
          const full = `${word} ${words.join(' ')}`;
          found.set(full, (found.get(full) ?? 0) + 1);
        }
      }
      const [only] = found.size === 1 ? [...found.entries()] : [];
      cached = only && only[1] >= 2 && !this.people.lookup(only[0]) ? only[0] : '';
      this.longer.set(word, cached);
    }
    return cached || undefined;
  }

  /**
   * Whether the story puts an organisation noun beside this one capitalised word, in apposition ("Zippa,
   * the e-scooter operator,") or before it ("the retailer Brindle"), and never a person's noun or title.
   */
  private calledOrganisation(word: string): boolean {
    if (firstNameGender(word) !== undefined || this.people.lookup(word)) return false;
    let cached = this.organisationContext.get(word);
    if (cached === undefined) {
      const escaped = word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      const after = new RegExp(`(?<![\\p{L}\\p{M}])${escaped},\\s+(?:the|an?)\\s+(?:[\\p{Ll}-]+\\s+){0,3}?([\\p{Ll}-]+)(?=[,.;)]|\\s+(?:which|that|said|says)\\b)`, 'gu');
      const before = new RegExp(`(?<![\\p{L}\\p{M}])(\\p{Ll}+)\\s+${escaped}(?![\\p{L}\\p{M}])`, 'gu');
      cached = false;
      // Only the paragraphs where the word stands (the scan of every paragraph per name was quadratic).
      const where = paragraphsWithWord(this.people.paragraphs, word) ?? this.people.paragraphs.keys();
      scan: for (const p of where) {
        const text = this.people.paragraphs[p].text;
        for (const m of [...text.matchAll(after), ...text.matchAll(before)]) {
          if (isOrgNoun(m[1])) cached = true;
          else if (isRoleWord(m[1]) || isPersonNoun(m[1]) || nounGender(m[1]) !== null) {
            cached = false;
            break scan;
          }
        }
      }
      this.organisationContext.set(word, cached);
    }
    return cached;
  }

  /** The one organisation quoted so far in this article, for "a company spokeswoman". */
  private soleOrganisationSpeaker(pt: ParagraphText, noun: string): string | undefined {
    const ids = new Set(this.occurrencesIn(pt.file).filter((o) => o.speakerId && this.people.get(o.speakerId)?.kind === 'organisation').map((o) => o.speakerId!));
    if (ids.size !== 1) return undefined;
    const [id] = [...ids];
    // "The Friends of Fernhill Library said …. A council spokesperson said": a library is not the council.
    // Only a word any business answers to ("company", "firm") fits an organisation whose name does not say it.
    if (/^(?:company|firm|business|group|organi[sz]ation|operator|startup)$/i.test(noun)) return id;
    return this.people.get(id)!.name.toLowerCase().split(/\s+/).includes(noun.toLowerCase()) ? id : undefined;
  }

  /** "the authority": the last capitalised name ending in that word earlier in the article ("Coastal Navigation Authority"). */
  private organisationCalled(pt: ParagraphText, offset: number, noun: string): string | undefined {
    if (!isOrgNoun(noun)) return undefined;
    const head = noun[0].toUpperCase() + noun.slice(1).toLowerCase();
    const here = this.order.get(`${pt.file}#${pt.paragraph.number}`)!;
    const own = organisationNames(pt.text.slice(0, offset), head);
    if (own.length) return this.people.organisation(own[own.length - 1]).id;
    // The last earlier paragraph of the same article that names one (found by binary search, not by walking back).
    const named = this.paragraphsNaming(head);
    const p = lastBelow(named.paragraphs, here);
    if (p === undefined || this.people.paragraphs[p].file !== pt.file) return undefined;
    return this.people.organisation(named.last.get(p)!).id;
  }

  /** For an organisation's head word ("Council"): the paragraphs that name one, in order, and the last name in each. */
  private paragraphsNaming(head: string): { paragraphs: number[]; last: Map<number, string> } {
    let found = this.organisationsByHead.get(head);
    if (!found) {
      found = { paragraphs: [], last: new Map() };
      for (const p of paragraphsWithWord(this.people.paragraphs, head) ?? this.people.paragraphs.keys()) {
        const names = organisationNames(this.people.paragraphs[p].text, head);
        if (!names.length) continue;
        found.paragraphs.push(p);
        found.last.set(p, names[names.length - 1]);
      }
      this.organisationsByHead.set(head, found);
    }
    return found;
  }

  /**
   * "A council spokesperson" in an article that names no council: the one "… Council" the whole story
   * names, when it names exactly one.
   */
  private onlyOrganisationCalled(noun: string): string | undefined {
    const head = noun[0].toUpperCase() + noun.slice(1).toLowerCase();
    const names = new Set<string>();
    for (const p of paragraphsWithWord(this.people.paragraphs, head) ?? this.people.paragraphs.keys()) {
      for (const name of organisationNames(this.people.paragraphs[p].text, head)) names.add(name);
    }
    return names.size === 1 ? this.people.organisation([...names][0]).id : undefined;
  }

  /**
   * Speakers the paragraph introduces without a name ("A spokeswoman for the authority said …", "One
   * official said …"), as positions a later pronoun may refer to.
   */
  private unnamedSpeakers(para: ParagraphText, before: number): { start: number; phrase: string }[] {
    const key = `${para.file}#${para.paragraph.number}`;
    let found = this.unnamed.get(key);
    if (!found) {
      found = this.findUnnamedSpeakers(para);
      this.unnamed.set(key, found);
    }
    return found.filter((u) => u.verb < before);
  }

  private findUnnamedSpeakers(para: ParagraphText): { start: number; verb: number; phrase: string }[] {
    const spans = findQuoteSpans(para.text);
    const tokens = tokenize(para.text).filter((t) => !inSomeSpan(spans, t.start));
    const found: { start: number; verb: number; phrase: string }[] = [];
    tokens.forEach((t, v) => {
      if (!isSpeechVerb(t.text, false)) return;
      const subject = subjectBefore(tokens, v, 0, para.text);
      // "…, his father said. “…,” he said": someone named only by their tie to another is a speaker too.
      if (subject.phrase && /^(?:his|her|their)\s+\p{Ll}+$/u.test(subject.phrase) && (nounGender(subject.phrase.split(/\s+/)[1]) !== null || isRoleWord(subject.phrase.split(/\s+/)[1]))) {
        found.push({ start: subject.start, verb: t.start, phrase: subject.phrase });
        return;
      }
      if (!subject.phrase || !/^(a|an|one|another|my|our)\s/i.test(subject.phrase)) return;
      const head = subject.phrase.split(/\s+/).find((w, k, all) => k > 0 && (isRoleWord(w) || isPersonNoun(w) || /^spokes/i.test(w)) && (k === all.length - 1 || /^(for|from|at|of)$/i.test(all[k + 1])));
      if (head || isAnonymous(subject.phrase)) found.push({ start: subject.start, verb: t.start, phrase: subject.phrase });
    });
    return found;
  }

  /** The organisation an earlier sentence of the paragraph gives as the subject of a speech verb. */
  private organisationAntecedent(pt: ParagraphText, offset: number): string | undefined {
    const spans = findQuoteSpans(pt.text);
    const tokens = tokenize(pt.text, 0, offset).filter((t) => !inSomeSpan(spans, t.start));
    for (let v = tokens.length - 1; v > 0; v--) {
      if (!isSpeechVerb(tokens[v].text, false)) continue;
      const subject = subjectBefore(tokens, v, 0, pt.text);
      if (!subject.phrase) continue;
      const words = subject.phrase.split(/\s+/);
      const bare = /^the$/i.test(words[0]) ? words.slice(1) : words;
      if (!bare.length || bare.some((w) => !isCapitalised(w) && !/^(of|for|and|&)$/.test(w)) || bare.some((w) => isTimeWord(w) || isFunctionWord(w))) return undefined;
      const end = subject.start + subject.phrase.length;
      if (this.people.mentionsIn(pt.file, pt.paragraph.number).some((m) => m.start >= subject.start && m.end <= end)) return undefined;
      if (bare.length === 1 && looksLikePerson(bare[0])) return undefined;
      return this.people.organisation(bare.join(' ')).id;
    }
    return this.organisationSubject(pt, offset);
  }

  /**
   * "Rival chipmaker Oxbridge Semiconductor declined to comment. In a statement, the company said …": the
   * one capitalised name of two to four words that is the subject of the sentence just before (followed
   * by a lower-case verb), when it names no known person.
   */
  private organisationSubject(pt: ParagraphText, offset: number): string | undefined {
    const index = sentenceIndexAt(pt, offset);
    if (index === 0) return undefined;
    const [start, end] = sentenceBounds(pt, pt.starts[index - 1]);
    const spans = findQuoteSpans(pt.text);
    if (spans.some((s) => s.close > start && s.open < end)) return undefined;
    const tokens = tokenize(pt.text, start, end);
    const found: string[] = [];
    for (let i = 0; i < tokens.length; i++) {
      if (!isCapitalised(tokens[i].text)) continue;
      let j = i;
      while (j < tokens.length && isCapitalised(tokens[j].text)) j++;
      const run = tokens.slice(i, j);
      // A sentence's first word is capitalised anyway ("Rival chipmaker …"): it does not start a name.
      const words = (i === 0 && run.length > 1 && !isOrgWord(run[0].text) ? run.slice(1) : run).map((t) => t.text);
      i = j;
      if (words.length < 2 || words.length > 4 || !/^\p{Ll}/u.test(tokens[j]?.text ?? '')) continue;
      if (words.some((w) => isTimeWord(w) || isFunctionWord(w) || isRoleWord(w) || /['’]s?$/.test(w))) continue;
      const from = tokens[j - words.length].start;
      if (this.people.mentionsIn(pt.file, pt.paragraph.number).some((m) => m.start < tokens[j - 1].end && m.end > from)) continue;
      found.push(words.join(' '));
    }
    return found.length === 1 ? this.people.organisation(found[0]).id : undefined;
  }

  /**
   * The one person this article (else the story) gives that age; else someone this paragraph or the one
   * before introduces at that age without a name ("Another neighbour, a 62-year-old retired teacher").
   */
  private ofAge(pt: ParagraphText, offset: number, age: number): Verdict {
    for (const scope of [(a: { file: string }) => a.file === pt.file, () => true]) {
      const ids = new Set(this.people.ages.filter((a) => a.age === age && scope(a)).map((a) => a.personId));
      if (ids.size === 1) return { speakerId: [...ids][0], attribution: 'named' };
      if (ids.size > 1) return UNATTRIBUTED;
    }
    const here = this.order.get(`${pt.file}#${pt.paragraph.number}`)!;
    const re = new RegExp(`\\b(?:a|an|one|another)\\s+${age}-year-old\\b[^.,;:!?]*`, 'giu');
    for (let p = here; p >= 0 && here - p <= 1; p--) {
      const para = this.people.paragraphs[p];
      if (para.file !== pt.file) break;
      const text = p === here ? para.text.slice(0, offset) : para.text;
      const intro = [...text.matchAll(re)].pop();
      if (!intro) continue;
      // "Tomasz Kral, a 34-year-old striker": the age belongs to the name just before it.
      const named = this.people.mentionsIn(para.file, para.paragraph.number).find((m) => !m.quoted && m.end <= intro.index! && intro.index! - m.end <= 2);
      if (named) return { speakerId: named.personId, attribution: 'named' };
      if (this.people.mentionsIn(para.file, para.paragraph.number).some((m) => m.start >= intro.index! && m.start < intro.index! + intro[0].length)) return UNATTRIBUTED;
      return { speakerId: null, attribution: 'anonymous', source: intro[0].trim() };
    }
    return UNATTRIBUTED;
  }

  /** An unnamed source introduced earlier in this paragraph or the one before ("one dock worker"). */
  private anonymousAntecedent(pt: ParagraphText, offset: number, head: string): string | undefined {
    const here = this.order.get(`${pt.file}#${pt.paragraph.number}`)!;
    const escaped = head.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    const re = new RegExp(`\\b(?:one|a|an|another)\\s+(?:[\\p{L}-]+\\s+){0,2}${escaped}\\b[^.;:]*`, 'giu');
    for (let p = here; p >= 0 && here - p <= 1; p--) {
      const para = this.people.paragraphs[p];
      if (para.file !== pt.file) break;
      const text = p === here ? para.text.slice(0, offset) : para.text;
      const matches = [...text.matchAll(re)].filter((m) => isAnonymous(m[0]));
      if (matches.length) return matches[matches.length - 1][0].replace(/,\s*$/, '').split(',')[0].trim();
    }
    // "the woman" after "One investor, a retired nurse who cannot be named, said …": a person noun that
    // refers back to a source the story says outright it will not name.
    if (!isRoleWord(head) && !isPersonNoun(head)) return undefined;
    for (let p = here; p >= 0 && here - p <= 1; p--) {
      const para = this.people.paragraphs[p];
      if (para.file !== pt.file) break;
      const text = p === here ? para.text.slice(0, offset) : para.text;
      const intro = [...text.matchAll(/(?:^|[.!?]\s+|,\s+)((?:One|one|A|a|An|an|Another|another)\s+[^.;:!?]*)/gu)]
        .map((m) => m[1])
        // "the insider said" after "A source close to the couple told …": a word that only ever means an
        // unnamed source needs no "who asked not to be named".
        .filter((phrase) => hasAnonymityMarker(phrase) || (UNNAMED_ONLY.test(head) && isAnonymous(phrase.split(',')[0])));
      if (intro.length) return intro[intro.length - 1].split(',')[0].trim();
    }
    return undefined;
  }

  /**
   * Where the last run of two or more name-like capitalised words that names nobody known starts in the
   * paragraph before `offset` (outside quotes and brackets), or -1: "Nerys Llewellyn-Baptiste offered
   * …, she said" when the name finder missed her.
   */
  private unplacedNameBefore(pt: ParagraphText, offset: number): number {
    const spans = findQuoteSpans(pt.text);
    const mentions = this.people.mentionsIn(pt.file, pt.paragraph.number);
    const words = tokenize(pt.text, 0, offset).filter((t) => !inSomeSpan(spans, t.start) && !insideBrackets(pt.text, t.start));
    let found = -1;
    for (let k = 0; k < words.length; k++) {
      let j = k;
      while (j < words.length && (j === k || words[j].start - words[j - 1].end <= 1) && isCapitalised(words[j].text)) j++;
      const run = words.slice(k, j);
      const next = words[j];
      const prev = words[k - 1];
      k = Math.max(k, j - 1);
      if (run.length < 2 || !run.every((t) => nameLike(t.text) && !isRoleModifier(t.text))) continue;
      if (mentions.some((m) => m.start < run[run.length - 1].end && m.end > run[0].start)) continue;
      // A subject: it opens a sentence or clause, and a verb or an apposition follows ("Nerys Lloyd offered");
      // not the object of a preposition ("pressure on Oxbridge Semiconductor", "for Marlow Fen").
      if (prev && !/^(?:[.!?,;]|and|but)$/i.test(prev.text)) continue;
      if (!next || !(next.text === ',' || (/^\p{Ll}/u.test(next.text) && !/^(?:of|in|at|for|from|on|to|with|and|or|by)$/.test(next.text)))) continue;
      found = run[0].start;
    }
    return found;
  }

  /** Whether the sentence holding `offset` names, before it, someone by honorific whom nobody known matches. */
  private unplacedHonorificBefore(para: ParagraphText, offset: number): boolean {
    const [sentenceStart] = sentenceBounds(para, offset);
    const mentions = this.people.mentionsIn(para.file, para.paragraph.number);
    const re = /(?<![\p{L}])(?:Mr|Mrs|Ms|Miss|Dr|Sir|Dame|Lord|Lady)\.?\s+(?:\p{Lu}[\p{L}'’-]+\s+){0,2}\p{Lu}[\p{L}'’-]+/gu;
    for (const m of para.text.slice(sentenceStart, offset).matchAll(re)) {
      const from = sentenceStart + m.index!;
      if (!mentions.some((x) => x.start < from + m[0].length && x.end > from)) return true;
    }
    return false;
  }

  /**
   * The person a sentence opens with as its subject, when `offset` lies later in that sentence: a known
   * name, perhaps after a role ("Rovers chairman Harold Myre", "Chairman of Orvik Rovers, Harold Myre,") or
   * before an apposition ("Myre, the chairman,"), followed by a lower-case verb.
   */
  sentenceSubject(para: ParagraphText, offset: number): { personId: string; start: number } | undefined {
    const [sentenceStart] = sentenceBounds(para, offset);
    const spans = findQuoteSpans(para.text);
    if (spans.some((s) => s.open >= sentenceStart && s.open < offset)) return undefined;
    const first = this.people.mentionsIn(para.file, para.paragraph.number).find((m) => m.start >= sentenceStart && !m.quoted);
    if (!first || first.start >= offset) return undefined;
    const lead = para.text.slice(sentenceStart, first.start);
    // Before the name: only a role and the capitalised words of its organisation.
    if (!/^(?:(?:\p{Lu}[\p{L}'’.&-]*|of|the|[\p{Ll}-]+)[\s,]+){0,5}$/u.test(lead)) return undefined;
    if (lead.split(/[\s,]+/).some((w) => /^\p{Ll}/u.test(w) && !/^(?:of|the)$/.test(w) && !isRoleWord(w) && !isRoleModifier(w))) return undefined;
    let rest = para.text.slice(first.end, offset);
    // An apposition between commas: ", the club's chairman,".
    const apposition = /^,\s+(?:(?:the|a|an|his|her)\s[^,]{1,80}|[^,]{1,60}['’]s\s[^,]{1,40}),/u.exec(rest);
    if (apposition) rest = rest.slice(apposition[0].length);
    // "Chairman of Orvik Rovers, Harold Myre, thanked …": the name itself in apposition to the role.
    else if (/^,\s+\p{Ll}/u.test(rest) && /,\s*$/.test(lead)) rest = rest.slice(1);
    if (!/^\s+(?:[\p{Ll}-]+\s+){0,2}?\p{Ll}+(?:ed|s)\b/u.test(rest) && !/^\s+(?:said|told|paid|made|gave|took|spoke|wrote|met|sent)\b/u.test(rest)) return undefined;
    return { personId: first.personId, start: first.start };
  }

  /**
   * he / she / they: the previous quote's speaker when close by, else the nearest fitting name. A name of
   * the right gender in the pronoun's own paragraph beats a nearer one of unknown gender; a surname several
   * people share, nearest of all, leaves the pronoun unattributed; "he" is never the narrator ("I").
   */
  pronoun(pt: ParagraphText, offset: number, kind: 'male' | 'female' | 'plural'): Verdict {
    const here = this.order.get(`${pt.file}#${pt.paragraph.number}`)!;
    const author = this.people.authors.get(pt.file);
    const fits = (id: string | null): boolean => {
      if (!id || id === author) return false;
      const person = this.people.get(id);
      if (!person) return false;
      if (kind === 'plural') return person.kind === 'organisation';
      return person.kind === 'person' && (person.gender === null || person.gender === kind);
    };
    const exact = (id: string) => kind !== 'plural' && this.people.get(id)?.gender === kind;
    // The nearest fitting person named before the pronoun (outside quotes), up to three paragraphs back.
    let nearest: { id: string; at: number; paragraph: number } | undefined;
    let nearestExact: { id: string; at: number; paragraph: number } | undefined;
    // A name the finder could not place, between the pronoun and anyone known, may be who it means:
    // nobody further back is.
    const unplaced = kind === 'plural' ? -1 : this.unplacedNameBefore(pt, offset);
    search: for (let p = here; p >= 0 && here - p <= 3; p--) {
      const para = this.people.paragraphs[p];
      if (para.file !== pt.file) break;
      const mentions = this.people.mentionsIn(para.file, para.paragraph.number);
      const ambiguous = kind === 'plural' ? [] : this.ambiguousIn(para).filter((a) => !(p === here && a.start >= offset));
      const unnamed = kind === 'plural' ? [] : this.unnamedSpeakers(para, p === here ? offset : para.text.length);
      const candidates = [
        // An actor in brackets after a character ("Linh (Nguyễn Thị Thu Hà)") is an aside, not a referent.
        ...mentions.filter((m) => !m.quoted && !(p === here && m.start >= offset) && !insideBrackets(para.text, m.start)).map((m) => ({ id: m.personId as string | null, start: m.start, phrase: '' })),
        ...ambiguous.map((a) => ({ id: null as string | null, start: a.start, phrase: '' })),
        ...unnamed.map((u) => ({ id: null as string | null, start: u.start, phrase: u.phrase })),
      ].sort((a, b) => b.start - a.start);
      for (let c of candidates) {
        if (unplaced >= 0 && (p !== here || c.start < unplaced)) return UNATTRIBUTED;
        // "A spokeswoman … said" is not the "he" of a later quote.
        if (c.phrase && kind !== 'plural' && c.phrase.split(/\s+/).some((w) => nounGender(w) !== null && nounGender(w) !== kind)) continue;
        if (c.id === null) {
          if (nearest) break search;
          // "A spokeswoman for the authority said …. “…,” she said": the same unnamed speaker.
          if (!c.phrase) return UNATTRIBUTED;
          const verdict = this.resolve(para, c.phrase, c.start);
          return verdict && verdict.attribution !== 'pronoun' ? verdict : UNATTRIBUTED;
        }
        if (!fits(c.id)) continue;
        // "He intervened during the minister's speech. “…,” he asked": the subject of that sentence is
        // "He", and it, not the minister named after it, is who the later "he" continues.
        const [sentenceStart] = sentenceBounds(para, c.start);
        const opening = new RegExp(`^${kind === 'male' ? 'He' : 'She'}\\s`).exec(para.text.slice(sentenceStart, c.start));
        if (kind !== 'plural' && opening && !nearest) return this.pronoun(para, sentenceStart + 2, kind);
        // "Mrs Justice Hale ruled …, adding that the agent Ann Whitlow … . “…,” she added": someone the name
        // finder could not place, named with an honorific earlier in that sentence, may be who it means.
        if (!nearest && this.unplacedHonorificBefore(para, c.start)) return UNATTRIBUTED;
        // "Myre, the chairman, thanked Colijn. “…,” he said": the subject of that sentence, not its object.
        const subject = nearest ? undefined : this.sentenceSubject(para, c.start);
        if (subject && subject.personId !== c.id && fits(subject.personId) && (kind === 'plural' || exact(subject.personId) || !exact(c.id!))) {
          c = { id: subject.personId, start: subject.start, phrase: '' };
        }
        const found = { id: c.id!, at: this.position(para, c.start), paragraph: p };
        nearest ??= found;
        if (exact(c.id!)) {
          nearestExact = found;
          break search;
        }
        if (p !== here) break search;
      }
    }
    if (unplaced >= 0 && !nearest) return UNATTRIBUTED;
    if (nearest && nearestExact && nearest !== nearestExact && nearestExact.paragraph === here && !exact(nearest.id)) nearest = nearestExact;
    // "…," he added: the speaker of the quote just before, unless someone fitting was named since.
    const previous = this.occurrencesIn(pt.file).at(-1);
    const close = previous && previous.speakerId && here - this.order.get(`${previous.file}#${previous.paragraph}`)! <= 1 && fits(previous.speakerId);
    if (close && (!nearest || nearest.at < previous.order)) return { speakerId: previous.speakerId, attribution: 'pronoun' };
    if (nearest) return { speakerId: nearest.id, attribution: 'pronoun' };
    return UNATTRIBUTED;
  }
}
