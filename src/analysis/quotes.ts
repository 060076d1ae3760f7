/**
 * Quotes of a story and who said them. Each quoted passage is attributed from the text around it
 * (speech verb + speaker, before or after the quote, reported speech, "according to", pronouns, an
 * embedded post's account line); a passage with no cue inherits the speaker of the quote it
 * continues; a quote alone in its sentence takes its speaker from the narration around it ("He
 * laughed. “…”"); Q&A and transcript answers go to the interviewee (quoteInterview.ts); anything else
 * stays unattributed rather than guessed. The same quote in several articles becomes one quote with
 * every citation and the other outlets' wording as variants (quoteGroups.ts).
 */
import type { Story } from '../story/story.ts';
import type { Citation, Sentence } from '../story/types.ts';
import { peopleOf, type People, type Person } from './people.ts';
import { buildQuote, groupOccurrences } from './quoteGroups.ts';
import { interviewLines, type InterviewLine } from './quoteInterview.ts';
import { findQuoteSpans, type QuoteSpan } from './quoteSpans.ts';
import { hasAnonymityMarker, isAnonymous, isSpeechVerb, PRONOUNS, subjectAfter, subjectBefore } from './speechCues.ts';
import { isFunctionWord, isOrgWord, isPostNominal, isRoleWord, isTimeWord, looksLikePerson } from './speechLexicon.ts';
import { isCapitalised, sentenceBounds, sentenceIndexAt, stripPossessive, tokenize, type ParagraphText, type Token } from './speechText.ts';
import { perStory } from '../story/perStory.ts';

export type Attribution = 'named' | 'pronoun' | 'anonymous' | 'unattributed';

export interface QuoteSpeaker {
  name: string;
  aliases: string[];
  description: string | null;
}

/** One quote of the story, as the command returns it. */
export interface Quote {
  text: string;
  speaker: QuoteSpeaker | null;
  attribution: Attribution;
  /** For an anonymous source: how the story describes them ("one person familiar with the talks"). */
  source?: string;
  /** Other outlets' wording of the same quote. */
  variants: string[];
  citations: Citation[];
}

/** A quote where it appears in one article. */
export interface QuoteOccurrence {
  text: string;
  file: string;
  paragraph: number;
  sentences: Sentence[];
  speakerId: string | null;
  attribution: Attribution;
  source?: string;
  /** Position in the story, for ordering. */
  order: number;
}

export interface SpeakerEntry extends QuoteSpeaker {
  id: string;
  kind: Person['kind'];
  quotes: number;
}

export interface QuoteAnalysis {
  quotes: Quote[];
  /** quotes[i] was said by speakerIds[i] (a Person id), or null. */
  speakerIds: (string | null)[];
  occurrences: QuoteOccurrence[];
  /** Everyone with at least one attributed quote, most quotes first. */
  speakers: SpeakerEntry[];
  people: People;
}

interface Verdict {
  speakerId: string | null;
  attribution: Attribution;
  source?: string;
}

const UNATTRIBUTED: Verdict = { speakerId: null, attribution: 'unattributed' };

/** Nouns by which a story refers back to an organisation it has named ("the company said"). */
const ORG_NOUNS = new Set(['company', 'firm', 'club', 'council', 'group', 'agency', 'ministry', 'department', 'government', 'authority', 'bank', 'union', 'charity', 'party', 'board', 'operator', 'business', 'organisation', 'organization', 'university', 'hospital', 'airline', 'retailer', 'insurer', 'manufacturer', 'carrier', 'foundation', 'association', 'federation', 'league', 'regulator', 'watchdog', 'campaign', 'trust', 'school', 'network', 'broadcaster', 'newspaper', 'publisher', 'studio', 'startup', 'lender', 'supplier', 'utility', 'commission', 'committee']);

/** Nouns that refer back to an unnamed person ("the woman said"). */
const PERSON_NOUNS = new Set(['man', 'woman', 'person', 'source', 'worker', 'resident', 'witness', 'investor', 'member', 'employee', 'neighbour', 'neighbor', 'parent', 'mother', 'father', 'customer', 'passenger', 'patient', 'victim', 'fan', 'player', 'insider', 'aide', 'staffer']);

class Attributor {
  private readonly order = new Map<string, number>();
  private readonly unnamed = new Map<string, { start: number; verb: number; phrase: string }[]>();
  readonly occurrences: QuoteOccurrence[] = [];

