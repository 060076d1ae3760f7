/**
 * The quote cue rules: how a quote's own text around it tells who spoke, and where the speaker phrase sits
 * ("“…,” Okafor said" / "“…,” said Okafor" / "according to Okafor" / ", stating, “…”" / "… gave the
 * following statement:" then the quote). Each row finds candidates for one quote site (quoteCueFinders.ts):
 * a speaker phrase the resolver (quoteSpeakers.ts) names, or a speaker the cue names itself. The first
 * candidate that names someone decides; the decision carries the row's id.
 *
 * Rows run in the order listed, by where the cue sits: after the quote, before it (the before-quote rows
 * once per speech verb, from the one nearest the quote back to the sentence's start), elsewhere in the
 * sentence, in the narration around a quote that is a sentence alone, and last the continuation of the
 * quote before. Examples and non-examples are article bodies (under a headline), written for the table; the quote a
 * rule is tried on is the last one of the text unless `given.quote` names words of another.
 */
import { lowerBound } from '../search/lowerBound.ts';
import { articleFromText } from '../story/loadStory.ts';
import { Story } from '../story/story.ts';
import { findQuoteSpans, inSomeSpan } from './quoteSpans.ts';
import {
  anonymousLead,
  appositiveSpeaker,
  introducedBefore,
  isNounUse,
  knownSubject,
  namedIn,
  namesSomeoneElse,
  outside,
  outsideMarks,
  participleSpeaker,
  relativeAntecedent,
  runStart,
  subjectOf,
  wordsOf,
  type CueCandidate,
  type CueScope,
  type QuoteSite,
} from './quoteCueFinders.ts';
import { UNATTRIBUTED, type QuoteOccurrence, type Verdict } from './quoteTypes.ts';
import { tryCueRule } from './quotes.ts';
import { ruleTable, type NamedRule } from './rules/ruleTable.ts';
import { isSpeechVerb, PRONOUNS, subjectAfter } from './speechCues.ts';
import { sentenceBounds, sentenceIndexAt, type Token } from './speechText.ts';

/** Where a cue sits, in the order the groups run. */
export const CUE_PLACES = ['after-quote', 'before-quote', 'sentence', 'narration', 'continuation'] as const;
export type CuePlace = (typeof CUE_PLACES)[number];

interface CueRuleBase extends NamedRule<CueExpect> {
  where: CuePlace;
}

/** A rule that reads the site as a whole. */
export interface SiteCueRule extends CueRuleBase {
  where: Exclude<CuePlace, 'before-quote'>;
  find(site: QuoteSite, scope: CueScope): readonly CueCandidate[];
}

/** A rule tried at each speech verb before the quote (`verb` indexes site.before). */
export interface VerbCueRule extends CueRuleBase {
  where: 'before-quote';
  atVerb(site: QuoteSite, scope: CueScope, verb: number): readonly CueCandidate[];
}

export type CueRule = SiteCueRule | VerbCueRule;

/** What a rule's example expects: who the quote goes to (a name, or null for nobody) and how. */
export interface CueExpect {
  speaker: string | null;
  attribution?: 'named' | 'pronoun' | 'anonymous' | 'unattributed';
}

const NONE: readonly CueCandidate[] = [];
const hasWords = (text: string): boolean => /[\p{L}\p{N}]/u.test(text);
const decided = (rule: string, evidence: string, verdict: Verdict | undefined): readonly CueCandidate[] => (verdict ? [{ rule, evidence, verdict }] : NONE);

/** The first speech verb after the quote, within 14 words: "“…,” Okafor said" / "“…,” said Okafor". */
function verbRightAfter(site: QuoteSite): number {
  if (!site.classic || !site.after.length) return -1;
  const limit = Math.min(site.after.length, 14);
  for (let v = 0; v < limit; v++) if (isSpeechVerb(site.after[v].text, true) && !isNounUse(site.after, v)) return v;
  return -1;
}

