/**
 * What the quote cue rules (quoteCues.ts) read and hand on: a quote's site (its paragraph, tokens, the
 * narration before and after it in its sentence, computed once per quote), the candidates a cue gives (a
 * speaker phrase for the resolver, or a speaker the cue names itself), and the finders that need to know
 * who the story names (the participle's subject, the name in apposition, the antecedent of "which").
 */
import type { People } from './people.ts';
import type { SpeakerResolver } from './quoteSpeakers.ts';
import { inSomeSpan, tokensOutside, type QuoteSpan } from './quoteSpans.ts';
import type { QuoteOccurrence, Verdict } from './quoteTypes.ts';
import { lowerBound } from '../search/lowerBound.ts';
import { hasAnonymityMarker, isSpeechVerb, PRONOUNS, subjectBefore } from './speechCues.ts';
import { isFunctionWord, isRoleWord, isTimeWord } from './speechLexicon.ts';
import { isCapitalised, sentenceBounds, tokenize, tokensBetween, type ParagraphText, type Token } from './speechText.ts';

/** One quote and the text around it, as every cue rule reads it. Plain data, computed once per quote. */
export interface QuoteSite {
  pt: ParagraphText;
  /** The paragraph's tokens (quotes included). */
  tokens: Token[];
  spans: QuoteSpan[];
  /** spans[i] is this quote. */
  i: number;
  span: QuoteSpan;
  sentenceStart: number;
  sentenceEnd: number;
  /** The sentence's words before the quote, outside every quote. */
  before: Token[];
  /** The words after the quote, up to the next quote or the sentence's end. */
  after: Token[];
  /** The verdict on the quote before, when it is in the same sentence ("“A,” she said, “B.”"). */
  previousInSentence: Verdict | undefined;
  /** The quote ends like a quote a cue follows ("…," / "…?" / "…—") or has nothing before it. */
  classic: boolean;
  /** The occurrences recorded for the paragraph's earlier quotes (merged[k] for spans[k]). */
  merged: readonly (QuoteOccurrence | undefined)[];
}

/** What the cue rules may ask beyond the text: who the story names, and the speaker resolver. */
export interface CueScope {
  people: People;
  speakers: SpeakerResolver;
  /** The quotes recorded so far, in story order. */
  occurrences: readonly QuoteOccurrence[];
  /** The paragraph just before this one in the story's order. */
  paragraphBefore(pt: ParagraphText): ParagraphText | undefined;
}

/**
 * What a cue rule gives: a speaker phrase and where it starts, for the resolver to name (`orElse` when it
 * names nobody, else the next rule is tried), or a verdict the cue gives itself (a known person's mention,
 * a pronoun, the speaker of the quote before). `rule` is the cue rule's id, `evidence` the words it read.
 */
export type CueCandidate = { rule: string; evidence: string } & ({ phrase: string; start: number; orElse?: Verdict } | { verdict: Verdict });

/** The words of a span of the paragraph, outside the quotes. */
export function outside(site: QuoteSite, from: number, to: number): Token[] {
  return tokensBetween(tokensOutside(site.tokens, site.spans), from, to);
}

/**
 * Where, in a paragraph's words outside its quotes, the speech verbs (`isSpeechVerb(word, false)`) and the
 * "according to"s are: found once per paragraph, not once per quote. A paragraph with hundreds of quotes and no
 * full stop (one long sentence) made every quote read every word before it.
 */
export interface OutsideMarks {
  /** The paragraph's words outside its quotes (what `before` and the sentence's words are runs of). */
  words: readonly Token[];
  /** Indexes into `words`, ascending. */
  verbs: readonly number[];
  accordingTo: readonly number[];
}

const recentMarks: OutsideMarks[] = [];

export function outsideMarks(site: QuoteSite): OutsideMarks {
  const words = tokensOutside(site.tokens, site.spans);
  let found = recentMarks.find((m) => m.words === words);
  if (!found) {
    const verbs: number[] = [];
    const accordingTo: number[] = [];
    for (let k = 0; k < words.length; k++) {
      const word = words[k].text;
      if (isSpeechVerb(word, false)) verbs.push(k);
      if (k + 1 < words.length && word.toLowerCase() === 'according' && words[k + 1].text.toLowerCase() === 'to') accordingTo.push(k);
    }
    found = { words, verbs, accordingTo };
    // The last few paragraphs' (their quotes are read in turn).
    if (recentMarks.length >= 4) recentMarks.shift();
    recentMarks.push(found);
  }
  return found;
}