  constructor(private readonly story: Story, private readonly people: People) {
    people.paragraphs.forEach((pt, i) => this.order.set(`${pt.file}#${pt.paragraph.number}`, i));
  }

  run(): void {
    const interview = interviewLines(this.people);
    for (const pt of this.people.paragraphs) {
      if (pt.paragraph.embeddedPost) {
        this.embeddedPost(pt);
        continue;
      }
      const line = interview.get(`${pt.file}#${pt.paragraph.number}`);
      if (line) {
        if (line.kind === 'answer') this.interviewAnswer(pt, line);
        continue;
      }
      const spans = findQuoteSpans(pt.text);
      if (!spans.length) continue;
      const tokens = tokenize(pt.text);
      const verdicts: Verdict[] = [];
      const merged: (QuoteOccurrence | undefined)[] = [];
      spans.forEach((span, i) => {
        const own = this.attribute(pt, tokens, spans, i, verdicts);
        const beat = own ? undefined : this.narrativeCue(pt, tokens, spans, i);
        const inherited = own || beat ? undefined : this.inherit(pt, spans, i, merged);
        const verdict = own ?? beat ?? inherited ?? UNATTRIBUTED;
        verdicts.push(verdict);
        merged.push(this.record(pt, spans, i, verdict, own === undefined && beat === undefined));
      });
    }
  }

  private interviewAnswer(pt: ParagraphText, line: InterviewLine): void {
    this.occurrences.push({
      text: line.text,
      file: pt.file,
      paragraph: pt.paragraph.number,
      sentences: [...pt.paragraph.sentences],
      speakerId: line.speakerId,
      attribution: line.speakerId ? 'named' : 'unattributed',
      order: this.position(pt, 0),
    });
  }

  /**
   * A quote with no cue in its own sentence, named by the narration around it in the same paragraph:
   * the subject of the sentence just before ("He laughed. “…”"), or, for a quote that opens the
   * paragraph, the subject of a speech verb in the sentence just after ("“…” Castelo said his side …").
   * Only a pronoun or a person already named in the story counts; nothing new is created from a guess.
   */
  private narrativeCue(pt: ParagraphText, tokens: Token[], spans: QuoteSpan[], i: number): Verdict | undefined {
    const span = spans[i];
    const [sentenceStart] = sentenceBounds(pt, span.open);
    const [, sentenceEnd] = sentenceBounds(pt, Math.max(span.open, span.close - 1));
    const inAnySpan = (offset: number) => spans.some((s) => offset >= s.open && offset <= s.close);
    const outside = (from: number, to: number) => tokens.filter((t) => t.start >= from && t.end <= to && !inAnySpan(t.start));
    // The quote must be its sentence: no narration before it in the sentence.
    if (outside(sentenceStart, span.open).length) return undefined;
    const index = sentenceIndexAt(pt, span.open);
    if (index > 0 && !(i > 0 && spans[i - 1].close >= pt.starts[index - 1])) {
      // The sentence before is narration with no quote in it.
      const [prevStart, prevEnd] = sentenceBounds(pt, pt.starts[index - 1]);
      const words = outside(prevStart, prevEnd);
      const verdict = this.knownSubject(pt, words);
      if (verdict) return verdict;
    }
    const opensParagraph = !/[\p{L}\p{N}]/u.test(pt.text.slice(0, span.open));
    const lastIndex = sentenceIndexAt(pt, Math.max(span.open, span.close - 1));
    if (opensParagraph && outside(span.close, sentenceEnd).filter((t) => /[\p{L}\p{N}]/u.test(t.text)).length === 0 && lastIndex + 1 < pt.starts.length) {
      const [nextStart, nextEnd] = sentenceBounds(pt, pt.starts[lastIndex + 1]);
      if (inAnySpan(nextStart)) return undefined;
      const words = outside(nextStart, nextEnd);
      for (let v = 1; v < Math.min(words.length, 10); v++) {
        if (!isSpeechVerb(words[v].text, false)) continue;
        const subject = subjectBefore(words, v, 0, pt.text);
        if (!subject.phrase || subject.start !== words[0].start) break;
        const first = words[0].text.toLowerCase();
        if (first in PRONOUNS && subject.phrase.length === words[0].text.length) return this.pronoun(pt, words[0].end, PRONOUNS[first]);
        return this.namedIn(pt, subject.start, subject.start + subject.phrase.length);
      }
    }
    return undefined;
  }

