/**
 * Who a speaker phrase names ("Inspector Brandt", "the company", "a spokeswoman for the authority", "the
 * 62-year-old retired teacher", "she"): a known person, an organisation, an anonymous source, or nobody
 * (unattributed rather than a guess). Which rule decides is a row of the table in speakerRules.ts, tried in
 * priority order; this file holds the searches those rules share. Pronouns go to the previous quote's
 * speaker or the nearest fitting name; roles, organisations and unnamed sources are linked to the
 * antecedents the story gives them. Every verdict carries its explanation: the rule's id, the words it read
 * and the candidates it passed over (for --explain).
 */
import { lowerBound } from '../search/lowerBound.ts';
import type { People, Person } from './people.ts';
import { alternation, escapeRegExp, pattern } from './rules/pattern.ts';
import { words } from './lexicon/index.ts';
import { inPriorityOrder, type PassedOver } from './rules/ruleTable.ts';
import { NOT_A_SPEAKER, SPEAKER_RULES, SpeakerPhrase, type Decision, type SpeakerRule } from './speakerRules.ts';
import { GENDERED_HONORIFICS } from './peopleRegistry.ts';
import { lastBelow, matchesAfterWord, nounsBeforeWord, paragraphsHolding, runBefore } from './capitalisedWords.ts';
import { findQuoteSpans, outsideSpans } from './quoteSpans.ts';
import { UNATTRIBUTED, type QuoteOccurrence, type SpeakerExplanation, type Verdict } from './quoteTypes.ts';
import { hasAnonymityMarker, isAnonymous, isSpeechVerb, PRONOUNS, subjectBefore } from './speechCues.ts';
import { firstNameGender, isDemonym, isFunctionWord, isOrgNoun, isOrgWord, isPersonNoun, isPostNominal, isRoleModifier, isRoleWord, isTimeWord, looksLikePerson, nounGender, titleWrittenShort } from './speechLexicon.ts';
import { insideBrackets, isCapitalised, ParagraphOrder, sentenceBounds, sentenceIndexAt, stripPossessive, tokenize, tokensBetween, type ParagraphText, type Token } from './speechText.ts';
import { nameLike } from './peopleNames.ts';

/** Nouns that refer only to an unnamed source ("the insider", "the source"). */
const UNNAMED_ONLY = pattern('^(?:{unnamedSourceNoun})s?$', 'iu');

/**
 * Someone named with an honorific ("Mrs Justice Hale"), one to three name words after it. Not "Hon", which
 * stands before an office as often as before a name ("The Hon. Member will withdraw that remark").
 */
const HONORIFIC_NAME = pattern(`(?<![\\p{L}])${alternation(words('honorific').filter((w) => w !== 'Hon'))}\\.?\\s+(?:\\p{Lu}[\\p{L}'’-]+\\s+){0,2}\\p{Lu}[\\p{L}'’-]+`, 'gu');

/** A noun any organisation answers to ("company", "firm"), whatever its name says. */
const ANY_ORGANISATION = pattern('^(?:{anyOrganisationNoun})$', 'iu');

const RULES_IN_ORDER = inPriorityOrder(SPEAKER_RULES);