/** Where a run of the paragraph's outside words (`before`, a sentence's words) starts in them; -1 when it is not one. */
export function runStart(marks: OutsideMarks, run: readonly Token[]): number {
  if (!run.length) return -1;
  const { words } = marks;
  const at = lowerBound(words.length, (i) => words[i].start < run[0].start);
  return words[at] === run[0] && words[at + run.length - 1] === run[run.length - 1] ? at : -1;
}

/** The text from the first to the last of some tokens. */
export function wordsOf(pt: ParagraphText, tokens: readonly Token[]): string {
  return tokens.length ? pt.text.slice(tokens[0].start, tokens[tokens.length - 1].end) : '';
}

const person = (scope: CueScope, id: string): boolean => scope.people.get(id)?.kind === 'person';
const named = (speakerId: string): Verdict => ({ speakerId, attribution: 'named' });

/** The person a sentence opens with, when it is a pronoun or a name the story already knows. */
export function knownSubject(scope: CueScope, pt: ParagraphText, words: Token[]): Verdict | undefined {
  if (!words.length) return undefined;
  const first = words[0].text.toLowerCase();
  if (first in PRONOUNS && words.length > 1 && /^\p{Ll}/u.test(words[1].text)) return scope.speakers.pronoun(pt, words[0].end, PRONOUNS[first]);
  let end = 0;
  while (end < words.length && end < 4 && isCapitalised(words[end].text)) end++;
  if (end === 0 || end >= words.length || !/^\p{Ll}/u.test(words[end].text)) return undefined;
  return namedIn(scope, pt, words[0].start, words[end - 1].end);
}

/** The one known person a phrase ("Rovers manager Rui Castelo") names, ending with their name. */
export function namedIn(scope: CueScope, pt: ParagraphText, from: number, to: number): Verdict | undefined {
  const mentions = scope.people.mentionsIn(pt.file, pt.paragraph.number).filter((m) => m.start >= from && m.end <= to && !m.quoted);
  const ids = new Set(mentions.map((m) => m.personId));
  if (ids.size !== 1 || to - mentions[mentions.length - 1].end > 2) return undefined;
  if (!person(scope, mentions[0].personId)) return undefined;
  return named(mentions[0].personId);
}

/**
 * "Marten Holm, the driver’s father, gave the following statement:" then a paragraph that is a quote: the
 * speaker is the subject of the paragraph before, when it has no quote of its own and ends with a colon.
 */
export function introducedBefore(scope: CueScope, pt: ParagraphText, hasQuote: (text: string) => boolean): Verdict | undefined {
  const previous = scope.paragraphBefore(pt);
  if (!previous || previous.file !== pt.file || !/:\s*$/.test(previous.text) || hasQuote(previous.text)) return undefined;
  const [start, end] = sentenceBounds(previous, previous.text.length - 1);
  const viaPronoun = knownSubject(scope, previous, tokenize(previous.text, start, end));
  if (viaPronoun) return viaPronoun;
  const subject = scope.speakers.sentenceSubject(previous, end - 1);
  if (!subject || !person(scope, subject.personId)) return undefined;
  return named(subject.personId);
}

/**
 * "Analyst Ken Moberg raised concerns about the plan, stating, “…”" / "…, with Harold Myre releasing a
 * statement, saying: “…”": a participle after a comma speaks for the one doing the "with …" clause, else
 * for the subject of the sentence. Only a known person counts.
 */
