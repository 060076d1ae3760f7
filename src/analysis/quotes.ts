/**
 * Quotes of a story and who said them. Each quoted passage is attributed from the text around it
 * (speech verb + speaker, before or after the quote, reported speech, "according to", pronouns, an
 * embedded post's account line); a passage with no cue inherits the speaker of the quote it
 * continues; anything else stays unattributed rather than guessed. The same quote in several
 * articles becomes one quote with every citation and the other outlets' wording as variants.
 */
import type { Story } from '../story/story.ts';
import type { Citation, Sentence } from '../story/types.ts';
import { words } from '../search/tokenize.ts';
import { peopleOf, type People, type Person } from './people.ts';
import { findQuoteSpans, type QuoteSpan } from './quoteSpans.ts';
import { isAnonymous, isSpeechVerb, PRONOUNS, subjectAfter, subjectBefore } from './speechCues.ts';
import { isFunctionWord, isOrgWord, isRoleWord, isTimeWord, looksLikePerson } from './speechLexicon.ts';
import { isCapitalised, sentenceBounds, sentenceIndexAt, stripPossessive, tokenize, type ParagraphText, type Token } from './speechText.ts';

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

class Attributor {
  private readonly order = new Map<string, number>();
  readonly occurrences: QuoteOccurrence[] = [];

  constructor(private readonly story: Story, private readonly people: People) {
    people.paragraphs.forEach((pt, i) => this.order.set(`${pt.file}#${pt.paragraph.number}`, i));
  }

  run(): void {
    for (const pt of this.people.paragraphs) {
      if (pt.paragraph.embeddedPost) {
        this.embeddedPost(pt);
        continue;
      }
      const spans = findQuoteSpans(pt.text);
      if (!spans.length) continue;
      const tokens = tokenize(pt.text);
      const verdicts: Verdict[] = [];
      const merged: (QuoteOccurrence | undefined)[] = [];
      spans.forEach((span, i) => {
        const own = this.attribute(pt, tokens, spans, i, verdicts);
        const verdict = own ?? this.inherit(pt, spans, i, merged) ?? UNATTRIBUTED;
        verdicts.push(verdict);
        merged.push(this.record(pt, spans, i, verdict, own === undefined));
      });
    }
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
    const previous = i > 0 ? merged[i - 1] : this.previousParagraphQuote(pt);
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
    if (/^(i|we|you)$/i.test(lastWord)) return undefined;
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
      // "the worker" after "One dock worker, who asked not to be named, …": the same anonymous source.
      const source = this.anonymousAntecedent(pt, start, head);
      return source ? { speakerId: null, attribution: 'anonymous', source } : UNATTRIBUTED;
    }
    // A capitalised name: a person the name finder missed, or an organisation ("the White House").
    const bare = tokens[0] && /^the$/i.test(tokens[0]) ? tokens.slice(1) : tokens;
    const properWords = bare.filter((w) => !/^(of|for|and|&|de|du|van|von|der)$/.test(w));
    if (!properWords.length || properWords.some((w) => !isCapitalised(w) || isTimeWord(w) || isFunctionWord(w))) return undefined;
    const name = bare.join(' ').replace(/['’]s$/, '');
    if (bare.length === tokens.length && bare.length <= 3 && !bare.some(isOrgWord) && looksLikePerson(name)) {
      return { speakerId: this.people.single(stripPossessive(name)).id, attribution: 'named' };
    }
    return { speakerId: this.people.organisation(name).id, attribution: 'named' };
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
    return undefined;
  }

  /** he / she / they: the previous quote's speaker when close by, else the nearest fitting name. */
  private pronoun(pt: ParagraphText, offset: number, kind: 'male' | 'female' | 'plural'): Verdict {
    const here = this.order.get(`${pt.file}#${pt.paragraph.number}`)!;
    const fits = (id: string | null): boolean => {
      if (!id) return false;
      const person = this.people.get(id);
      if (!person) return false;
      if (kind === 'plural') return person.kind === 'organisation';
      return person.kind === 'person' && (person.gender === null || person.gender === kind);
    };
    // The nearest fitting person named before the pronoun (outside quotes), up to three paragraphs back.
    let nearest: { id: string; at: number } | undefined;
    search: for (let p = here; p >= 0 && here - p <= 3; p--) {
      const para = this.people.paragraphs[p];
      if (para.file !== pt.file) break;
      const mentions = this.people.mentionsIn(para.file, para.paragraph.number);
      for (let k = mentions.length - 1; k >= 0; k--) {
        const m = mentions[k];
        if (m.quoted || (p === here && m.start >= offset)) continue;
        if (fits(m.personId)) {
          nearest = { id: m.personId, at: this.position(para, m.start) };
          break search;
        }
      }
    }
    // "…," he added: the speaker of the quote just before, unless someone fitting was named since.
    const previous = [...this.occurrences].reverse().find((o) => o.file === pt.file);
    const close = previous && previous.speakerId && here - this.order.get(`${previous.file}#${previous.paragraph}`)! <= 1 && fits(previous.speakerId);
    if (close && (!nearest || nearest.at < previous.order)) return { speakerId: previous.speakerId, attribution: 'pronoun' };
    if (nearest) return { speakerId: nearest.id, attribution: 'pronoun' };
    return UNATTRIBUTED;
  }
}

/** Words of a quote for comparing wordings across outlets. */
function quoteWords(text: string): string[] {
  return words(text.replace(/@\w+/g, ' ').replace(/[[\]()]/g, ' '));
}

function bigrams(ws: string[]): Set<string> {
  const out = new Set<string>();
  for (let i = 0; i + 1 < ws.length; i++) out.add(`${ws[i]} ${ws[i + 1]}`);
  return out;
}

/** Share of a's word pairs that b also has. */
function coverage(a: Set<string>, b: Set<string>): number {
  if (!a.size) return 0;
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return n / a.size;
}

/** Symmetric overlap of two sets of word pairs (Dice coefficient). */
function dice(a: Set<string>, b: Set<string>): number {
  if (!a.size && !b.size) return 1;
  let n = 0;
  for (const x of a) if (b.has(x)) n++;
  return (2 * n) / (a.size + b.size);
}

function containsRun(haystack: string[], needle: string[]): boolean {
  if (!needle.length) return true;
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    return true;
  }
  return false;
}