  /** The person a sentence opens with, when it is a pronoun or a name the story already knows. */
  private knownSubject(pt: ParagraphText, words: Token[]): Verdict | undefined {
    if (!words.length) return undefined;
    const first = words[0].text.toLowerCase();
    if (first in PRONOUNS && words.length > 1 && /^\p{Ll}/u.test(words[1].text)) return this.pronoun(pt, words[0].end, PRONOUNS[first]);
    let end = 0;
    while (end < words.length && end < 4 && isCapitalised(words[end].text)) end++;
    if (end === 0 || end >= words.length || !/^\p{Ll}/u.test(words[end].text)) return undefined;
    return this.namedIn(pt, words[0].start, words[end - 1].end);
  }

  /** The one known person a phrase ("Rovers manager Rui Castelo") names, ending with their name. */
  private namedIn(pt: ParagraphText, from: number, to: number): Verdict | undefined {
    const mentions = this.people.mentionsIn(pt.file, pt.paragraph.number).filter((m) => m.start >= from && m.end <= to && !m.quoted);
    const ids = new Set(mentions.map((m) => m.personId));
    if (ids.size !== 1 || to - mentions[mentions.length - 1].end > 2) return undefined;
    if (this.people.get(mentions[0].personId)?.kind !== 'person') return undefined;
    return { speakerId: mentions[0].personId, attribution: 'named' };
  }

  private embeddedPost(pt: ParagraphText): void {
    const post = pt.paragraph.embeddedPost!;
    const person = this.people.lookup(post.name, pt.file);
    this.occurrences.push({
      text: pt.text,
      file: pt.file,
      paragraph: pt.paragraph.number,
      sentences: [...pt.paragraph.sentences],
      speakerId: person?.id ?? null,
      attribution: person ? 'named' : 'unattributed',
      order: this.position(pt, 0),
    });
  }

  private position(pt: ParagraphText, offset: number): number {
    return this.order.get(`${pt.file}#${pt.paragraph.number}`)! * 100_000 + offset;
  }

  /** Stores the occurrence; a cue-less continuation of the previous quote in the paragraph joins it. */
  private record(pt: ParagraphText, spans: QuoteSpan[], i: number, verdict: Verdict, inherited: boolean): QuoteOccurrence | undefined {
    const span = spans[i];
    const first = sentenceIndexAt(pt, span.open);
    const last = sentenceIndexAt(pt, Math.max(span.open, span.close - 1));
    const sentences = pt.paragraph.sentences.slice(first, last + 1);
    const previous = this.occurrences[this.occurrences.length - 1];
    if (inherited && i > 0 && previous && previous.file === pt.file && previous.paragraph === pt.paragraph.number && verdict.speakerId === previous.speakerId) {
      previous.text = /[.!?…]$/u.test(previous.text) ? `${previous.text} ${span.text}` : `${previous.text} … ${span.text}`;
      for (const s of sentences) if (!previous.sentences.includes(s)) previous.sentences.push(s);
      return previous;
    }
    const occurrence: QuoteOccurrence = { text: span.text, file: pt.file, paragraph: pt.paragraph.number, sentences, ...verdict, order: this.position(pt, span.open) };
    this.occurrences.push(occurrence);
    return occurrence;
  }

  /** A whole quoted sentence with no cue of its own continues the quote just before it. */
  private inherit(pt: ParagraphText, spans: QuoteSpan[], i: number, merged: (QuoteOccurrence | undefined)[]): Verdict | undefined {
    const span = spans[i];
    const [sentenceStart] = sentenceBounds(pt, span.open);
    const opensSentence = !/[\p{L}\p{N}]/u.test(pt.text.slice(Math.max(sentenceStart, i > 0 ? spans[i - 1].close + 1 : 0), span.open));
    if (!opensSentence) return undefined;
    // A paragraph continues the last quote of the paragraph before only when it opens with a quote.
    const opensParagraph = !/[\p{L}\p{N}]/u.test(pt.text.slice(0, span.open));
    const previous = i > 0 ? merged[i - 1] : opensParagraph ? this.previousParagraphQuote(pt) : undefined;
    if (!previous || previous.speakerId === null) return undefined;
    return { speakerId: previous.speakerId, attribution: previous.attribution, source: previous.source };
  }