export function participleSpeaker(scope: CueScope, pt: ParagraphText, tokens: Token[], verb: number): Verdict | undefined {
  if (!/ing$/i.test(tokens[verb].text) || tokens[verb - 1]?.text !== ',') return undefined;
  const [sentenceStart] = sentenceBounds(pt, tokens[verb].start);
  const mentions = scope.people.mentionsIn(pt.file, pt.paragraph.number).filter((m) => !m.quoted && m.start >= sentenceStart && m.end <= tokens[verb].start);
  const withClause = tokens.findLastIndex((t, k) => k < verb && t.start >= sentenceStart && /^with$/i.test(t.text));
  if (withClause >= 0) {
    const agent = mentions.find((m) => m.start === tokens[withClause + 1]?.start);
    return agent && person(scope, agent.personId) ? named(agent.personId) : undefined;
  }
  const subject = scope.speakers.sentenceSubject(pt, tokens[verb].start);
  if (!subject || !person(scope, subject.personId)) return undefined;
  // Someone else named between the subject and the participle may be who it means.
  if (mentions.some((m) => m.personId !== subject.personId)) return undefined;
  return named(subject.personId);
}

const BETWEEN_RELATIVE_AND_VERB = /^(?:had|has|have|also|later|then|once|repeatedly|again|earlier)$/i;
const NAME_JOINER = /^(?:of|for|and|&)$/;

/**
 * "the Nordic Polar Research Council, which said …" / "The Deputy Speaker, who had shouted …": the
 * speaker is the name before the relative pronoun; "which" must name an organisation, "who" a person.
 */
export function relativeAntecedent(scope: CueScope, pt: ParagraphText, tokens: Token[], verb: number): Verdict | undefined {
  let k = verb - 1;
  while (k > 0 && BETWEEN_RELATIVE_AND_VERB.test(tokens[k].text)) k--;
  const relative = tokens[k]?.text.toLowerCase();
  if ((relative !== 'who' && relative !== 'which') || tokens[k - 1]?.text !== ',' || k < 2) return undefined;
  let j = k - 2;
  while (j > 0 && k - 2 - j < 6 && (isCapitalised(tokens[j - 1].text) || NAME_JOINER.test(tokens[j - 1].text))) j--;
  while (j < k - 2 && NAME_JOINER.test(tokens[j].text)) j++;
  if (!isCapitalised(tokens[j].text) || !isCapitalised(tokens[k - 2].text)) return undefined;
  if (j > 0 && /^the$/i.test(tokens[j - 1].text)) j--;
  // A sentence's first word is capitalised anyway ("Then the council, which …"): the run must start a name.
  if (isFunctionWord(tokens[j].text) && !/^the$/i.test(tokens[j].text)) return undefined;
  const verdict = scope.speakers.resolve(pt, pt.text.slice(tokens[j].start, tokens[k - 2].end), tokens[j].start);
  const kind = verdict?.speakerId ? scope.people.get(verdict.speakerId)?.kind : undefined;
  if (!verdict || !kind || (kind === 'organisation') !== (relative === 'which')) return undefined;
  return verdict;
}

/**
 * "Brightfold's chief technology officer, Xiuying Bao, said": a role for subject with the name in
 * apposition between commas, just before the verb. Only a known person counts.
 */
