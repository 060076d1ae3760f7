/**
 * The speaker rules as rule tables, with what runs one rule alone on an example (test/rules/speakerRules.test.ts
 * and speakerPronouns.test.ts run every example). An example is a short story of our own: one article,
 * paragraphs separated by blank lines, with the subject phrase the rule reads in [brackets] ("“…,” said
 * [a company spokeswoman]."). The story is read by the project's loader and analysed as a whole (people,
 * earlier quotes); then the one rule runs on the bracketed phrase. What it yields is written
 * `{ speaker: 'Ida Marsh' | null, attribution, source? }`, or 'not a speaker'.
 */
import { quotesOf } from './quotes.ts';
import { SpeakerResolver } from './quoteSpeakers.ts';
import type { Verdict } from './quoteTypes.ts';
import { inPriorityOrder, ruleTable, type NamedRule } from './rules/ruleTable.ts';
import { NOT_A_SPEAKER, PRONOUN_OUTCOMES, SPEAKER_RULES, SpeakerPhrase, type Decision, type SpeakerRule } from './speakerRules.ts';
import { PRONOUNS } from './speechCues.ts';
import type { ParagraphText } from './speechText.ts';
import { articleFromText } from '../story/loadStory.ts';
import { Story } from '../story/story.ts';

let examples = 0;

/** The marked example as a story: a resolver that knows only the quotes before the phrase, and where the phrase stands. */
function exampleStory(text: string): { resolver: SpeakerResolver; pt: ParagraphText; phrase: string; start: number } {
  const open = text.indexOf('[');
  const close = text.indexOf(']', open);
  if (open < 0 || close < 0) throw new Error(`an example marks the phrase the rule reads in [brackets]: ${text}`);
  const phrase = text.slice(open + 1, close);
  const plain = text.slice(0, open) + phrase + text.slice(close + 1);
  const article = articleFromText('example.txt', plain).article;
  const analysis = quotesOf(new Story({ dir: '.', name: 'speaker rule example', version: `speaker-rule-${++examples}`, articles: [article] }));
  // The phrase with the words before it in its paragraph, to find it in the paragraph as the loader read it.
  const context = text.slice(0, open).split(/\n\s*\n/).pop()!.trimStart().slice(-40) + phrase;
  const index = analysis.people.paragraphs.findIndex((p) => p.text.includes(context));
  if (index < 0) throw new Error(`the loader did not keep the paragraph of “${phrase}” (is it the title?): ${text}`);
  const pt = analysis.people.paragraphs[index];
  const start = pt.text.indexOf(context) + context.length - phrase.length;
  // The quotes before the phrase, but the one just before it in its paragraph: that is the quote the phrase
  // attributes ("“…,” [she] said"), not yet attributed when the phrase is read.
  const order = index * 100_000 + start;
  const before = analysis.occurrences.filter((o) => o.order < order);
  const last = before.at(-1);
  const earlier = last && last.file === pt.file && last.paragraph === pt.paragraph.number ? before.slice(0, -1) : before;
  return { resolver: new SpeakerResolver(analysis.people, earlier), pt, phrase, start };
}

/** A decision as an example writes it. */
function asWritten(resolver: SpeakerResolver, decision: Decision): unknown {
  if (decision === undefined || decision === NOT_A_SPEAKER) return decision;
  const speaker = decision.speakerId ? (resolver.people.get(decision.speakerId)?.name ?? decision.speakerId) : null;
  return { speaker, attribution: decision.attribution, ...(decision.source ? { source: decision.source } : {}) };
}

export const SPEAKER_RULE_TABLE = ruleTable<SpeakerRule>({
  name: 'speakerRules',
  rules: inPriorityOrder(SPEAKER_RULES),
  tryRule(rule, text) {
    const { resolver, pt, phrase, start } = exampleStory(text);
    return asWritten(resolver, resolver.applyRule(rule, new SpeakerPhrase(resolver, pt, phrase, start)));
  },
});

/** A pronoun example's verdict: the whole pronoun search on the bracketed pronoun. */
export function pronounVerdict(text: string): { resolver: SpeakerResolver; verdict: Verdict } {
  const { resolver, pt, phrase, start } = exampleStory(text);
  const kind = PRONOUNS[phrase.toLowerCase()];
  if (!kind) throw new Error(`a pronoun example brackets he, she or they: ${text}`);
  return { resolver, verdict: resolver.pronoun(pt, start + phrase.length, kind) };
}

/** What a pronoun's search ends on (speakerRules.ts, PRONOUN_OUTCOMES): a row yields the verdict when the search ends on it. */
export const SPEAKER_PRONOUN_TABLE = ruleTable<NamedRule>({
  name: 'speakerPronouns',
  rules: PRONOUN_OUTCOMES,
  tryRule(rule, text) {
    const { resolver, verdict } = pronounVerdict(text);
    return verdict.explanation?.rule === rule.id ? asWritten(resolver, verdict) : undefined;
  },
});
