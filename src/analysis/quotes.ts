/**
 * Quotes of a story and who said them. Each quoted passage is attributed from the text around it
 * (speech verb + speaker, before or after the quote, reported speech, "according to", pronouns, an
 * embedded post's account line, a tweet or Reddit post pasted as text: speechPosts.ts); who a speaker
 * phrase names is quoteSpeakers.ts's business; a passage with no cue inherits the speaker of the quote it
 * continues; a quote alone in its sentence takes its speaker from the narration around it ("He
 * laughed. “…”"); Q&A and transcript answers go to the interviewee (quoteInterview.ts); anything else
 * stays unattributed rather than guessed. Also read: "X, which/who said", "X was blunt: “…”", "All he
 * offers is: “…”"; hypothetical speakers ("If your boss says “no”") say nothing. The same quote in several
 * articles becomes one quote with every citation and the other outlets' wording as variants
 * (quoteGroups.ts); an occurrence its own article leaves without a cue takes the speaker the others give.
 */
import type { Story } from '../story/story.ts';
import { peopleOf, postAuthor, type People } from './people.ts';
import { buildQuote, groupOccurrences } from './quoteGroups.ts';
import { interviewLines, type InterviewLine } from './quoteInterview.ts';
import type { CueCandidate, CueScope, QuoteSite } from './quoteCueFinders.ts';
import { cueCandidates, QUOTE_CUES, type CueRule } from './quoteCues.ts';
import { SpeakerResolver } from './quoteSpeakers.ts';
import { findQuoteSpans, type QuoteSpan, tokensOutside } from './quoteSpans.ts';
import { UNATTRIBUTED, type QuoteAnalysis, type QuoteOccurrence, type SpeakerEntry, type Verdict } from './quoteTypes.ts';
import type { RuleTrace } from './rules/ruleTable.ts';
import { pastedPosts, type PastedPost } from './speechPosts.ts';
import { ParagraphOrder, sentenceBounds, sentenceIndexAt, tokenize, tokensBetween, type ParagraphText, type Token } from './speechText.ts';
import { perStory } from '../story/perStory.ts';

export type { Attribution, Quote, QuoteAnalysis, QuoteOccurrence, QuoteSpeaker, SpeakerEntry } from './quoteTypes.ts';

/** Which cue rule gave each occurrence its speaker (for --explain), kept beside the occurrence. */
const CUES = new WeakMap<QuoteOccurrence, RuleTrace>();

/** The cue rule that decided an occurrence's speaker, and the words it read; none when no cue did. */
export function cueOf(occurrence: QuoteOccurrence): RuleTrace | undefined {
  return CUES.get(occurrence);
}

/** A cue's decision on one quote: the verdict, and the rule and candidate that gave it. */
interface CueDecision {
  verdict: Verdict;
  rule: CueRule;
  candidate: CueCandidate;
}

/** For the cue table's test: one rule alone, on the quote holding these words. */
interface OnlyRule {
  rule: CueRule;
  words: string;
  decision?: CueDecision;
}

class Attributor implements CueScope {
  private readonly order: ParagraphOrder;
  readonly occurrences: QuoteOccurrence[] = [];
  readonly speakers: SpeakerResolver;

  constructor(
    readonly people: People,
    private readonly only?: OnlyRule,
  ) {
    this.order = ParagraphOrder.of(people.paragraphs);
    this.speakers = new SpeakerResolver(people, this.occurrences);
  }

  paragraphBefore(pt: ParagraphText): ParagraphText | undefined {
    return this.people.paragraphs[this.order.of(pt)! - 1];
  }

  run(): void {
    const interview = interviewLines(this.people);
    const posts = pastedPosts(this.people.paragraphs);
    for (const pt of this.people.paragraphs) {
      if (pt.paragraph.embeddedPost) {
        this.embeddedPost(pt);
        continue;
      }
      const here = `${pt.file}#${pt.paragraph.number}`;
      if (posts.accountLines.has(here)) continue;
      const post = posts.bodies.get(here);
      if (post) {
        this.pastedPost(pt, post);
        continue;
      }
      const line = interview.get(here);
      if (line) {
        if (line.kind === 'answer') this.interviewAnswer(pt, line);
        continue;
      }
      this.quotesOfParagraph(pt);
    }
  }

  /** Text → quote spans → a site per quote → cue candidates → the resolver → the occurrence. */
  private quotesOfParagraph(pt: ParagraphText): void {
    const spans = findQuoteSpans(pt.text).filter((s) => !isScareQuote(pt.text, s));
    if (!spans.length) return;
    const tokens = tokenize(pt.text);
    const verdicts: Verdict[] = [];
    const merged: (QuoteOccurrence | undefined)[] = [];
    spans.forEach((span, i) => {
      const decision = this.decide(quoteSite(pt, tokens, spans, i, verdicts, merged));
      const verdict = decision?.verdict ?? UNATTRIBUTED;
      verdicts.push(verdict);
      // Two unattributed quotes join only when nothing but punctuation stands between them ("“A.” “B.”"):
      // a song title and the lyric after it are two things.
      const adjoining = i > 0 && !/[\p{L}\p{N}]/u.test(pt.text.slice(spans[i - 1].close + 1, span.open));
      const joins = decision ? decision.rule.where === 'continuation' : adjoining;
      const occurrence = this.record(pt, spans, i, verdict, joins);
      if (decision && occurrence && !CUES.has(occurrence)) CUES.set(occurrence, { rule: decision.rule.id, evidence: decision.candidate.evidence });
      merged.push(occurrence);
    });
  }