export function appositiveSpeaker(scope: CueScope, pt: ParagraphText, tokens: Token[], verb: number): Verdict | undefined {
  if (verb < 4 || tokens[verb - 1].text !== ',') return undefined;
  let k = verb - 2;
  while (k > 0 && verb - k <= 6 && tokens[k].text !== ',') k--;
  if (tokens[k].text !== ',' || k < 1) return undefined;
  // The subject is a role: "chief technology officer", or a definite or possessive phrase ("The council's culture lead").
  const subject = tokens.slice(Math.max(0, k - 6), k).map((t) => t.text);
  const possessive = /^(?:the|its|his|her|their)$/i.test(subject[0] ?? '') || subject.some((w) => /['’]s$/.test(w));
  if (!isRoleWord(tokens[k - 1].text) && !(possessive && /^\p{Ll}/u.test(tokens[k - 1].text))) return undefined;
  const from = tokens[k + 1].start;
  const to = tokens[verb - 2].end;
  const mentions = scope.people.mentionsIn(pt.file, pt.paragraph.number).filter((m) => !m.quoted && m.start >= from && m.end <= to);
  if (mentions.length !== 1 || mentions[0].start !== from || to - mentions[0].end > 2) return undefined;
  if (!person(scope, mentions[0].personId)) return undefined;
  return named(mentions[0].personId);
}

/**
 * "One executive at a laptop maker …, who asked not to be named …, said": a sentence that opens with an
 * indefinite speaker and says outright that they are not named is an anonymous source, however long
 * the phrase between.
 */
export function anonymousLead(scope: CueScope, pt: ParagraphText, tokens: Token[], verb: number): Verdict | undefined {
  const [sentenceStart] = sentenceBounds(pt, tokens[verb].start);
  const first = tokens.find((t) => t.start >= sentenceStart);
  if (!first || first.start >= tokens[verb].start) return undefined;
  const lead = pt.text.slice(first.start, tokens[verb].start);
  if (!/^(?:One|A|An|Another|Two|Three|Several|Some)\s/.test(lead) || !hasAnonymityMarker(lead) || /["“”]/.test(lead)) return undefined;
  // The lead must be the verb's subject: no other clause once the asides are left out.
  const core = lead.replace(/,[^,]*(?:,|$)/g, ' ');
  if (/\b(?:and|but|while|after|before|when|was|were|is|are|has|have|had)\b/i.test(core)) return undefined;
  if (scope.people.mentionsIn(pt.file, pt.paragraph.number).some((m) => m.start >= first.start && m.end <= tokens[verb].start)) return undefined;
  return { speakerId: null, attribution: 'anonymous', source: lead.split(',')[0].trim() };
}

/**
 * "the warning was", "her claims": a speech word after a determiner is a noun, not the verb of a speaker;
 * "the Northern States’ chief", "Calls Landing": capitalised after a capitalised word, it is part of a name.
 */
export function isNounUse(tokens: Token[], v: number): boolean {
  if (v > 0 && /^\p{Lu}/u.test(tokens[v].text) && /^\p{Lu}/u.test(tokens[v - 1].text) && tokens[v].start - tokens[v - 1].end <= 1) return true;
  return v > 0 && /^(?:the|a|an|his|her|its|their|this|that|our|my|your|whose)$/i.test(tokens[v - 1].text);
}

/** The subject of a speech verb in `tokens` (memoised per site and verb: several rules read it). */
export function subjectOf(pt: ParagraphText, tokens: Token[], verb: number): ReturnType<typeof subjectBefore> {
  let bySite = recentSubjects.find((r) => r.tokens === tokens && r.text === pt.text)?.subjects;
  if (!bySite) {
    // The last few paragraphs' (their quotes are read in turn; a weak map per paragraph cost more).
    if (recentSubjects.length >= 4) recentSubjects.shift();
    recentSubjects.push({ tokens, text: pt.text, subjects: (bySite = new Map()) });
  }
  let subject = bySite.get(verb);
  if (!subject) bySite.set(verb, (subject = subjectBefore(tokens, verb, 0, pt.text)));
  return subject;
}
const recentSubjects: { tokens: Token[]; text: string; subjects: Map<number, ReturnType<typeof subjectBefore>> }[] = [];

/**
 * Whether the narration of a paragraph (outside its quotes) names anyone but `speakerId`: a known person,
 * or a run of two or more capitalised words the name finder could not place ("Eustace Varnham-Oduya
 * spent the night on his roof").
 */
export function namesSomeoneElse(scope: CueScope, pt: ParagraphText, spans: QuoteSpan[], speakerId: string): boolean {
  const inQuote = (offset: number) => inSomeSpan(spans, offset);
  const mentions = scope.people.mentionsIn(pt.file, pt.paragraph.number).filter((m) => !m.quoted && !inQuote(m.start));
  if (mentions.some((m) => m.personId !== speakerId)) return true;
  const words = tokenize(pt.text).filter((t) => !inQuote(t.start) && !mentions.some((m) => t.start >= m.start && t.end <= m.end));
  for (let k = 0; k + 1 < words.length; k++) {
    const [a, b] = [words[k], words[k + 1]];
    if (b.start - a.end > 1 || !isCapitalised(a.text) || !isCapitalised(b.text)) continue;
    if ([a, b].some((t) => isFunctionWord(t.text) || isTimeWord(t.text) || isRoleWord(t.text))) continue;
    return true;
  }
  return false;
}