/**
 * The first speech verb of a closing clause after a partial quote (", Senator Ruth Abara had said."): at
 * most six words after it, and a comma between the quote and the speaker. -1 when there is none.
 */
function closingClauseVerb(site: QuoteSite): number {
  const { after, pt } = site;
  for (let v = 0; v < after.length; v++) {
    if (!isSpeechVerb(after[v].text, false) || isNounUse(after, v)) continue;
    if (after.slice(v + 1).filter((t) => hasWords(t.text)).length > 6) continue;
    if (subjectOf(pt, after, v).phrase && !after.slice(0, v).some((t) => t.text === ',')) continue;
    return v;
  }
  return -1;
}

/** The words before a colon that ends the narration ("Maalouf-Sorensen was blunt:"), after its last comma. */
function colonClause(site: QuoteSite): Token[] | undefined {
  const { before, after, span, sentenceEnd, previousInSentence } = site;
  const rest = after.filter((t) => hasWords(t.text) && t.end <= sentenceEnd);
  if (before.length <= 2 || before[before.length - 1].text !== ':' || rest.length || !/^\p{Lu}/u.test(span.text) || previousInSentence) return undefined;
  const clause = before.slice(0, -1);
  const comma = clause.map((t) => t.text).lastIndexOf(',');
  return clause.slice(comma + 1);
}

/** Whether the quote opens its paragraph. */
const opensParagraph = (site: QuoteSite): boolean => !hasWords(site.pt.text.slice(0, site.span.open));

/**
 * The narration of the sentence after a quote that is a paragraph's first sentence alone ("“…” Castelo
 * said his side …"), or undefined when there is no such sentence or it holds a quote.
 */
function sentenceAfter(site: QuoteSite): { start: number; end: number; words: Token[] } | undefined {
  const { pt, span, spans, sentenceEnd } = site;
  if (site.before.length || !opensParagraph(site)) return undefined;
  const lastIndex = sentenceIndexAt(pt, Math.max(span.open, span.close - 1));
  if (outside(site, span.close, sentenceEnd).some((t) => hasWords(t.text)) || lastIndex + 1 >= pt.starts.length) return undefined;
  const [start, end] = sentenceBounds(pt, pt.starts[lastIndex + 1]);
  if (inSomeSpan(spans, start)) return undefined;
  return { start, end, words: outside(site, start, end) };
}

