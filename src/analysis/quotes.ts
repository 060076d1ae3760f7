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
import { SpeakerResolver } from './quoteSpeakers.ts';
import { findQuoteSpans, inSomeSpan, type QuoteSpan, tokensOutside } from './quoteSpans.ts';
import { UNATTRIBUTED, type QuoteAnalysis, type QuoteOccurrence, type SpeakerEntry, type Verdict } from './quoteTypes.ts';
import { hasAnonymityMarker, isSpeechVerb, PRONOUNS, subjectAfter, subjectBefore } from './speechCues.ts';
import { isFunctionWord, isRoleWord, isTimeWord } from './speechLexicon.ts';
import { pastedPosts, type PastedPost } from './speechPosts.ts';
import { isCapitalised, sentenceBounds, sentenceIndexAt, tokenize, tokensBetween, type ParagraphText, type Token } from './speechText.ts';
import { perStory } from '../story/perStory.ts';

export type { Attribution, Quote, QuoteAnalysis, QuoteOccurrence, QuoteSpeaker, SpeakerEntry } from './quoteTypes.ts';

class Attributor {
  private readonly order = new Map<string, number>();
  readonly occurrences: QuoteOccurrence[] = [];
  private readonly speakers: SpeakerResolver;

  constructor(private readonly people: People) {
    people.paragraphs.forEach((pt, i) => this.order.set(`${pt.file}#${pt.paragraph.number}`, i));
    this.speakers = new SpeakerResolver(people, this.occurrences);
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
      const line = interview.get(`${pt.file}#${pt.paragraph.number}`);
      if (line) {
        if (line.kind === 'answer') this.interviewAnswer(pt, line);
        continue;
      }
      // Scare quotes ("the so-called “reforms”") are nobody's words.
      const spans = findQuoteSpans(pt.text).filter((s) => !/\bso-called\s*$/i.test(pt.text.slice(Math.max(0, s.open - 12), s.open)));
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
        // Two unattributed quotes join only when nothing but punctuation stands between them ("“A.” “B.”"):
        // a song title and the lyric after it are two things.
        const adjoining = i > 0 && !/[\p{L}\p{N}]/u.test(pt.text.slice(spans[i - 1].close + 1, span.open));
        merged.push(this.record(pt, spans, i, verdict, inherited !== undefined || (own === undefined && beat === undefined && adjoining)));
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
    const inAnySpan = (offset: number) => inSomeSpan(spans, offset);
    const outside = (from: number, to: number) => tokensBetween(tokensOutside(tokens, spans), from, to);
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
    if (opensParagraph && i === 0) {
      const introduced = this.introducedBefore(pt);
      if (introduced) return introduced;
    }
    const lastIndex = sentenceIndexAt(pt, Math.max(span.open, span.close - 1));
    if (opensParagraph && outside(span.close, sentenceEnd).filter((t) => /[\p{L}\p{N}]/u.test(t.text)).length === 0 && lastIndex + 1 < pt.starts.length) {
      const [nextStart, nextEnd] = sentenceBounds(pt, pt.starts[lastIndex + 1]);
      if (inAnySpan(nextStart)) return undefined;
      const words = outside(nextStart, nextEnd);
      // "“…” That is how Tobias Kwarteng, a firmware engineer, remembers it." / "So says Ann Lee."
      const lead = /^(?:(?:That|This|Those|These)(?:\s+is|\s+was|\s+are|\s+were|['’]s)\s+(?:how|what|the\s+(?:view|verdict|words?|assessment)\s+of)|So\s+says|(?:The|That|This)\s+(?:verdict|view|assessment|remark|comment|warning|words?)\s+(?:comes?|came)\s+from)\s+/u.exec(pt.text.slice(nextStart, nextEnd));
      if (lead) {
        const mention = this.people.mentionsIn(pt.file, pt.paragraph.number).find((m) => !m.quoted && m.start >= nextStart + lead[0].length && m.start <= nextStart + lead[0].length + 2);
        if (mention && this.people.get(mention.personId)?.kind === 'person') return { speakerId: mention.personId, attribution: 'named' };
      }
      for (let v = 1; v < Math.min(words.length, 10); v++) {
        if (!isSpeechVerb(words[v].text, false)) continue;
        const subject = subjectBefore(words, v, 0, pt.text);
        if (!subject.phrase || subject.start !== words[0].start) break;
        const first = words[0].text.toLowerCase();
        if (first in PRONOUNS && subject.phrase.length === words[0].text.length) return this.speakers.pronoun(pt, words[0].end, PRONOUNS[first]);
        return this.namedIn(pt, subject.start, subject.start + subject.phrase.length);
      }
    }
    return undefined;
  }

  /**
   * "Marten Holm, the driver’s father, gave the following statement:" then a paragraph that is a quote: the
   * speaker is the subject of the paragraph before, when it has no quote of its own and ends with a colon.
   */
  private introducedBefore(pt: ParagraphText): Verdict | undefined {
    const at = this.order.get(`${pt.file}#${pt.paragraph.number}`)!;
    const previous = this.people.paragraphs[at - 1];
    if (!previous || previous.file !== pt.file || !/:\s*$/.test(previous.text) || findQuoteSpans(previous.text).length) return undefined;
    const [start, end] = sentenceBounds(previous, previous.text.length - 1);
    const viaPronoun = this.knownSubject(previous, tokenize(previous.text, start, end));
    if (viaPronoun) return viaPronoun;
    const subject = this.speakers.sentenceSubject(previous, end - 1);
    if (!subject || this.people.get(subject.personId)?.kind !== 'person') return undefined;
    return { speakerId: subject.personId, attribution: 'named' };
  }

  /** The person a sentence opens with, when it is a pronoun or a name the story already knows. */
  private knownSubject(pt: ParagraphText, words: Token[]): Verdict | undefined {
    if (!words.length) return undefined;
    const first = words[0].text.toLowerCase();
    if (first in PRONOUNS && words.length > 1 && /^\p{Ll}/u.test(words[1].text)) return this.speakers.pronoun(pt, words[0].end, PRONOUNS[first]);
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

  /** A social post pasted as text, its author named by the account line around it. */
  private pastedPost(pt: ParagraphText, post: PastedPost): void {
    const author = postAuthor(this.people, post);
    const from = Math.max(0, pt.text.indexOf(post.text));
    this.occurrences.push({
      text: post.text,
      file: pt.file,
      paragraph: pt.paragraph.number,
      sentences: pt.paragraph.sentences.filter((s, i) => pt.starts[i] < from + post.text.length && pt.starts[i] + s.text.length > from),
      speakerId: author.id,
      attribution: 'named',
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
    if (!previous || (previous.speakerId === null && previous.attribution !== 'anonymous')) return undefined;
    // An interrupted quote ("and for too long —") is answered by someone else, not continued.
    if (i === 0 && (/[—–]$/u.test(previous.text) || /[—–]$/u.test(span.text))) return undefined;
    // A paragraph whose narration names someone else may be theirs ("“…” That is how Tobias Kwarteng remembers it").
    if (i === 0 && this.namesSomeoneElse(pt, spans, previous.speakerId ?? '')) return undefined;
    return { speakerId: previous.speakerId, attribution: previous.attribution, source: previous.source };
  }

  /**
   * Whether the narration of a paragraph (outside its quotes) names anyone but `speakerId`: a known person,
   * or a run of two or more capitalised words the name finder could not place ("Eustace Varnham-Oduya
   * spent the night on his roof").
   */
  private namesSomeoneElse(pt: ParagraphText, spans: QuoteSpan[], speakerId: string): boolean {
    const inQuote = (offset: number) => inSomeSpan(spans, offset);
    const mentions = this.people.mentionsIn(pt.file, pt.paragraph.number).filter((m) => !m.quoted && !inQuote(m.start));
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

  /** The last quote of the paragraph just before, when this paragraph opens with a quote. */
  private previousParagraphQuote(pt: ParagraphText): QuoteOccurrence | undefined {
    const previous = this.occurrences[this.occurrences.length - 1];
    if (!previous || previous.file !== pt.file || previous.paragraph !== pt.paragraph.number - 1) return undefined;
    return previous;
  }

  private attribute(pt: ParagraphText, tokens: Token[], spans: QuoteSpan[], i: number, verdicts: Verdict[]): Verdict | undefined {
    const span = spans[i];
    const [sentenceStart] = sentenceBounds(pt, span.open);
    const [, sentenceEnd] = sentenceBounds(pt, Math.max(span.open, span.close - 1));
    const afterEnd = Math.min(i + 1 < spans.length ? spans[i + 1].open : pt.text.length, sentenceEnd + 1);
    const before = tokensBetween(tokensOutside(tokens, spans), sentenceStart, span.open);
    const after = tokensBetween(tokens, span.close + 1, afterEnd);
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
      if (!isSpeechVerb(before[v].text, adjacent) || isNounUse(before, v)) continue;
      const participle = this.participleSpeaker(pt, before, v);
      if (participle) return participle;
      const apposed = this.appositiveSpeaker(pt, before, v);
      if (apposed) return apposed;
      const anonymous = this.anonymousLead(pt, before, v);
      if (anonymous) return anonymous;
      const subject = subjectBefore(before, v, 0, pt.text);
      if (!subject.phrase) {
        if (subject.coordinated && previousInSentence && previousInSentence.speakerId) return previousInSentence;
        const antecedent = this.relativeAntecedent(pt, before, v);
        if (antecedent) return antecedent;
        continue;
      }
      // "If your boss says “no”", "When a chief executive says “…”": a hypothetical speaker says nothing.
      const opener = before[before.findIndex((t) => t.start === subject.start) - 1]?.text.toLowerCase();
      if (opener && /^(?:if|when|whenever|unless|once|suppose)$/.test(opener) && /s$/i.test(before[v].text)) return UNATTRIBUTED;
      const verdict = this.speakers.resolve(pt, subject.phrase, subject.start);
      if (verdict) return verdict;
    }
    // 4. It was one of the "most disgraceful performances" …, Republican Senator John McCain had said.
    if (after.length) {
      const verdict = this.afterCue(pt, after, false);
      if (verdict) return verdict;
    }
    // 5. according to X
    const sentence = tokensBetween(tokensOutside(tokens, spans), sentenceStart, sentenceEnd);
    for (let k = 0; k + 2 < sentence.length; k++) {
      if (sentence[k].text.toLowerCase() !== 'according' || sentence[k + 1].text.toLowerCase() !== 'to') continue;
      const subject = subjectAfter(sentence, k + 1, sentence.length, pt.text);
      const verdict = subject.phrase ? this.speakers.resolve(pt, subject.phrase, subject.start) : undefined;
      if (verdict) return verdict;
    }
    if (previousInSentence && previousInSentence.speakerId && before.length === 0) return previousInSentence;
    // 6. Maalouf-Sorensen was blunt: "No." / He did so with a line he had been saving: "…"
    const rest = after.filter((t) => /[\p{L}\p{N}]/u.test(t.text) && t.end <= sentenceEnd);
    if (before.length > 2 && before[before.length - 1].text === ':' && !rest.length && /^\p{Lu}/u.test(span.text) && !previousInSentence) {
      const clause = before.slice(0, -1);
      const comma = clause.map((t) => t.text).lastIndexOf(',');
      const words = clause.slice(comma + 1);
      const verdict = this.knownSubject(pt, words);
      if (verdict) return verdict;
      // "All he offers is: “Well.”" / "What she said was: “…”"
      const what = words.length ? /^(?:[Aa]nd\s+)?(?:[Aa]ll|[Ww]hat)\s+(?<pronoun>he|she)\s+(?:\p{Ll}+\s+){1,2}(?:is|was)$/u.exec(pt.text.slice(words[0].start, words[words.length - 1].end)) : null;
      if (what?.groups) return this.speakers.pronoun(pt, words[0].start, PRONOUNS[what.groups.pronoun]);
    }
    return undefined;
  }

  /**
   * "Analyst Ken Moberg raised concerns about the plan, stating, “…”" / "…, with Harold Myre releasing a
   * statement, saying: “…”": a participle after a comma speaks for the one doing the "with …" clause, else
   * for the subject of the sentence. Only a known person counts.
   */
  private participleSpeaker(pt: ParagraphText, tokens: Token[], verb: number): Verdict | undefined {
    if (!/ing$/i.test(tokens[verb].text) || tokens[verb - 1]?.text !== ',') return undefined;
    const [sentenceStart] = sentenceBounds(pt, tokens[verb].start);
    const mentions = this.people.mentionsIn(pt.file, pt.paragraph.number).filter((m) => !m.quoted && m.start >= sentenceStart && m.end <= tokens[verb].start);
    const withClause = tokens.findLastIndex((t, k) => k < verb && t.start >= sentenceStart && /^with$/i.test(t.text));
    if (withClause >= 0) {
      const agent = mentions.find((m) => m.start === tokens[withClause + 1]?.start);
      const kind = agent && this.people.get(agent.personId)?.kind;
      return kind === 'person' ? { speakerId: agent!.personId, attribution: 'named' } : undefined;
    }
    const subject = this.speakers.sentenceSubject(pt, tokens[verb].start);
    if (!subject || this.people.get(subject.personId)?.kind !== 'person') return undefined;
    // Someone else named between the subject and the participle may be who it means.
    if (mentions.some((m) => m.personId !== subject.personId)) return undefined;
    return { speakerId: subject.personId, attribution: 'named' };
  }

  /**
   * "the Nordic Polar Research Council, which said …" / "The Deputy Speaker, who had shouted …": the
   * speaker is the name before the relative pronoun; "which" must name an organisation, "who" a person.
   */
  private relativeAntecedent(pt: ParagraphText, tokens: Token[], verb: number): Verdict | undefined {
    let k = verb - 1;
    while (k > 0 && /^(?:had|has|have|also|later|then|once|repeatedly|again|earlier)$/i.test(tokens[k].text)) k--;
    const relative = tokens[k]?.text.toLowerCase();
    if ((relative !== 'who' && relative !== 'which') || tokens[k - 1]?.text !== ',' || k < 2) return undefined;
    let j = k - 2;
    while (j > 0 && k - 2 - j < 6 && (isCapitalised(tokens[j - 1].text) || /^(?:of|for|and|&)$/.test(tokens[j - 1].text))) j--;
    while (j < k - 2 && /^(?:of|for|and|&)$/.test(tokens[j].text)) j++;
    if (!isCapitalised(tokens[j].text) || !isCapitalised(tokens[k - 2].text)) return undefined;
    if (j > 0 && /^the$/i.test(tokens[j - 1].text)) j--;
    // A sentence's first word is capitalised anyway ("Then the council, which …"): the run must start a name.
    if (isFunctionWord(tokens[j].text) && !/^the$/i.test(tokens[j].text)) return undefined;
    const verdict = this.speakers.resolve(pt, pt.text.slice(tokens[j].start, tokens[k - 2].end), tokens[j].start);
    const kind = verdict?.speakerId ? this.people.get(verdict.speakerId)?.kind : undefined;
    if (!verdict || !kind || (kind === 'organisation') !== (relative === 'which')) return undefined;
    return verdict;
  }

  /**
   * "Brightfold's chief technology officer, Xiuying Bao, said": a role for subject with the name in
   * apposition between commas, just before the verb. Only a known person counts.
   */
  private appositiveSpeaker(pt: ParagraphText, tokens: Token[], verb: number): Verdict | undefined {
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
    const mentions = this.people.mentionsIn(pt.file, pt.paragraph.number).filter((m) => !m.quoted && m.start >= from && m.end <= to);
    if (mentions.length !== 1 || mentions[0].start !== from || to - mentions[0].end > 2) return undefined;
    if (this.people.get(mentions[0].personId)?.kind !== 'person') return undefined;
    return { speakerId: mentions[0].personId, attribution: 'named' };
  }

  /**
   * "One executive at a laptop maker …, who asked not to be named …, said": a sentence that opens with an
   * indefinite speaker and says outright that they are not named is an anonymous source, however long
   * the phrase between.
   */
  private anonymousLead(pt: ParagraphText, tokens: Token[], verb: number): Verdict | undefined {
    const [sentenceStart] = sentenceBounds(pt, tokens[verb].start);
    const first = tokens.find((t) => t.start >= sentenceStart);
    if (!first || first.start >= tokens[verb].start) return undefined;
    const lead = pt.text.slice(first.start, tokens[verb].start);
    if (!/^(?:One|A|An|Another|Two|Three|Several|Some)\s/.test(lead) || !hasAnonymityMarker(lead) || /["“”]/.test(lead)) return undefined;
    // The lead must be the verb's subject: no other clause once the asides are left out.
    const core = lead.replace(/,[^,]*(?:,|$)/g, ' ');
    if (/\b(?:and|but|while|after|before|when|was|were|is|are|has|have|had)\b/i.test(core)) return undefined;
    if (this.people.mentionsIn(pt.file, pt.paragraph.number).some((m) => m.start >= first.start && m.end <= tokens[verb].start)) return undefined;
    return { speakerId: null, attribution: 'anonymous', source: lead.split(',')[0].trim() };
  }

  /** A speech verb after the quote: "…," SUBJECT VERB / "…," VERB SUBJECT / …, SUBJECT had said. */
  private afterCue(pt: ParagraphText, after: Token[], adjacent: boolean): Verdict | undefined {
    const limit = adjacent ? Math.min(after.length, 14) : after.length;
    for (let v = 0; v < limit; v++) {
      if (!isSpeechVerb(after[v].text, adjacent) || isNounUse(after, v)) continue;
      if (!adjacent) {
        // Only a closing clause ", SUBJECT (had) said." names the speaker of an earlier partial quote.
        const rest = after.slice(v + 1).filter((t) => /[\p{L}\p{N}]/u.test(t.text));
        if (rest.length > 6) continue;
      }
      const subject = subjectBefore(after, v, 0, pt.text);
      if (subject.phrase) {
        if (!adjacent && !after.slice(0, v).some((t) => t.text === ',')) continue;
        return this.speakers.resolve(pt, subject.phrase, subject.start) ?? (adjacent ? UNATTRIBUTED : undefined);
      }
      if (adjacent) {
        const inverted = subjectAfter(after, v, after.length, pt.text);
        if (inverted.phrase) return this.speakers.resolve(pt, inverted.phrase, inverted.start) ?? UNATTRIBUTED;
      }
      return undefined;
    }
    return undefined;
  }

}

/**
 * "the warning was", "her claims": a speech word after a determiner is a noun, not the verb of a speaker;
 * "the Northern States’ chief", "Calls Landing": capitalised after a capitalised word, it is part of a name.
 */
function isNounUse(tokens: Token[], v: number): boolean {
  if (v > 0 && /^\p{Lu}/u.test(tokens[v].text) && /^\p{Lu}/u.test(tokens[v - 1].text) && tokens[v].start - tokens[v - 1].end <= 1) return true;
  return v > 0 && /^(?:the|a|an|his|her|its|their|this|that|our|my|your|whose)$/i.test(tokens[v - 1].text);
}

/**
 * A quote left open at the end of a paragraph runs on into the next one that opens with a quote mark (news
 * style for a long quotation): once the other outlets have named the speaker of the open quote, the
 * paragraphs that continue it, still without a cue, are theirs too.
 */
function continueOpenQuotes(people: People, occurrences: QuoteOccurrence[], groups: ReturnType<typeof groupOccurrences>): void {
  const texts = new Map(people.paragraphs.map((pt) => [`${pt.file}#${pt.paragraph.number}`, pt.text]));
  const groupOf = new Map(groups.flatMap((g) => g.members.map((m) => [m.occurrence, g] as const)));
  for (let k = 1; k < occurrences.length; k++) {
    const [previous, o] = [occurrences[k - 1], occurrences[k]];
    if (o.attribution !== 'unattributed' || !previous.speakerId || previous.file !== o.file || previous.paragraph !== o.paragraph - 1) continue;
    const before = findQuoteSpans(texts.get(`${previous.file}#${previous.paragraph}`) ?? '');
    const here = findQuoteSpans(texts.get(`${o.file}#${o.paragraph}`) ?? '');
    const text = texts.get(`${o.file}#${o.paragraph}`) ?? '';
    if (!before.length || !before[before.length - 1].unclosed || !here.length || /[\p{L}\p{N}]/u.test(text.slice(0, here[0].open)) || !o.text.startsWith(here[0].text.slice(0, 20))) continue;
    o.speakerId = previous.speakerId;
    o.attribution = previous.attribution;
    const group = groupOf.get(o);
    if (group && group.speakerId === null) group.speakerId = o.speakerId;
  }
}

function analyse(story: Story): QuoteAnalysis {
  const people = peopleOf(story);
  const attributor = new Attributor(people);
  attributor.run();
  const occurrences = attributor.occurrences;
  const groups = groupOccurrences(occurrences).sort(
    (a, b) => Math.min(...a.members.map((m) => m.occurrence.order)) - Math.min(...b.members.map((m) => m.occurrence.order)),
  );
  // The same words in another outlet are the same quote: an occurrence its own article leaves without a
  // cue ("builds around the refrain “…”") takes the speaker the other outlets give it.
  for (const g of groups) {
    if (!g.speakerId) continue;
    for (const { occurrence } of g.members) {
      if (occurrence.attribution !== 'unattributed') continue;
      occurrence.speakerId = g.speakerId;
      occurrence.attribution = 'named';
    }
  }
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