  /** The first cue candidate that names someone (or that says nobody is named) decides. */
  private decide(site: QuoteSite): CueDecision | undefined {
    const target = this.only && site.span.text.includes(this.only.words) ? this.only : undefined;
    for (const { rule, candidate } of cueCandidates(site, this, target ? [target.rule] : QUOTE_CUES.rules)) {
      const verdict = 'verdict' in candidate ? candidate.verdict : (this.speakers.resolve(site.pt, candidate.phrase, candidate.start) ?? candidate.orElse);
      if (!verdict) continue;
      const decision = { verdict, rule, candidate };
      if (target) target.decision ??= decision;
      return decision;
    }
    return undefined;
  }

  private interviewAnswer(pt: ParagraphText, line: InterviewLine): void {
    this.recordWhole(`cue.interview.${line.form}`, line.text.slice(0, 60), {
      text: line.text,
      file: pt.file,
      paragraph: pt.paragraph.number,
      sentences: [...pt.paragraph.sentences],
      speakerId: line.speakerId,
      attribution: line.speakerId ? 'named' : 'unattributed',
      order: this.position(pt, 0),
    });
  }

  private embeddedPost(pt: ParagraphText): void {
    const post = pt.paragraph.embeddedPost!;
    const person = this.people.lookup(post.name, pt.file);
    this.recordWhole('cue.post.embedded', post.name, {
      text: pt.text,
      file: pt.file,
      paragraph: pt.paragraph.number,
      sentences: [...pt.paragraph.sentences],
      speakerId: person?.id ?? null,
      attribution: person ? 'named' : 'unattributed',
      order: this.position(pt, 0),
    });
  }

  /** A social post pasted as text, its author named by the account line around it. */
  private pastedPost(pt: ParagraphText, post: PastedPost): void {
    const author = postAuthor(this.people, post);
    const from = Math.max(0, pt.text.indexOf(post.text));
    this.recordWhole(`cue.post.${post.kind}`, post.handle ? `${post.author} (@${post.handle})` : post.author, {
      text: post.text,
      file: pt.file,
      paragraph: pt.paragraph.number,
      sentences: pt.paragraph.sentences.filter((s, i) => pt.starts[i] < from + post.text.length && pt.starts[i] + s.text.length > from),
      speakerId: author.id,
      attribution: 'named',
      order: this.position(pt, 0),
    });
  }

  /** Stores a paragraph's words (a post, an interview answer) with the paragraph cue that told whose they are. */
  private recordWhole(rule: string, evidence: string, occurrence: QuoteOccurrence): void {
    this.occurrences.push(occurrence);
    CUES.set(occurrence, { rule, evidence });
  }