  /** The last quote of the paragraph just before, when this paragraph opens with a quote. */
  private previousParagraphQuote(pt: ParagraphText): QuoteOccurrence | undefined {
    const previous = this.occurrences[this.occurrences.length - 1];
    if (!previous || previous.file !== pt.file || previous.paragraph !== pt.paragraph.number - 1) return undefined;
    return previous;
  }

  private attribute(pt: ParagraphText, tokens: Token[], spans: QuoteSpan[], i: number, verdicts: Verdict[]): Verdict | undefined {
    const span = spans[i];
    const inSpan = (t: Token) => spans.some((s) => t.start >= s.open && t.start <= s.close);
    const [sentenceStart] = sentenceBounds(pt, span.open);
    const [, sentenceEnd] = sentenceBounds(pt, Math.max(span.open, span.close - 1));
    const afterEnd = Math.min(i + 1 < spans.length ? spans[i + 1].open : pt.text.length, sentenceEnd + 1);
    const before = tokens.filter((t) => t.start >= sentenceStart && t.end <= span.open && !inSpan(t));
    const after = tokens.filter((t) => t.start > span.close && t.end <= afterEnd);
    const previousInSentence = i > 0 && spans[i - 1].close >= sentenceStart ? verdicts[i - 1] : undefined;
    const closing = pt.text.slice(Math.max(span.open + 1, span.close - 2), span.close);
    const classic = /[,!?…—-]\s*$/.test(closing) || before.length === 0 || /^[,:]$/.test(after[0]?.text ?? '');

    // 1. "…," Trump tweeted. / "…," said Inspector Brandt.
    if (classic && after.length) {
      const verdict = this.afterCue(pt, after, true);
      if (verdict) return verdict;
    }
    // 2–3. He laughed and said: "…" / Flake had labelled it "shameful" / saying "…".
    for (let v = before.length - 1; v >= 0; v--) {
      const adjacent = v >= before.length - 2;
      if (!isSpeechVerb(before[v].text, adjacent)) continue;
      const subject = subjectBefore(before, v, 0, pt.text);
      if (!subject.phrase) {
        if (subject.coordinated && previousInSentence && previousInSentence.speakerId) return previousInSentence;
        continue;
      }
      const verdict = this.resolve(pt, subject.phrase, subject.start);
      if (verdict) return verdict;
    }
    // 4. It was one of the "most disgraceful performances" …, Republican Senator John McCain had said.
    if (after.length) {
      const verdict = this.afterCue(pt, after, false);
      if (verdict) return verdict;
    }
    // 5. according to X
    const sentence = tokens.filter((t) => t.start >= sentenceStart && t.end <= sentenceEnd && !inSpan(t));
    for (let k = 0; k + 2 < sentence.length; k++) {
      if (sentence[k].text.toLowerCase() !== 'according' || sentence[k + 1].text.toLowerCase() !== 'to') continue;
      const subject = subjectAfter(sentence, k + 1, sentence.length, pt.text);
      const verdict = subject.phrase ? this.resolve(pt, subject.phrase, subject.start) : undefined;
      if (verdict) return verdict;
    }
    if (previousInSentence && previousInSentence.speakerId && before.length === 0) return previousInSentence;
    return undefined;
  }

  /** A speech verb after the quote: "…," SUBJECT VERB / "…," VERB SUBJECT / …, SUBJECT had said. */
  private afterCue(pt: ParagraphText, after: Token[], adjacent: boolean): Verdict | undefined {
    const limit = adjacent ? Math.min(after.length, 14) : after.length;
    for (let v = 0; v < limit; v++) {
      if (!isSpeechVerb(after[v].text, adjacent)) continue;
      if (!adjacent) {
        // Only a closing clause ", SUBJECT (had) said." names the speaker of an earlier partial quote.
        const rest = after.slice(v + 1).filter((t) => /[\p{L}\p{N}]/u.test(t.text));
        if (rest.length > 6) continue;
      }
      const subject = subjectBefore(after, v, 0, pt.text);
      if (subject.phrase) {
        if (!adjacent && !after.slice(0, v).some((t) => t.text === ',')) continue;
        return this.resolve(pt, subject.phrase, subject.start) ?? (adjacent ? UNATTRIBUTED : undefined);
      }
      if (adjacent) {
        const inverted = subjectAfter(after, v, after.length, pt.text);
        if (inverted.phrase) return this.resolve(pt, inverted.phrase, inverted.start) ?? UNATTRIBUTED;
      }
      return undefined;
    }
    return undefined;
  }