/** After a word (longerName): one to three capitalised words ("Halvard| Outdoor"). */
const NAME_WORDS_AFTER = /(?<rest>(?:\s\p{Lu}[\p{L}\p{M}&'’-]*){1,3})/uy;
/** After a word (calledOrganisation): the noun of an apposition ("Zippa|, the e-scooter operator,"). */
const APPOSED_NOUN = /,\s+(?:the|an?)\s+(?:[\p{Ll}-]+\s+){0,3}?(?<noun>[\p{Ll}-]+)(?=[,.;)]|\s+(?:which|that|said|says)\b)/uy;

/** A verdict with the explanation of the rule that gave it. */
function explained(verdict: Verdict, rule: string, evidence: string, passedOver: readonly PassedOver[]): Verdict {
  return { ...verdict, explanation: explanationOf(verdict.speakerId, rule, evidence, passedOver) };
}

/** explained({ speakerId, attribution: 'pronoun' }, …), written at once (a pronoun's verdict is the commonest). */
function byPronoun(speakerId: string, rule: string, evidence: string, passedOver: readonly PassedOver[]): Verdict {
  return { speakerId, attribution: 'pronoun', explanation: explanationOf(speakerId, rule, evidence, passedOver) };
}

function explanationOf(speakerId: string | null, rule: string, evidence: string, passedOver: readonly PassedOver[]): SpeakerExplanation {
  return passedOver.length ? { rule, evidence, passedOver: [...passedOver], speakerId } : { rule, evidence, speakerId };
}

/**
 * The names of two or more words ending in an organisation's head word in a text, in order: "Coastal
 * Navigation Authority" for "Authority" ("The" dropped).
 */
function organisationNames(text: string, head: string): string[] {
  const re = new RegExp(`(?<words>(?:\\p{Lu}[\\p{L}&'’-]*\\s+(?:(?:of|for|and)\\s+)?){1,4})${head}\\b`, 'gu');
  return [...text.matchAll(re)].map((m) => `${m.groups!.words}${head}`.replace(/^(?:The|A|An)\s+/, '').trim()).filter((n) => n.split(/\s+/).length >= 2);
}

/** A paragraph's words outside quotes and brackets (read once per paragraph: unplacedNameRuns is kept). */
function narrationTokens(pt: ParagraphText): Token[] {
  return outsideSpans(tokenize(pt.text), findQuoteSpans(pt.text)).filter((t) => !insideBrackets(pt.text, t.start));
}

/**
 * What was found for the last few paragraphs: the quote stage reads paragraphs in order and a pronoun looks
 * back three at most, so older answers are dropped (kept for the whole story, they only made work for the
 * garbage collector). An answer dropped and asked again is found again, the same.
 */
class Recent<K, V> {
  private readonly keys: K[] = [];
  private readonly values: V[] = [];

  get(key: K): V | undefined {
    const k = this.keys.indexOf(key);
    return k < 0 ? undefined : this.values[k];
  }

  set(key: K, value: V): V {
    if (this.keys.length >= 8) {
      this.keys.shift();
      this.values.shift();
    }
    this.keys.push(key);
    this.values.push(value);
    return value;
  }
}

/**
 * The runs of two or more name-like capitalised words of a paragraph's narration that name nobody known and
 * read as a subject (they open a sentence or clause, and a verb or an apposition follows: "Nerys Lloyd
 * offered"; not "pressure on Oxbridge Semiconductor"), found once per paragraph: where each starts, and where
 * the word after it ends (the run counts before an offset only with that word).
 */
function unplacedNameRuns(pt: ParagraphText, mentions: readonly { start: number; end: number }[]): { start: number; limit: number }[] {
  const words = narrationTokens(pt);
  const runs: { start: number; limit: number }[] = [];
  for (let k = 0; k < words.length; k++) {
    let j = k;
    while (j < words.length && (j === k || words[j].start - words[j - 1].end <= 1) && isCapitalised(words[j].text)) j++;
    if (j - k < 2) {
      k = Math.max(k, j - 1);
      continue;
    }
    const run = words.slice(k, j);
    const next = words[j];
    const prev = words[k - 1];
    k = Math.max(k, j - 1);
    if (!run.every((t) => nameLike(t.text) && !isRoleModifier(t.text))) continue;
    if (mentions.some((m) => m.start < run[run.length - 1].end && m.end > run[0].start)) continue;
    if (prev && !/^(?:[.!?,;]|and|but)$/i.test(prev.text)) continue;
    if (!next || !(next.text === ',' || (/^\p{Ll}/u.test(next.text) && !/^(?:of|in|at|for|from|on|to|with|and|or|by)$/.test(next.text)))) continue;
    runs.push({ start: run[0].start, limit: next.end });
  }
  return runs;
}

export class SpeakerResolver {
  private readonly order: ParagraphOrder;
  /** Per capitalised word, whether the story calls it an organisation (see calledOrganisation). */
  private readonly organisationContext = new Map<string, boolean>();
  private readonly organisationsByHead = new Map<string, { paragraphs: number[]; last: Map<number, string> }>();
  private readonly unnamed = new Recent<ParagraphText, { start: number; verb: number; phrase: string }[]>();
  private readonly longer = new Map<string, string>();
  /** Per word, the paragraphs whose text holds it (longerName and calledOrganisation ask for the same words). */
  private readonly holding = new Map<string, number[]>();
  /** writtenInFull: per article and surname, the one first name written before it, or null. */
  private readonly fullNameFirst = new Map<string, string | null>();
  /** Per paragraph, the runs of unknown names that read as a subject (unplacedNameBefore). */
  private readonly unplacedRuns = new Recent<ParagraphText, { start: number; limit: number }[]>();
  /** Per paragraph (by its index), who a pronoun after it may mean (pronounCandidates). */
  private readonly singularCandidates = new Recent<number, PronounCandidate[]>();
  private readonly pluralCandidates = new Recent<number, PronounCandidate[]>();
  private readonly byFile = new Map<string, QuoteOccurrence[]>();
  private indexedOccurrences = 0;
  private ambiguousByParagraph?: Map<string, People['ambiguous'][number][]>;

  /** `occurrences` are the quotes attributed so far, in story order (for "…," he added). */
  constructor(readonly people: People, private readonly occurrences: readonly QuoteOccurrence[]) {
    this.order = ParagraphOrder.of(people.paragraphs);
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
    return this.order.of(pt)! * 100_000 + offset;
  }

  /**
   * Who a subject phrase names; undefined when the phrase is not a speaker at all ("On Tuesday"). The
   * speaker rules (speakerRules.ts) are tried in priority order; the first that decides gives the verdict,
   * explained by its id, the phrase, and the candidates it passed over.
   */
  resolve(pt: ParagraphText, phrase: string, start: number): Verdict | undefined {
    const subject = new SpeakerPhrase(this, pt, phrase, start);
    for (const rule of RULES_IN_ORDER) {
      const decision = this.applyRule(rule, subject);
      if (decision !== undefined) return decision === NOT_A_SPEAKER ? undefined : decision;
    }
    return undefined;
  }

  /** One rule alone on a phrase: its decision, explained, or undefined when it leaves the phrase to the next rule. */
  applyRule(rule: SpeakerRule, subject: SpeakerPhrase): Decision {
    const match = rule.pattern ? rule.pattern.exec(subject.text) : undefined;
    if (match === null) return undefined;
    const decision = rule.decide(subject, match?.groups ?? {});
    if (decision === undefined || decision === NOT_A_SPEAKER) return decision;
    if (rule.explainsItself && decision.explanation) return decision;
    return explained(decision, rule.id, subject.text, subject.passedOver);
  }

  /**
   * "Mr O’Dowd said" when the name finder missed "Fenn O’Dowd": the one full name the article writes with
   * that surname (a name-like word just before it), as a new person of the honorific's gender.
   */
  writtenInFull(file: string, words: string[]): Person | undefined {
    if (words.length !== 2 || !Object.hasOwn(GENDERED_HONORIFICS, words[0].toLowerCase().replace(/\.$/, ''))) return undefined;
    const surname = stripPossessive(words[1]);
    const key = `${file}\u0000${surname}`;
    let first = this.fullNameFirst.get(key);
    if (first === undefined) {
      const re = new RegExp(`(?<![\\p{L}\\p{M}])(?<first>\\p{Lu}[\\p{Ll}\\p{M}]+)\\s+${escapeRegExp(surname)}(?![\\p{L}\\p{M}])`, 'gu');
      const firsts = new Set<string>();
      // Only the paragraphs where the surname stands as a word (the story's word index), not the whole story.
      for (const p of paragraphsHolding(this.people.paragraphs, surname)) {
        const para = this.people.paragraphs[p];
        if (para.file !== file) continue;
        for (const m of para.text.matchAll(re)) if (nameLike(m.groups!.first) && !Object.hasOwn(GENDERED_HONORIFICS, m.groups!.first.toLowerCase())) firsts.add(m.groups!.first);
      }
      first = firsts.size === 1 ? [...firsts][0] : null;
      this.fullNameFirst.set(key, first);
    }
    return first === null ? undefined : this.people.single(`${first} ${surname}`);
  }

  /** The known person named just before a title in apposition ("Ida Marsh, [President and] CEO of …"). */
  apposedTo(pt: ParagraphText, start: number): Verdict | undefined {
    const lead = /,\s*(?:\p{Lu}[\p{L}-]*\s+(?:and|&)\s+)?$/u.exec(pt.text.slice(Math.max(0, start - 40), start));
    if (!lead) return undefined;
    const comma = start - lead[0].length;
    const named = this.people.mentionsIn(pt.file, pt.paragraph.number).find((m) => !m.quoted && m.end === comma);
    return named && this.people.get(named.personId)?.kind === 'person' ? { speakerId: named.personId, attribution: 'named' } : undefined;
  }

  private paragraphsHolding(word: string): number[] {
    let found = this.holding.get(word);
    if (!found) this.holding.set(word, (found = paragraphsHolding(this.people.paragraphs, word)));
    return found;
  }

  /**
   * The one longer capitalised name the story writes starting with `word` ("Halvard" → "Halvard Outdoor"),
   * when it is written at least twice, names no known person and `word` is not a first name.
   */
  longerName(word: string): string | undefined {
    if (firstNameGender(word) !== undefined || this.people.lookup(word)) return undefined;
    let cached = this.longer.get(word);
    if (cached === undefined) {
      const found = new Map<string, number>();
      for (const p of this.paragraphsHolding(word)) {
        for (const m of matchesAfterWord(this.people.paragraphs[p].text, word, NAME_WORDS_AFTER)) {
          const words = m.groups!.rest.trim().split(/\s+/).map(stripPossessive);
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
  calledOrganisation(word: string): boolean {
    if (firstNameGender(word) !== undefined || this.people.lookup(word)) return false;
    let cached = this.organisationContext.get(word);
    if (cached === undefined) {
      cached = false;
      // Only the paragraphs where the word stands (the scan of every paragraph per name was quadratic).
      scan: for (const p of this.paragraphsHolding(word)) {
        const text = this.people.paragraphs[p].text;
        const nouns = [...matchesAfterWord(text, word, APPOSED_NOUN)].map((m) => m.groups!.noun);
        for (const noun of [...nouns, ...nounsBeforeWord(text, word)]) {
          if (isOrgNoun(noun)) cached = true;
          else if (isRoleWord(noun) || isPersonNoun(noun) || nounGender(noun) !== null) {
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
  soleOrganisationSpeaker(pt: ParagraphText, noun: string): string | undefined {
    const ids = new Set(this.occurrencesIn(pt.file).filter((o) => o.speakerId && this.people.get(o.speakerId)?.kind === 'organisation').map((o) => o.speakerId!));
    if (ids.size !== 1) return undefined;
    const [id] = [...ids];
    // "The Friends of Fernhill Library said …. A council spokesperson said": a library is not the council.
    // Only a word any business answers to ("company", "firm") fits an organisation whose name does not say it.
    if (ANY_ORGANISATION.test(noun)) return id;
    return this.people.get(id)!.name.toLowerCase().split(/\s+/).includes(noun.toLowerCase()) ? id : undefined;
  }

  /** "the authority": the last capitalised name ending in that word earlier in the article ("Coastal Navigation Authority"). */
  organisationCalled(pt: ParagraphText, offset: number, noun: string): string | undefined {
    if (!isOrgNoun(noun)) return undefined;
    const head = noun[0].toUpperCase() + noun.slice(1).toLowerCase();
    const here = this.order.of(pt)!;
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
      for (const p of paragraphsHolding(this.people.paragraphs, head)) {
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
  onlyOrganisationCalled(noun: string): string | undefined {
    const head = noun[0].toUpperCase() + noun.slice(1).toLowerCase();
    const names = new Set<string>();
    for (const p of paragraphsHolding(this.people.paragraphs, head)) {
      for (const name of organisationNames(this.people.paragraphs[p].text, head)) names.add(name);
    }
    return names.size === 1 ? this.people.organisation([...names][0]).id : undefined;
  }

  /**
   * Speakers the paragraph introduces without a name ("A spokeswoman for the authority said …", "One
   * official said …"), as positions a later pronoun may refer to.
   */
  private unnamedSpeakers(para: ParagraphText): { start: number; verb: number; phrase: string }[] {
    return this.unnamed.get(para) ?? this.unnamed.set(para, this.findUnnamedSpeakers(para));
  }

  private findUnnamedSpeakers(para: ParagraphText): { start: number; verb: number; phrase: string }[] {
    const spans = findQuoteSpans(para.text);
    const tokens = outsideSpans(tokenize(para.text), spans);
    const found: { start: number; verb: number; phrase: string }[] = [];
    tokens.forEach((t, v) => {
      if (!isSpeechVerb(t.text, false)) return;
      const subject = subjectBefore(tokens, v, 0, para.text);
      // "…, his father said. “…,” he said": someone named only by their tie to another is a speaker too.
      if (subject.phrase && /^(?:his|her|their)\s+\p{Ll}+$/u.test(subject.phrase) && (nounGender(subject.phrase.split(/\s+/)[1]) !== null || isRoleWord(subject.phrase.split(/\s+/)[1]))) {
        found.push({ start: subject.start, verb: t.start, phrase: subject.phrase });
        return;
      }
      if (!subject.phrase || !/^(?:a|an|one|another|my|our)\s/i.test(subject.phrase)) return;
      const head = subject.phrase.split(/\s+/).find((w, k, all) => k > 0 && (isRoleWord(w) || isPersonNoun(w) || /^spokes/i.test(w)) && (k === all.length - 1 || /^(?:for|from|at|of)$/i.test(all[k + 1])));
      if (head || isAnonymous(subject.phrase)) found.push({ start: subject.start, verb: t.start, phrase: subject.phrase });
    });
    return found;
  }

  /** The organisation an earlier sentence of the paragraph gives as the subject of a speech verb. */
  organisationAntecedent(pt: ParagraphText, offset: number): string | undefined {
    const spans = findQuoteSpans(pt.text);
    const tokens = outsideSpans(tokenize(pt.text, 0, offset), spans);
    for (let v = tokens.length - 1; v > 0; v--) {
      if (!isSpeechVerb(tokens[v].text, false)) continue;
      const subject = subjectBefore(tokens, v, 0, pt.text);
      if (!subject.phrase) continue;
      const words = subject.phrase.split(/\s+/);
      const bare = /^the$/i.test(words[0]) ? words.slice(1) : words;
      if (!bare.length || bare.some((w) => !isCapitalised(w) && !/^(?:of|for|and|&)$/.test(w)) || bare.some((w) => isTimeWord(w) || isFunctionWord(w))) return undefined;
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
  ofAge(pt: ParagraphText, offset: number, age: number): Verdict {
    for (const scope of [(a: { file: string }) => a.file === pt.file, () => true]) {
      const ids = new Set(this.people.ages.filter((a) => a.age === age && scope(a)).map((a) => a.personId));
      if (ids.size === 1) return { speakerId: [...ids][0], attribution: 'named' };
      if (ids.size > 1) return UNATTRIBUTED;
    }
    const here = this.order.of(pt)!;
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
  anonymousAntecedent(pt: ParagraphText, offset: number, head: string): string | undefined {
    const here = this.order.of(pt)!;
    const escaped = escapeRegExp(head);
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
      const intro = [...text.matchAll(/(?:^|[.!?]\s+|,\s+)(?<intro>(?:One|one|A|a|An|an|Another|another)\s+[^.;:!?]*)/gu)]
        .map((m) => m.groups!.intro)
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
    const runs = this.unplacedRuns.get(pt) ?? this.unplacedRuns.set(pt, unplacedNameRuns(pt, this.people.mentionsIn(pt.file, pt.paragraph.number)));
    // The last run that, with the word after it, lies before `offset`.
    const last = lowerBound(runs.length, (i) => runs[i].limit <= offset) - 1;
    return last >= 0 ? runs[last].start : -1;
  }

  /** Whether the sentence holding `offset` names, before it, someone by honorific whom nobody known matches. */
  private unplacedHonorificBefore(para: ParagraphText, offset: number): boolean {
    const [sentenceStart] = sentenceBounds(para, offset);
    const mentions = this.people.mentionsIn(para.file, para.paragraph.number);
    for (const m of para.text.slice(sentenceStart, offset).matchAll(HONORIFIC_NAME)) {
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
   * people share, nearest of all, leaves the pronoun unattributed; "he" is never the narrator ("I"). The
   * verdict says which of these decided (speaker.pronoun.*) and whom the search passed over.
   */
  pronoun(pt: ParagraphText, offset: number, kind: PronounKind): Verdict {
    const search: PronounSearch = {
      pt,
      offset,
      kind,
      here: this.order.of(pt)!,
      author: this.people.authors.get(pt.file),
      word: lettersAtEnd(pt.text.slice(Math.max(0, offset - 8), offset)) || kind,
      passedOver: [],
      // A name the finder could not place, between the pronoun and anyone known, may be who it means:
      // nobody further back is.
      unplaced: kind === 'plural' ? -1 : this.unplacedNameBefore(pt, offset),
    };
    const found = this.antecedents(search);
    return 'attribution' in found ? found : this.pronounChoice(search, found.nearest, found.nearestExact);
  }

  private fits(search: PronounSearch, id: string | null): boolean {
    return this.unfit(search, id) === undefined;
  }

  /** Why a person cannot be what the pronoun means, or undefined when they can. */
  private unfit(search: PronounSearch, id: string | null): string | undefined {
    if (!id) return 'nobody';
    if (id === search.author) return `the article’s writer is never “${search.word}”`;
    const person = this.people.get(id);
    if (!person) return 'unknown';
    if (search.kind === 'plural') return person.kind === 'organisation' ? undefined : `a person, not “${search.word}”`;
    if (person.kind !== 'person') return `an organisation, not “${search.word}”`;
    return person.gender === null || person.gender === search.kind ? undefined : `${person.gender}, not “${search.word}”`;
  }

  private exact(search: PronounSearch, id: string): boolean {
    return search.kind !== 'plural' && this.people.get(id)?.gender === search.kind;
  }

  private nameOf(id: string): string {
    return this.people.get(id)?.name ?? id;
  }

  /**
   * Who may be meant in paragraph `p`, nearest first: known people, shared surnames, unnamed speakers; found
   * once per paragraph (and for "they" or "he"/"she"). In the pronoun's own paragraph only those whose
   * `limit` is before it count.
   */
  private pronounCandidates(search: PronounSearch, p: number): readonly PronounCandidate[] {
    const plural = search.kind === 'plural';
    const known = plural ? this.pluralCandidates : this.singularCandidates;
    let found = known.get(p);
    if (!found) {
      const para = this.people.paragraphs[p];
      const mentions = this.people.mentionsIn(para.file, para.paragraph.number);
      found = known.set(p, [
        // An actor in brackets after a character ("Linh (Nguyễn Thị Thu Hà)") is an aside, not a referent.
        ...mentions.filter((m) => !m.quoted && !insideBrackets(para.text, m.start)).map((m) => ({ id: m.personId as string | null, start: m.start, end: m.end, phrase: '', limit: m.start })),
        ...(plural ? [] : this.ambiguousIn(para)).map((a) => ({ id: null, start: a.start, end: a.end, phrase: '', limit: a.start })),
        ...(plural ? [] : this.unnamedSpeakers(para)).map((u) => ({ id: null, start: u.start, end: u.start + u.phrase.length, phrase: u.phrase, limit: u.verb })),
      ].sort((a, b) => b.start - a.start));
    }
    return found;
  }

  /**
   * The nearest fitting person named before the pronoun (outside quotes), up to three paragraphs back, and
   * the nearest of the pronoun's gender; or a verdict when the search ends on something else.
   */
  private antecedents(search: PronounSearch): Verdict | { nearest?: Antecedent; nearestExact?: Antecedent } {
    const { pt, here, kind, unplaced, passedOver } = search;
    let nearest: Antecedent | undefined;
    let nearestExact: Antecedent | undefined;
    search: for (let p = here; p >= 0 && here - p <= 3; p--) {
      const para = this.people.paragraphs[p];
      if (para.file !== pt.file) break;
      const candidates = this.pronounCandidates(search, p);
      // Only what stands before the pronoun in its own paragraph (nearest first: those starting after it are skipped at once).
      const from = p === here ? lowerBound(candidates.length, (k) => candidates[k].start >= search.offset) : 0;
      for (let k = from; k < candidates.length; k++) {
        const c = candidates[k];
        if (p === here && c.limit >= search.offset) continue;
        if (unplaced >= 0 && (p !== here || c.start < unplaced)) return this.unplacedVerdict(search);
        // "A spokeswoman … said" is not the "he" of a later quote.
        if (c.phrase && kind !== 'plural' && c.phrase.split(/\s+/).some((w) => nounGender(w) !== null && nounGender(w) !== kind)) {
          passedOver.push({ candidate: c.phrase, reason: `not “${search.word}”` });
          continue;
        }
        if (c.id === null) {
          if (nearest) break search;
          return this.unnamedAntecedent(search, para, c);
        }
        const why = this.unfit(search, c.id);
        if (why !== undefined) {
          passedOver.push({ candidate: this.nameOf(c.id), reason: why });
          continue;
        }
        const early = nearest ? undefined : this.sentenceAntecedent(search, para, c);
        if (early && 'attribution' in early) return early;
        const exact = this.exact(search, early?.id ?? c.id);
        // Only the nearest and the nearest of the pronoun's gender are kept: the others are not written up.
        if (!nearest || exact) {
          const found: Antecedent = { ...(early ?? { id: c.id, rule: 'speaker.pronoun.nearest-name', evidence: `${search.word} … ${para.text.slice(c.start, c.end)}` }), at: this.position(para, early?.start ?? c.start), paragraph: p };
          nearest ??= found;
          if (exact) {
            nearestExact = found;
            break search;
          }
        }
        if (p !== here) break search;
      }
    }
    return { nearest, nearestExact };
  }

  /**
   * What the sentence of the first fitting candidate says about the pronoun: it opens with the same pronoun
   * (a verdict: who that one means), someone named there by honorific is unplaced (unattributed), or its
   * subject, not the candidate, is who the pronoun continues (that subject).
   */
  private sentenceAntecedent(search: PronounSearch, para: ParagraphText, c: PronounCandidate): Verdict | (Omit<Antecedent, 'at' | 'paragraph'> & { start: number }) | undefined {
    const { kind, word, passedOver } = search;
    // "He intervened during the minister's speech. “…,” he asked": the subject of that sentence is
    // "He", and it, not the minister named after it, is who the later "he" continues.
    const [sentenceStart] = sentenceBounds(para, c.start);
    if (kind !== 'plural' && OPENS_WITH_PRONOUN[kind].test(para.text.slice(sentenceStart, c.start))) {
      const inner = this.pronoun(para, sentenceStart + 2, kind);
      const skipped = { candidate: this.nameOf(c.id!), reason: `named after the “${para.text.slice(sentenceStart, sentenceStart + (kind === 'male' ? 2 : 3))}” that opens its sentence` };
      return explained(inner, 'speaker.pronoun.same-subject', `${word} … ${para.text.slice(sentenceStart, sentenceStart + 3).trim()}`, [...passedOver, skipped, ...(inner.explanation?.passedOver ?? [])]);
    }
    // "Mrs Justice Hale ruled …, adding that the agent Ann Whitlow … . “…,” she added": someone the name
    // finder could not place, named with an honorific earlier in that sentence, may be who it means.
    if (this.unplacedHonorificBefore(para, c.start)) return explained(UNATTRIBUTED, 'speaker.pronoun.unplaced-honorific', `${word} … ${para.text.slice(sentenceStart, c.start).trim()}`, passedOver);
    // "Myre, the chairman, thanked Colijn. “…,” he said": the subject of that sentence, not its object.
    const subject = this.sentenceSubject(para, c.start);
    if (!subject || subject.personId === c.id || !this.fits(search, subject.personId)) return undefined;
    if (kind !== 'plural' && !this.exact(search, subject.personId) && this.exact(search, c.id!)) return undefined;
    passedOver.push({ candidate: this.nameOf(c.id!), reason: `the object of a sentence whose subject is ${this.nameOf(subject.personId)}` });
    return { id: subject.personId, start: subject.start, rule: 'speaker.pronoun.sentence-subject', evidence: `${word} … ${this.nameOf(subject.personId)}` };
  }

  /** The speaker an unnamed candidate stands for ("A spokeswoman for the authority said …. “…,” she said"). */
  private unnamedAntecedent(search: PronounSearch, para: ParagraphText, c: PronounCandidate): Verdict {
    // A surname several people share, nearest of all, names nobody.
    if (!c.phrase) return explained(UNATTRIBUTED, 'speaker.pronoun.shared-surname', `${search.word} … ${para.text.slice(c.start, c.end)}`, search.passedOver);
    const verdict = this.resolve(para, c.phrase, c.start);
    return explained(verdict && verdict.attribution !== 'pronoun' ? verdict : UNATTRIBUTED, 'speaker.pronoun.unnamed-speaker', `${search.word} … ${c.phrase}`, search.passedOver);
  }

  private unplacedVerdict(search: PronounSearch): Verdict {
    const name = /^(?:\p{Lu}[\p{L}'’-]*\s*)+/u.exec(search.pt.text.slice(search.unplaced, search.unplaced + 80))?.[0].trim() ?? '';
    return explained(UNATTRIBUTED, 'speaker.pronoun.unplaced-name', `${name} … ${search.word}`, search.passedOver);
  }

  /** Between the nearest name and the previous quote's speaker: whom the pronoun continues. */
  private pronounChoice(search: PronounSearch, nearestFound?: Antecedent, nearestExact?: Antecedent): Verdict {
    const { pt, here, word, passedOver } = search;
    let nearest = nearestFound;
    if (search.unplaced >= 0 && !nearest) return this.unplacedVerdict(search);
    if (nearest && nearestExact && nearest !== nearestExact && nearestExact.paragraph === here && !this.exact(search, nearest.id)) {
      passedOver.push({ candidate: this.nameOf(nearest.id), reason: `nearer, but ${this.nameOf(nearestExact.id)}, in the pronoun’s own paragraph, is surely “${word}”` });
      nearest = nearestExact;
    }
    // "…," he added: the speaker of the quote just before, unless someone fitting was named since.
    const previous = this.occurrencesIn(pt.file).at(-1);
    const previousSpeaker = previous?.speakerId && here - this.order.at(previous.file, previous.paragraph)! <= 1 && this.fits(search, previous.speakerId) ? previous.speakerId : undefined;
    if (previousSpeaker && (!nearest || nearest.at < previous!.order)) {
      if (nearest && nearest.id !== previousSpeaker) passedOver.push({ candidate: this.nameOf(nearest.id), reason: 'named before the previous quote, whose speaker the pronoun continues' });
      const quoted = previous!.text.length > 40 ? `${previous!.text.slice(0, 40)}…` : previous!.text;
      return byPronoun(previousSpeaker, 'speaker.pronoun.previous-quote', `“${quoted}” … ${word}`, passedOver);
    }
    if (previousSpeaker && nearest && nearest.id !== previousSpeaker) {
      passedOver.push({ candidate: this.nameOf(previousSpeaker), rule: 'speaker.pronoun.previous-quote', reason: `spoke the previous quote, but ${this.nameOf(nearest.id)} was named since` });
    }
    if (nearest) return byPronoun(nearest.id, nearest.rule, nearest.evidence, passedOver);
    return explained(UNATTRIBUTED, 'speaker.pronoun.no-antecedent', word, passedOver);
  }
}

type PronounKind = 'male' | 'female' | 'plural';

/** One letter (the pronoun before a speaker offset is the run of them). */
const LETTER = /^\p{L}$/u;
const lettersAtEnd = (text: string): string => text.slice(runBefore(text, text.length, LETTER));

/** A sentence that opens with the pronoun of this gender. */
const OPENS_WITH_PRONOUN = { male: /^He\s/, female: /^She\s/ };

/** One pronoun's search: the pronoun, where it stands, and the candidates it passed over so far. */
interface PronounSearch {
  pt: ParagraphText;
  offset: number;
  kind: PronounKind;
  /** The paragraph's index in the story. */
  here: number;
  author: string | undefined;
  /** The pronoun as written ("he", "Her"). */
  word: string;
  passedOver: PassedOver[];
  /** Where a name the finder could not place starts before the pronoun, or -1. */
  unplaced: number;
}

interface PronounCandidate {
  id: string | null;
  start: number;
  end: number;
  /** For an unnamed speaker: how the story introduces them ("a spokeswoman for the authority"). */
  phrase: string;
  /** It counts for a pronoun after this offset in its own paragraph (where the name stands, or the unnamed speaker's verb). */
  limit: number;
}

/** A person the pronoun may mean, with the rule that found them and where. */
interface Antecedent {
  id: string;
  at: number;
  paragraph: number;
  rule: string;
  evidence: string;
}