  private position(pt: ParagraphText, offset: number): number {
    return this.order.of(pt)! * 100_000 + offset;
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
}

/** Scare quotes ("the so-called “reforms”") are nobody's words: the quote stage leaves them out. */
export const SCARE_QUOTE = /\bso-called\s*$/i;

function isScareQuote(text: string, span: QuoteSpan): boolean {
  return SCARE_QUOTE.test(text.slice(Math.max(0, span.open - 12), span.open));
}

/** What the cue rules read about quote i of a paragraph: its sentence, the words before and after it. */
function quoteSite(pt: ParagraphText, tokens: Token[], spans: QuoteSpan[], i: number, verdicts: readonly Verdict[], merged: QuoteSite['merged']): QuoteSite {
  const span = spans[i];
  const [sentenceStart] = sentenceBounds(pt, span.open);
  const [, sentenceEnd] = sentenceBounds(pt, Math.max(span.open, span.close - 1));
  const afterEnd = Math.min(i + 1 < spans.length ? spans[i + 1].open : pt.text.length, sentenceEnd + 1);
  const before = tokensBetween(tokensOutside(tokens, spans), sentenceStart, span.open);
  const after = tokensBetween(tokens, span.close + 1, afterEnd);
  const previousInSentence = i > 0 && spans[i - 1].close >= sentenceStart ? verdicts[i - 1] : undefined;
  const closing = pt.text.slice(Math.max(span.open + 1, span.close - 2), span.close);
  const classic = /[,!?…—-]\s*$/.test(closing) || before.length === 0 || /^[,:]$/.test(after[0]?.text ?? '');
  return { pt, tokens, spans, i, span, sentenceStart, sentenceEnd, before, after, previousInSentence, classic, merged };
}

/**
 * For the cue table's test (quoteCues.ts): the quote stage on a story, with only `rule` tried on the quote
 * holding `words` (every other quote as usual). The verdict that rule gave it, or undefined.
 */
export function tryCueRule(story: Story, rule: CueRule, words: string): { verdict: Verdict; people: People } | undefined {
  const people = peopleOf(story);
  const only: OnlyRule = { rule, words };
  new Attributor(people, only).run();
  return only.decision ? { verdict: only.decision.verdict, people } : undefined;
}

/**
 * A quote left open at the end of a paragraph runs on into the next one that opens with a quote mark (news
 * style for a long quotation): once the other outlets have named the speaker of the open quote, the
 * paragraphs that continue it, still without a cue, are theirs too.
 */
function continueOpenQuotes(people: People, occurrences: QuoteOccurrence[], groups: ReturnType<typeof groupOccurrences>): void {
  const texts = new Map(people.paragraphs.map((pt) => [`${pt.file}#${pt.paragraph.number}`, pt.text]));
  // Built on first use: most stories have no such paragraph.
  let groupOf: Map<QuoteOccurrence, (typeof groups)[number]> | undefined;
  for (let k = 1; k < occurrences.length; k++) {
    const [previous, o] = [occurrences[k - 1], occurrences[k]];
    if (o.attribution !== 'unattributed' || !previous.speakerId || previous.file !== o.file || previous.paragraph !== o.paragraph - 1) continue;
    const before = findQuoteSpans(texts.get(`${previous.file}#${previous.paragraph}`) ?? '');
    const here = findQuoteSpans(texts.get(`${o.file}#${o.paragraph}`) ?? '');
    const text = texts.get(`${o.file}#${o.paragraph}`) ?? '';
    if (!before.length || !before[before.length - 1].unclosed || !here.length || /[\p{L}\p{N}]/u.test(text.slice(0, here[0].open)) || !o.text.startsWith(here[0].text.slice(0, 20))) continue;
    o.speakerId = previous.speakerId;
    o.attribution = previous.attribution;
    CUES.set(o, { rule: 'cue.continuation.open-quote', evidence: previous.text.slice(-60) });
    groupOf ??= new Map(groups.flatMap((g) => g.members.map((m) => [m.occurrence, g] as const)));
    const group = groupOf.get(o);
    if (group && group.speakerId === null) group.speakerId = o.speakerId;
  }
}

/** An occurrence its own article leaves without a cue takes the speaker the other outlets give the same words. */
function sameWordsElsewhere(groups: ReturnType<typeof groupOccurrences>): void {
  for (const g of groups) {
    if (!g.speakerId) continue;
    const named = g.members.find((m) => m.occurrence.speakerId === g.speakerId)?.occurrence;
    for (const { occurrence } of g.members) {
      if (occurrence.attribution !== 'unattributed') continue;
      occurrence.speakerId = g.speakerId;
      occurrence.attribution = 'named';
      CUES.set(occurrence, { rule: 'cue.outlets.same-words', evidence: named ? `${named.file}: ${named.text.slice(0, 60)}` : '' });
    }
  }
}

function analyse(story: Story): QuoteAnalysis {
  const people = peopleOf(story);
  const attributor = new Attributor(people);
  attributor.run();
  const occurrences = attributor.occurrences;
  // In story order of each group's first occurrence (found once per group: a group may hold thousands).
  const firstOrder = (group: { members: readonly { occurrence: QuoteOccurrence }[] }) => group.members.reduce((min, m) => Math.min(min, m.occurrence.order), Infinity);
  const groups = groupOccurrences(occurrences)
    .map((group) => ({ group, first: firstOrder(group) }))
    .sort((a, b) => a.first - b.first)
    .map((g) => g.group);
  // The same words in another outlet are the same quote: an occurrence its own article leaves without a
  // cue ("builds around the refrain “…”") takes the speaker the other outlets give it.
  sameWordsElsewhere(groups);
  continueOpenQuotes(people, occurrences, groups);
  const quotes = groups.map((g) => buildQuote(story, people, g));
  const speakerIds = groups.map((g) => g.speakerId);
  const counts = new Map<string, number>();
  for (const id of speakerIds) if (id) counts.set(id, (counts.get(id) ?? 0) + 1);
  const speakers: SpeakerEntry[] = [...counts.entries()]
    .map(([id, quotes]) => {
      const p = people.get(id)!;
      const roles = [...(people.record(id)?.descriptions.values() ?? [])].map((d) => d.text);
      return { id, name: p.name, aliases: p.aliases, description: p.description, roles, kind: p.kind, quotes };
    })
    .sort((a, b) => b.quotes - a.quotes || a.name.localeCompare(b.name));
  return { quotes, speakerIds, occurrences, speakers, people };
}

/** Every quote of the story with its speaker, computed once per Story object. */
export const quotesOf: (story: Story) => QuoteAnalysis = perStory(analyse);