const RANK: Record<Attribution, number> = { named: 3, pronoun: 2, anonymous: 1, unattributed: 0 };

interface Group {
  members: { occurrence: QuoteOccurrence; words: string[]; pairs: Set<string> }[];
  speakerId: string | null;
}

/** Groups the same quote across articles; short fragments only join an identical fragment. */
function groupOccurrences(occurrences: QuoteOccurrence[]): Group[] {
  const items = occurrences.map((occurrence) => {
    const ws = quoteWords(occurrence.text);
    return { occurrence, words: ws, pairs: bigrams(ws) };
  });
  const byLength = [...items].sort((a, b) => b.words.length - a.words.length || a.occurrence.order - b.occurrence.order);
  const groups: Group[] = [];
  for (const item of byLength) {
    const speaker = item.occurrence.speakerId;
    let best: Group | undefined;
    let bestScore = 0;
    for (const group of groups) {
      if (speaker !== null && group.speakerId !== null && group.speakerId !== speaker) continue;
      if (item.occurrence.attribution === 'anonymous' || group.members[0].occurrence.attribution === 'anonymous') {
        if (item.occurrence.attribution !== group.members[0].occurrence.attribution) continue;
      }
      let score = 0;
      for (const member of group.members) {
        if (item.words.length < 5) {
          if (member.words.join(' ') === item.words.join(' ')) score = 1;
        } else score = Math.max(score, coverage(item.pairs, member.pairs));
      }
      if (score > bestScore) {
        bestScore = score;
        best = group;
      }
    }
    if (best && bestScore >= 0.6 && (speaker === null || best.speakerId === null || best.speakerId === speaker)) {
      best.members.push(item);
      if (best.speakerId === null) best.speakerId = speaker;
    } else groups.push({ members: [item], speakerId: speaker });
  }
  // An unattributed member does not make a group unattributed; conflicting speakers never share a group.
  return groups;
}

function buildQuote(story: Story, people: People, group: Group): Quote {
  const members = [...group.members].sort((a, b) => a.occurrence.order - b.occurrence.order);
  // The wording most of the other outlets agree with; the longer one on a tie.
  let lead = members[0];
  let leadScore = -1;
  for (const m of members) {
    const score = members.reduce((n, o) => n + (o === m ? 0 : dice(o.pairs, m.pairs)), 0) + m.words.length / 1e4;
    if (score > leadScore) {
      leadScore = score;
      lead = m;
    }
  }
  const variants: string[] = [];
  const seen = new Set([lead.words.join(' ')]);
  for (const m of members) {
    const key = m.words.join(' ');
    if (seen.has(key) || containsRun(lead.words, m.words)) continue;
    seen.add(key);
    variants.push(m.occurrence.text);
  }
  const best = members.reduce((a, b) => (RANK[b.occurrence.attribution] > RANK[a.occurrence.attribution] ? b : a));
  const person = group.speakerId ? people.get(group.speakerId) : undefined;
  const citations: Citation[] = [];
  const cited = new Set<string>();
  for (const m of members) {
    const first = m.occurrence.sentences[0];
    if (cited.has(first.id)) continue;
    cited.add(first.id);
    citations.push(story.cite(first, m.occurrence.sentences.map((s) => s.text).join(' ')));
  }
  const attribution: Attribution = person ? (best.occurrence.attribution === 'unattributed' ? 'named' : best.occurrence.attribution) : best.occurrence.attribution === 'anonymous' ? 'anonymous' : 'unattributed';
  return {
    text: lead.occurrence.text,
    speaker: person ? { name: person.name, aliases: person.aliases, description: person.description } : null,
    attribution,
    ...(attribution === 'anonymous' && best.occurrence.source ? { source: best.occurrence.source } : {}),
    variants,
    citations,
  };
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

const cache = new WeakMap<Story, QuoteAnalysis>();

/** Every quote of the story with its speaker, computed once per Story object. */
export function quotesOf(story: Story): QuoteAnalysis {
  let analysis = cache.get(story);
  if (!analysis) {
    analysis = analyse(story);
    cache.set(story, analysis);
  }
  return analysis;
}