  /** Who a subject phrase names; undefined when the phrase is not a speaker at all ("On Tuesday"). */
  private resolve(pt: ParagraphText, phrase: string, start: number): Verdict | undefined {
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
    const aged = /^the\s+(\d{1,3})-year-old$/i.exec(text);
    if (aged) return this.ofAge(pt.file, Number(aged[1]));
    // "A spokesperson for the Crown Prosecution Service said": the organisation speaks.
    const forOrganisation = /^(?:[Aa]n?|[Tt]he)\s+(?:[\p{Ll}-]+\s+)?(?:spokes(?:wo)?man|spokesperson|representative|statement)\s+(?:for|from)\s+(?:the\s+)?((?:\p{Lu}[\p{L}&.'’-]*)(?:\s+(?:of|for|and|&|\p{Lu}[\p{L}&.'’-]*))*)$/u.exec(text);
    // The marker may sit in an aside the subject phrase left out (", who asked not to be named,").
    const clause = pt.text.slice(start, start + 240).split(/\b(?:said|says|told|added|wrote|confirmed|stated)\b/)[0];
    if (forOrganisation && !hasAnonymityMarker(text) && !hasAnonymityMarker(clause)) {
      const named = this.people.lookup(forOrganisation[1], pt.file);
      if (!named || named.kind === 'organisation') return { speakerId: this.people.organisation(forOrganisation[1]).id, attribution: 'named' };
    }
    const forOrgNoun = /^(?:[Aa]n?|[Tt]he)\s+(?:[\p{Ll}-]+\s+)?(?:spokes(?:wo)?man|spokesperson|representative)\s+for\s+the\s+(\p{Ll}+)$/u.exec(text);
    if (forOrgNoun && !hasAnonymityMarker(clause)) {
      const organisation = this.organisationCalled(pt, start, forOrgNoun[1]);
      if (organisation) return { speakerId: organisation, attribution: 'named' };
    }
    if (isAnonymous(text)) return { speakerId: null, attribution: 'anonymous', source: text.replace(/^(and|but)\s+/i, '') };
    const end = start + text.length;
    const mentions = this.people.mentionsIn(pt.file, pt.paragraph.number).filter((m) => m.start >= start && m.end <= end);
    if (mentions.length) {
      const distinct = new Set(mentions.map((m) => m.personId));
      const lastMention = mentions[mentions.length - 1];
      // "Trump and Putin said": several speakers, not one.
      if (distinct.size > 1 && /\b(and|&)\b/.test(pt.text.slice(mentions[0].end, lastMention.start))) return UNATTRIBUTED;
      if (end - lastMention.end <= 1) return { speakerId: lastMention.personId, attribution: 'named' };
    }
    const tokens = text.split(/\s+/);
    const head = tokens[tokens.length - 1];
    // "the president", "his spokeswoman": a role; named only when one person clearly holds it.
    const definite = /^(the|his|her|its|their)$/i.test(tokens[0] ?? '') && tokens.length <= 4 && !isCapitalised(head);
    if ((isRoleWord(head) && !isCapitalised(tokens[0] ?? '')) || definite) {
      const holder = isRoleWord(head) ? this.people.roleHolder(head) : undefined;
      if (holder) return { speakerId: holder.id, attribution: 'named' };
      // "the company said" after "Brightwater Homes, which …, said …" in the same paragraph.
      if (/^(the|its)$/i.test(tokens[0]) && ORG_NOUNS.has(head.toLowerCase())) {
        const organisation = this.organisationAntecedent(pt, start);
        if (organisation) return { speakerId: organisation, attribution: 'named' };
      }
      // "the worker" after "One dock worker, who asked not to be named, …": the same anonymous source.
      const source = this.anonymousAntecedent(pt, start, head);
      return source ? { speakerId: null, attribution: 'anonymous', source } : UNATTRIBUTED;
    }
    // A capitalised name: a person the name finder missed, or an organisation ("the White House").
    let bare = tokens[0] && /^the$/i.test(tokens[0]) ? tokens.slice(1) : tokens;
    // "Fergus Lennox KC": letters after a name are not part of it.
    while (bare.length > 2 && isPostNominal(bare[bare.length - 1])) bare = bare.slice(0, -1);
    const properWords = bare.filter((w) => !/^(of|for|and|&|de|du|van|von|der)$/.test(w));
    if (!properWords.length || properWords.some((w) => !isCapitalised(w) || isTimeWord(w) || isFunctionWord(w))) return undefined;
    const name = bare.join(' ').replace(/['’]s$/, '');
    // One capitalised word the story never names in full ("Berge says"): a person or an organisation,
    // nobody can tell; only an acronym ("UEFA") is taken as an organisation.
    if (bare.length === 1 && tokens.length === 1 && !looksLikePerson(name) && !isOrgWord(name) && !/^\p{Lu}{2,}$/u.test(name)) return UNATTRIBUTED;
    if (bare.length <= tokens.length && (bare.length === tokens.length || !/^the$/i.test(tokens[0])) && bare.length <= 3 && !bare.some(isOrgWord) && looksLikePerson(name)) {
      // A surname several people share ("Varga said" with two Vargas in the story) names nobody.
      const person = this.people.single(stripPossessive(name));
      return person ? { speakerId: person.id, attribution: 'named' } : UNATTRIBUTED;
    }
    if (bare.length === 1 && this.people.sharedSurname(bare[0])) return UNATTRIBUTED;
    return { speakerId: this.people.organisation(name).id, attribution: 'named' };
  }

  /** "the authority": the last capitalised name ending in that word earlier in the article ("Coastal Navigation Authority"). */
  private organisationCalled(pt: ParagraphText, offset: number, noun: string): string | undefined {
    if (!ORG_NOUNS.has(noun.toLowerCase())) return undefined;
    const head = noun[0].toUpperCase() + noun.slice(1).toLowerCase();
    const re = new RegExp(`((?:\\p{Lu}[\\p{L}&'’-]*\\s+(?:(?:of|for|and)\\s+)?){1,4})${head}\\b`, 'gu');
    const here = this.order.get(`${pt.file}#${pt.paragraph.number}`)!;
    for (let p = here; p >= 0; p--) {
      const para = this.people.paragraphs[p];
      if (para.file !== pt.file) break;
      const text = p === here ? para.text.slice(0, offset) : para.text;
      const names = [...text.matchAll(re)].map((m) => `${m[1]}${head}`.replace(/^(The|A|An)\s+/, '').trim()).filter((n) => n.split(/\s+/).length >= 2);
      if (names.length) return this.people.organisation(names[names.length - 1]).id;
    }
    return undefined;
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
    const tokens = tokenize(para.text).filter((t) => !spans.some((s) => t.start >= s.open && t.start <= s.close));
    const found: { start: number; verb: number; phrase: string }[] = [];
    tokens.forEach((t, v) => {
      if (!isSpeechVerb(t.text, false)) return;
      const subject = subjectBefore(tokens, v, 0, para.text);
      if (!subject.phrase || !/^(a|an|one|another)\s/i.test(subject.phrase)) return;
      const head = subject.phrase.split(/\s+/).find((w, k, all) => k > 0 && (isRoleWord(w) || PERSON_NOUNS.has(w.toLowerCase()) || /^spokes/i.test(w)) && (k === all.length - 1 || /^(for|from|at|of)$/i.test(all[k + 1])));
      if (head || isAnonymous(subject.phrase)) found.push({ start: subject.start, verb: t.start, phrase: subject.phrase });
    });
    return found;
  }

  /** The organisation an earlier sentence of the paragraph gives as the subject of a speech verb. */
  private organisationAntecedent(pt: ParagraphText, offset: number): string | undefined {
    const spans = findQuoteSpans(pt.text);
    const tokens = tokenize(pt.text, 0, offset).filter((t) => !spans.some((s) => t.start >= s.open && t.start <= s.close));
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
    return undefined;
  }

  /** The one person this article (else the story) gives that age. */
  private ofAge(file: string, age: number): Verdict {
    for (const scope of [(a: { file: string }) => a.file === file, () => true]) {
      const ids = new Set(this.people.ages.filter((a) => a.age === age && scope(a)).map((a) => a.personId));
      if (ids.size === 1) return { speakerId: [...ids][0], attribution: 'named' };
      if (ids.size > 1) return UNATTRIBUTED;
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
    if (!isRoleWord(head) && !PERSON_NOUNS.has(head.toLowerCase())) return undefined;
    for (let p = here; p >= 0 && here - p <= 1; p--) {
      const para = this.people.paragraphs[p];
      if (para.file !== pt.file) break;
      const text = p === here ? para.text.slice(0, offset) : para.text;
      const intro = [...text.matchAll(/(?:^|[.!?]\s+|,\s+)((?:One|one|A|a|An|an|Another|another)\s+[^.;:!?]*)/gu)]
        .map((m) => m[1])
        .filter((phrase) => hasAnonymityMarker(phrase));
      if (intro.length) return intro[intro.length - 1].split(',')[0].trim();
    }
    return undefined;
  }

  /**
   * he / she / they: the previous quote's speaker when close by, else the nearest fitting name. A name of
   * the right gender in the pronoun's own paragraph beats a nearer one of unknown gender; a surname several
   * people share, nearest of all, leaves the pronoun unattributed; "he" is never the narrator ("I").
   */
  private pronoun(pt: ParagraphText, offset: number, kind: 'male' | 'female' | 'plural'): Verdict {
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
    search: for (let p = here; p >= 0 && here - p <= 3; p--) {
      const para = this.people.paragraphs[p];
      if (para.file !== pt.file) break;
      const mentions = this.people.mentionsIn(para.file, para.paragraph.number);
      const ambiguous = kind === 'plural' ? [] : this.people.ambiguous.filter((a) => a.file === para.file && a.paragraph === para.paragraph.number && !(p === here && a.start >= offset));
      const unnamed = kind === 'plural' ? [] : this.unnamedSpeakers(para, p === here ? offset : para.text.length);
      const candidates = [
        ...mentions.filter((m) => !m.quoted && !(p === here && m.start >= offset)).map((m) => ({ id: m.personId as string | null, start: m.start, phrase: '' })),
        ...ambiguous.map((a) => ({ id: null as string | null, start: a.start, phrase: '' })),
        ...unnamed.map((u) => ({ id: null as string | null, start: u.start, phrase: u.phrase })),
      ].sort((a, b) => b.start - a.start);
      for (const c of candidates) {
        if (c.id === null) {
          if (nearest) break search;
          // "A spokeswoman for the authority said …. “…,” she said": the same unnamed speaker.
          if (!c.phrase) return UNATTRIBUTED;
          const verdict = this.resolve(para, c.phrase, c.start);
          return verdict && verdict.attribution !== 'pronoun' ? verdict : UNATTRIBUTED;
        }
        if (!fits(c.id)) continue;
        const found = { id: c.id, at: this.position(para, c.start), paragraph: p };
        nearest ??= found;
        if (exact(c.id)) {
          nearestExact = found;
          break search;
        }
        if (p !== here) break search;
      }
    }
    if (nearest && nearestExact && nearest !== nearestExact && nearestExact.paragraph === here && !exact(nearest.id)) nearest = nearestExact;
    // "…," he added: the speaker of the quote just before, unless someone fitting was named since.
    const previous = [...this.occurrences].reverse().find((o) => o.file === pt.file);
    const close = previous && previous.speakerId && here - this.order.get(`${previous.file}#${previous.paragraph}`)! <= 1 && fits(previous.speakerId);
    if (close && (!nearest || nearest.at < previous.order)) return { speakerId: previous.speakerId, attribution: 'pronoun' };
    if (nearest) return { speakerId: nearest.id, attribution: 'pronoun' };
    return UNATTRIBUTED;
  }
}

function analyse(story: Story): QuoteAnalysis {
  const people = peopleOf(story);
  const attributor = new Attributor(story, people);
  attributor.run();
  const occurrences = attributor.occurrences;
  const groups = groupOccurrences(occurrences).sort(
    (a, b) => Math.min(...a.members.map((m) => m.occurrence.order)) - Math.min(...b.members.map((m) => m.occurrence.order)),
  );
  const quotes = groups.map((g) => buildQuote(story, people, g));
  const speakerIds = groups.map((g) => g.speakerId);
  const counts = new Map<string, number>();
  for (const id of speakerIds) if (id) counts.set(id, (counts.get(id) ?? 0) + 1);
  const speakers: SpeakerEntry[] = [...counts.entries()]
    .map(([id, quotes]) => {
      const p = people.get(id)!;
      return { id, name: p.name, aliases: p.aliases, description: p.description, kind: p.kind, quotes };
    })
    .sort((a, b) => b.quotes - a.quotes || a.name.localeCompare(b.name));
  return { quotes, speakerIds, occurrences, speakers, people };
}

/** Every quote of the story with its speaker, computed once per Story object. */
export const quotesOf: (story: Story) => QuoteAnalysis = perStory(analyse);