/** "“…” That is how Tobias Kwarteng remembers it." / "So says Ann Lee." / "The verdict comes from …". */
const NAMED_NEXT = /^(?:(?:That|This|Those|These)(?:\s+is|\s+was|\s+are|\s+were|['’]s)\s+(?:how|what|the\s+(?:view|verdict|words?|assessment)\s+of)|So\s+says|(?:The|That|This)\s+(?:verdict|view|assessment|remark|comment|warning|words?)\s+(?:comes?|came)\s+from)\s+/u;

/** "All he offers is: “Well.”" / "What she said was: “…”". */
const WHAT_HE_SAID = /^(?:[Aa]nd\s+)?(?:[Aa]ll|[Ww]hat)\s+(?<pronoun>he|she)\s+(?:\p{Ll}+\s+){1,2}(?:is|was)$/u;

const HYPOTHETICAL_OPENER = /^(?:if|when|whenever|unless|once|suppose)$/;

const AFTER_QUOTE: readonly SiteCueRule[] = [
  {
    id: 'cue.after-quote.name-said',
    note: 'The speaker named right after the quote, then the verb: "“…,” Okafor said." An unknown name leaves the quote unattributed.',
    where: 'after-quote',
    find(site) {
      const v = verbRightAfter(site);
      const subject = v >= 0 ? subjectOf(site.pt, site.after, v) : undefined;
      if (!subject?.phrase) return NONE;
      return [{ rule: this.id, evidence: site.pt.text.slice(subject.start, site.after[v].end), phrase: subject.phrase, start: subject.start, orElse: UNATTRIBUTED }];
    },
    examples: [
      { text: 'Nadia Okafor runs the ferry company.\n\n“We sail at dawn,” Okafor said.', expect: { speaker: 'Nadia Okafor', attribution: 'named' } },
      { text: 'Nadia Okafor runs the ferry company.\n\n“Why now?” she asked.', expect: { speaker: 'Nadia Okafor' } },
    ],
    notMatching: ['“We sail at dawn,” said Nadia Okafor.', 'The ferry sails at dawn.\n\n“We sail at dawn” is painted on the hull.'],
  },
  {
    id: 'cue.after-quote.said-name',
    note: 'The verb right after the quote, then the speaker: "“…,” said Inspector Tomas Brandt of the harbour police."',
    where: 'after-quote',
    find(site) {
      const v = verbRightAfter(site);
      if (v < 0 || subjectOf(site.pt, site.after, v).phrase) return NONE;
      const inverted = subjectAfter(site.after, v, site.after.length, site.pt.text);
      if (!inverted.phrase) return NONE;
      return [{ rule: this.id, evidence: `${site.after[v].text} ${inverted.phrase}`, phrase: inverted.phrase, start: inverted.start, orElse: UNATTRIBUTED }];
    },
    examples: [{ text: '“We sail at dawn,” said Nadia Okafor, who runs the ferry company.', expect: { speaker: 'Nadia Okafor', attribution: 'named' } }],
    notMatching: ['Nadia Okafor runs the ferry company.\n\n“We sail at dawn,” Okafor said.', '“We sail at dawn.” The ferry left at noon.'],
  },
];

const BEFORE_QUOTE: readonly VerbCueRule[] = [
  {
    id: 'cue.before-quote.participle',
    note: 'A participle after a comma speaks for the sentence\'s subject, or for the one in a "with …" clause: "Okafor closed the pier, stating, “…”".',
    where: 'before-quote',
    atVerb(site, scope, v) {
      return decided(this.id, site.before[v].text, participleSpeaker(scope, site.pt, site.before, v));
    },
    examples: [{ text: 'Nadia Okafor runs the ferry company.\n\nOkafor closed the pier on Monday, stating, “The tide is too high.”', expect: { speaker: 'Nadia Okafor' } }],
    notMatching: ['Nadia Okafor runs the ferry company.\n\nOkafor said: “The tide is too high.”', 'The pier closed on Monday, stating, “The tide is too high.”'],
  },
  {
    id: 'cue.before-quote.role-comma-name',
    note: 'A role as subject with the name between commas just before the verb: "The company\'s harbour master, Nadia Okafor, said “…”".',
    where: 'before-quote',
    atVerb(site, scope, v) {
      return decided(this.id, wordsOf(site.pt, site.before.slice(Math.max(0, v - 6), v + 1)), appositiveSpeaker(scope, site.pt, site.before, v));
    },
    examples: [{ text: 'The ferry company’s harbour master, Nadia Okafor, said “The tide is too high.”', expect: { speaker: 'Nadia Okafor' } }],
    notMatching: ['Nadia Okafor, the harbour master, said “The tide is too high.”', 'The harbour master said “The tide is too high.”'],
  },
  {
    id: 'cue.before-quote.anonymous-lead',
    note: 'A sentence opening with an indefinite speaker who is said outright not to be named is an anonymous source.',
    where: 'before-quote',
    atVerb(site, scope, v) {
      return decided(this.id, site.before[v].text, anonymousLead(scope, site.pt, site.before, v));
    },
    examples: [{ text: 'One deckhand on the night shift, who asked not to be named, said “Nobody checked the ropes.”', expect: { speaker: null, attribution: 'anonymous' } }],
    notMatching: ['One deckhand on the night shift said “Nobody checked the ropes.”', 'The deckhand, who asked not to be named, said “Nobody checked the ropes.”'],
  },
  {
    id: 'cue.before-quote.and-said',
    note: 'A verb with no subject of its own after "and": the speaker of the quote before in the sentence ("“…,” she said, and added: “…”").',
    where: 'before-quote',
    atVerb(site, _scope, v) {
      const subject = subjectOf(site.pt, site.before, v);
      if (subject.phrase || !subject.coordinated || !site.previousInSentence?.speakerId) return NONE;
      return decided(this.id, wordsOf(site.pt, site.before.slice(Math.max(0, v - 1), v + 1)), site.previousInSentence);
    },
    examples: [{ text: 'Nadia Okafor runs the ferry company.\n\n“We sail at dawn,” Okafor said and added: “Weather permitting.”', expect: { speaker: 'Nadia Okafor' } }],
    notMatching: ['Nadia Okafor runs the ferry company.\n\n“We sail at dawn,” Okafor said. The crew nodded and said: “Weather permitting.”', 'The crew laughed and said: “Weather permitting.”'],
  },
  {
    id: 'cue.before-quote.relative-pronoun',
    note: 'The name before ", which said" (an organisation) or ", who said" (a person) is the speaker.',
    where: 'before-quote',
    atVerb(site, scope, v) {
      if (subjectOf(site.pt, site.before, v).phrase) return NONE;
      return decided(this.id, wordsOf(site.pt, site.before.slice(Math.max(0, v - 2), v + 1)), relativeAntecedent(scope, site.pt, site.before, v));
    },
    examples: [{ text: 'The ferry was inspected by the Coastal Safety Board, which said it was “fit to sail”.', expect: { speaker: 'Coastal Safety Board' } }],
    notMatching: ['The ferry was inspected on Monday, which said a lot about it being “fit to sail”.', 'The ferry was inspected by the Coastal Safety Board, who said it was “fit to sail”.'],
  },
  {
    id: 'cue.before-quote.hypothetical',
    note: 'A speaker in a condition says nothing: "If your captain says “stay below”, stay below."',
    where: 'before-quote',
    atVerb(site, _scope, v) {
      const { before } = site;
      const subject = subjectOf(site.pt, before, v);
      if (!subject.phrase) return NONE;
      const opener = before[before.findIndex((t) => t.start === subject.start) - 1]?.text.toLowerCase();
      if (!opener || !HYPOTHETICAL_OPENER.test(opener) || !/s$/i.test(before[v].text)) return NONE;
      return decided(this.id, `${opener} ${subject.phrase} ${before[v].text}`, UNATTRIBUTED);
    },
    examples: [{ text: 'Nadia Okafor runs the ferry company.\n\nIf the captain says “stay below”, passengers stay below.', expect: { speaker: null, attribution: 'unattributed' } }],
    notMatching: ['Nadia Okafor runs the ferry company.\n\nOkafor says “stay below”.', 'If the captain said “stay below”, passengers stayed below.'],
  },
  {
    id: 'cue.before-quote.name-said',
    note: 'The subject of a speech verb before the quote: "Okafor said: “…”", "Okafor had called it “reckless”".',
    where: 'before-quote',
    atVerb(site, _scope, v) {
      const subject = subjectOf(site.pt, site.before, v);
      if (!subject.phrase) return NONE;
      return [{ rule: this.id, evidence: site.pt.text.slice(subject.start, site.before[v].end), phrase: subject.phrase, start: subject.start }];
    },
    examples: [
      { text: 'Nadia Okafor runs the ferry company.\n\nOkafor told reporters: “We sail at dawn.”', expect: { speaker: 'Nadia Okafor' } },
      { text: 'Nadia Okafor runs the ferry company.\n\nOkafor had called the delay “reckless”.', expect: { speaker: 'Nadia Okafor' } },
    ],
    notMatching: ['Nadia Okafor runs the ferry company.\n\nOkafor said the sign was clear. It read “closed”.', 'Nadia Okafor runs the ferry company.\n\nHer warning was “stay below”.'],
  },
];

const SENTENCE: readonly SiteCueRule[] = [
  {
    id: 'cue.sentence.closing-clause',
    note: 'A partial quote earlier in the sentence, then a short closing clause after a comma: "…, Councillor Ruth Abara had said."',
    where: 'sentence',
    find(site) {
      const v = closingClauseVerb(site);
      const subject = v >= 0 ? subjectOf(site.pt, site.after, v) : undefined;
      if (!subject?.phrase) return NONE;
      return [{ rule: this.id, evidence: site.pt.text.slice(subject.start, site.after[v].end), phrase: subject.phrase, start: subject.start }];
    },
    examples: [{ text: 'Ruth Abara chairs the harbour council.\n\nThe new pier was “a monument to waste” and “a hazard”, Abara had said.', expect: { speaker: 'Ruth Abara' } }],
    notMatching: ['Ruth Abara chairs the harbour council.\n\nThe new pier was “a monument to waste”, and it cost more than the council said it would in its first budget for the year.', 'The new pier was called “a hazard”.'],
  },
  {
    id: 'cue.sentence.according-to',
    note: '"according to X" anywhere in the quote\'s sentence names X.',
    where: 'sentence',
    find(site) {
      const marks = outsideMarks(site);
      const { sentenceStart, sentenceEnd } = site;
      // The paragraph's "according to"s in this sentence (found once per paragraph).
      if (!marks.accordingTo.some((k) => marks.words[k].start >= sentenceStart && marks.words[k].end <= sentenceEnd)) return NONE;
      const sentence = outside(site, sentenceStart, sentenceEnd);
      const found: CueCandidate[] = [];
      for (let k = 0; k + 2 < sentence.length; k++) {
        if (sentence[k].text.toLowerCase() !== 'according' || sentence[k + 1].text.toLowerCase() !== 'to') continue;
        const subject = subjectAfter(sentence, k + 1, sentence.length, site.pt.text);
        if (subject.phrase) found.push({ rule: this.id, evidence: `according to ${subject.phrase}`, phrase: subject.phrase, start: subject.start });
      }
      return found;
    },
    examples: [{ text: 'Ruth Abara chairs the harbour council.\n\nThe pier is “safe for now”, according to Abara.', expect: { speaker: 'Ruth Abara' } }],
    notMatching: ['Ruth Abara chairs the harbour council.\n\nThe pier is “safe for now”, Abara believes.', 'The pier is “safe for now”, according to.'],
  },
  {
    id: 'cue.sentence.same-speaker',
    note: 'A second quote with no narration before it in the sentence goes to the speaker of the first.',
    where: 'sentence',
    find(site) {
      if (!site.previousInSentence?.speakerId || site.before.length) return NONE;
      return decided(this.id, site.spans[site.i - 1].text.slice(0, 60), site.previousInSentence);
    },
    examples: [{ text: 'Ruth Abara chairs the harbour council.\n\n“Safe for now” “and for the summer”, according to Abara.', expect: { speaker: 'Ruth Abara' } }],
    notMatching: ['“Safe for now,” the sign said, “but not for long.”', 'Ruth Abara chairs the harbour council.\n\n“Safe for now,” Abara said. “But not for long.”'],
  },
  {
    id: 'cue.colon.subject',
    note: 'A sentence that ends in a colon before a whole quote, its subject a pronoun or a known name: "Abara was blunt: “No.”"',
    where: 'sentence',
    find(site, scope) {
      const clause = colonClause(site);
      return clause ? decided(this.id, wordsOf(site.pt, clause), knownSubject(scope, site.pt, clause)) : NONE;
    },
    examples: [{ text: 'Ruth Abara chairs the harbour council.\n\nAsked about the pier, Abara was blunt: “It stays shut.”', expect: { speaker: 'Ruth Abara' } }],
    notMatching: ['Ruth Abara chairs the harbour council.\n\nThe notice on the gate was blunt: “It stays shut.”', 'Ruth Abara chairs the harbour council.\n\nAbara was blunt: “it stays shut,” and left.'],
  },
  {
    id: 'cue.colon.what-he-said',
    note: '"All he offers is: “…”" / "What she said was: “…”": the pronoun is the speaker.',
    where: 'sentence',
    find(site, scope) {
      const clause = colonClause(site);
      const what = clause?.length ? WHAT_HE_SAID.exec(wordsOf(site.pt, clause)) : null;
      if (!clause || !what?.groups) return NONE;
      return decided(this.id, what[0], scope.speakers.pronoun(site.pt, clause[0].start, PRONOUNS[what.groups.pronoun]));
    },
    examples: [{ text: 'Ruth Abara chairs the harbour council.\n\nAll she would offer was: “We are looking at it.”', expect: { speaker: 'Ruth Abara', attribution: 'pronoun' } }],
    notMatching: ['Ruth Abara chairs the harbour council.\n\nAll the notice says is: “We are looking at it.”', 'Ruth Abara chairs the harbour council.\n\nAll she would offer was a shrug.'],
  },
];

const NARRATION: readonly SiteCueRule[] = [
  {
    id: 'cue.narration.sentence-before',
    note: 'A quote that is a sentence alone, after a sentence of narration whose subject is a pronoun or a known name: "Abara laughed. “…”"',
    where: 'narration',
    find(site, scope) {
      const { pt, span, spans, i } = site;
      const index = sentenceIndexAt(pt, span.open);
      if (site.before.length || index === 0 || (i > 0 && spans[i - 1].close >= pt.starts[index - 1])) return NONE;
      const [start, end] = sentenceBounds(pt, pt.starts[index - 1]);
      const words = outside(site, start, end);
      return decided(this.id, wordsOf(pt, words.slice(0, 5)), knownSubject(scope, pt, words));
    },
    examples: [{ text: 'Ruth Abara chairs the harbour council.\n\nAbara shook her head. “Not this year.”', expect: { speaker: 'Ruth Abara' } }],
    notMatching: ['Ruth Abara chairs the harbour council.\n\nThe gulls circled the pier. “Not this year.”', 'Ruth Abara chairs the harbour council.\n\nAbara shook her head and called it “not this year’s problem”.'],
  },
  {
    id: 'cue.narration.statement-colon',
    note: 'A paragraph that is a quote, after a paragraph that introduces it and ends in a colon: "Abara gave the following statement:"',
    where: 'narration',
    find(site, scope) {
      if (site.before.length || site.i !== 0 || !opensParagraph(site)) return NONE;
      const verdict = introducedBefore(scope, site.pt, (text) => findQuoteSpans(text).length > 0);
      const previous = scope.paragraphBefore(site.pt);
      return decided(this.id, previous ? previous.text.slice(sentenceBounds(previous, previous.text.length - 1)[0]) : '', verdict);
    },
    examples: [{ text: 'Ruth Abara, the council’s chair, gave the following statement:\n\n“The pier will reopen when it is safe.”', expect: { speaker: 'Ruth Abara' } }],
    notMatching: ['Ruth Abara, who chairs the harbour council, gave a statement.\n\n“The pier will reopen when it is safe.”', 'The harbour council posted this notice:\n\n“The pier will reopen when it is safe.”'],
  },
  {
    id: 'cue.narration.that-is-how',
    note: 'A quote opening its paragraph, then "That is how X remembers it." / "So says X." naming a known person.',
    where: 'narration',
    find(site, scope) {
      const next = sentenceAfter(site);
      const lead = next && NAMED_NEXT.exec(site.pt.text.slice(next.start, next.end));
      if (!next || !lead) return NONE;
      const from = next.start + lead[0].length;
      const mention = scope.people.mentionsIn(site.pt.file, site.pt.paragraph.number).find((m) => !m.quoted && m.start >= from && m.start <= from + 2);
      if (!mention || scope.people.get(mention.personId)?.kind !== 'person') return NONE;
      return decided(this.id, lead[0].trim(), { speakerId: mention.personId, attribution: 'named' });
    },
    examples: [{ text: 'Ruth Abara chairs the harbour council.\n\n“The pier was never safe.” That is how Abara sees it now.', expect: { speaker: 'Ruth Abara' } }],
    notMatching: ['Ruth Abara chairs the harbour council.\n\n“The pier was never safe.” That is how the harbour sees it now.', 'Ruth Abara chairs the harbour council.\n\n“The pier was never safe.” Abara sees it that way now.'],
  },
  {
    id: 'cue.narration.next-sentence-said',
    note: 'A quote opening its paragraph, then a sentence whose subject says something: "“…” Abara said the pier would reopen."',
    where: 'narration',
    find(site, scope) {
      const next = sentenceAfter(site);
      if (!next) return NONE;
      const { words } = next;
      for (let v = 1; v < Math.min(words.length, 10); v++) {
        if (!isSpeechVerb(words[v].text, false)) continue;
        const subject = subjectOf(site.pt, words, v);
        if (!subject.phrase || subject.start !== words[0].start) return NONE;
        const first = words[0].text.toLowerCase();
        const evidence = wordsOf(site.pt, words.slice(0, v + 1));
        if (first in PRONOUNS && subject.phrase.length === words[0].text.length) return decided(this.id, evidence, scope.speakers.pronoun(site.pt, words[0].end, PRONOUNS[first]));
        return decided(this.id, evidence, namedIn(scope, site.pt, subject.start, subject.start + subject.phrase.length));
      }
      return NONE;
    },
    examples: [{ text: 'Ruth Abara chairs the harbour council.\n\n“We were lucky.” Abara said the storm had missed the pier by a mile.', expect: { speaker: 'Ruth Abara' } }],
    notMatching: ['Ruth Abara chairs the harbour council.\n\n“We were lucky.” The storm had missed the pier by a mile, Abara said.', 'Ruth Abara chairs the harbour council.\n\nThe storm passed. “We were lucky.” Abara said the pier was fine.'],
  },
];

/** The last quote of the paragraph just before, when it is the quote recorded last. */
function previousParagraphQuote(site: QuoteSite, scope: CueScope): QuoteOccurrence | undefined {
  const previous = scope.occurrences[scope.occurrences.length - 1];
  if (!previous || previous.file !== site.pt.file || previous.paragraph !== site.pt.paragraph.number - 1) return undefined;
  return previous;
}

const CONTINUATION: readonly SiteCueRule[] = [
  {
    id: 'cue.continuation.previous-quote',
    note: 'A whole quoted sentence with no cue of its own continues the quote before it (in its paragraph, or the last of the paragraph before when it opens its own), unless the narration names someone else or the quote before broke off ("—").',
    where: 'continuation',
    find(site, scope) {
      const { pt, spans, i, span } = site;
      if (hasWords(pt.text.slice(Math.max(site.sentenceStart, i > 0 ? spans[i - 1].close + 1 : 0), span.open))) return NONE;
      const previous = i > 0 ? site.merged[i - 1] : opensParagraph(site) ? previousParagraphQuote(site, scope) : undefined;
      if (!previous || (previous.speakerId === null && previous.attribution !== 'anonymous')) return NONE;
      // An interrupted quote ("and for too long —") is answered by someone else, not continued.
      if (i === 0 && (/[—–]$/u.test(previous.text) || /[—–]$/u.test(span.text))) return NONE;
      // A paragraph whose narration names someone else may be theirs ("“…” That is how Tobias Kwarteng remembers it").
      if (i === 0 && namesSomeoneElse(scope, pt, spans, previous.speakerId ?? '')) return NONE;
      return decided(this.id, previous.text.slice(0, 60), { speakerId: previous.speakerId, attribution: previous.attribution, source: previous.source });
    },
    examples: [
      { text: 'Ruth Abara chairs the harbour council.\n\n“We were lucky,” Abara said. “Next time we may not be.”', expect: { speaker: 'Ruth Abara' } },
      { text: 'Ruth Abara chairs the harbour council.\n\n“We were lucky,” Abara said.\n\n“Next time we may not be.”', expect: { speaker: 'Ruth Abara' } },
    ],
    notMatching: [
      'Ruth Abara chairs the harbour council.\n\n“We were lucky,” Abara said. Then she added a warning about “next time”.',
      'Ruth Abara chairs the harbour council.\n\n“We were lucky and —” Abara began.\n\n“Next time we may not be.”',
    ],
  },
];

/** The rules by place, in run order (kept per list of rules: the full table, or one rule for its test). */
function byPlace(rules: readonly CueRule[]): { verb: VerbCueRule[]; site: Map<CuePlace, SiteCueRule[]> } {
  let grouped = groupedRules.get(rules);
  if (!grouped) {
    const site = new Map<CuePlace, SiteCueRule[]>(CUE_PLACES.map((p) => [p, rules.filter((r): r is SiteCueRule => r.where === p && r.where !== 'before-quote')]));
    groupedRules.set(rules, (grouped = { verb: rules.filter((r): r is VerbCueRule => r.where === 'before-quote'), site }));
  }
  return grouped;
}
const groupedRules = new WeakMap<readonly CueRule[], ReturnType<typeof byPlace>>();

/**
 * The speech verbs of the words before the quote, last first: the last two words may be a verb that needs
 * the quote beside it ("…, she added: “…”"); the others are read off the paragraph's verbs, found once.
 */
function* speechVerbsBefore(site: QuoteSite): Generator<number> {
  const { before } = site;
  const n = before.length;
  for (let v = n - 1; v >= Math.max(0, n - 2); v--) if (isSpeechVerb(before[v].text, true)) yield v;
  const marks = outsideMarks(site);
  const at = runStart(marks, before);
  if (at < 0) {
    for (let v = n - 3; v >= 0; v--) if (isSpeechVerb(before[v].text, false)) yield v;
    return;
  }
  const { verbs } = marks;
  // The paragraph's verbs before position at + n - 2, last first.
  let k = lowerBound(verbs.length, (i) => verbs[i] < at + n - 2) - 1;
  for (; k >= 0 && verbs[k] >= at; k--) yield verbs[k] - at;
}

/** The candidates of a quote site, rule by rule in run order, found only as they are asked for. */
export function* cueCandidates(site: QuoteSite, scope: CueScope, rules: readonly CueRule[]): Generator<{ rule: CueRule; candidate: CueCandidate }> {
  const { verb, site: atSite } = byPlace(rules);
  for (const place of CUE_PLACES) {
    if (place !== 'before-quote') {
      for (const rule of atSite.get(place)!) for (const candidate of rule.find(site, scope)) yield { rule, candidate };
      continue;
    }
    if (!verb.length) continue;
    for (const v of speechVerbsBefore(site)) {
      if (isNounUse(site.before, v)) continue;
      for (const rule of verb) for (const candidate of rule.atVerb(site, scope, v)) yield { rule, candidate };
    }
  }
}

/** An example is an article's body: the loader takes a text's first line for its headline. */
const EXAMPLE_HEADLINE = 'Harbour news\n\n';

/** Runs one rule alone on the example's quote (the last of the text, or the one holding `given.quote`). */
function tryRule(rule: CueRule, text: string, given?: Record<string, unknown>): CueExpect | undefined {
  const spans = findQuoteSpans(text);
  const words = typeof given?.quote === 'string' ? given.quote : spans[spans.length - 1]?.text;
  if (!words) return undefined;
  const article = articleFromText('example.txt', `${EXAMPLE_HEADLINE}${text}`).article;
  const story = new Story({ dir: '.', name: 'quote cue example', version: `${rule.id}:${text}`, articles: [article] });
  const decision = tryCueRule(story, rule, words);
  if (!decision) return undefined;
  const { verdict, people } = decision;
  return { speaker: verdict.speakerId ? people.get(verdict.speakerId)!.name : null, attribution: verdict.attribution };
}

export const QUOTE_CUES = ruleTable<CueRule>({
  name: 'quoteCues',
  rules: [...AFTER_QUOTE, ...BEFORE_QUOTE, ...SENTENCE, ...NARRATION, ...CONTINUATION],
  tryRule,
});
