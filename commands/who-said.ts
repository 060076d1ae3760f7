import type { Quote, QuoteAnalysis, QuoteOccurrence, QuoteSpeaker } from '../src/analysis/quotes.ts';
import type { Explanation, RuleTrace } from '../src/analysis/rules/ruleTable.ts';
import { defineCommand, loadedOnFirstUse, textOption, UserInputError, type CommandOptions } from '../src/commands/command.ts';
import type { Story } from '../src/story/story.ts';

/** Why a quote has its speaker: the speaker rule (or the cue that named them outright) and the cue it read. */
export type QuoteExplanation = Explanation & { cue?: RuleTrace };

/**
 * The quote analysis, loaded on first use: the bot's main thread routes /who-said to an analysis worker
 * and never loads it.
 */
async function loadQuoteAnalysis() {
  const [{ cueOf, quotesOf }, { matchQuotes, matchSpeakers }] = await Promise.all([import('../src/analysis/quotes.ts'), import('../src/analysis/quoteMatch.ts')]);
  return { cueOf, quotesOf, matchQuotes, matchSpeakers };
}
type QuoteTools = Awaited<ReturnType<typeof loadQuoteAnalysis>>;
const quoteAnalysis = loadedOnFirstUse(loadQuoteAnalysis);

export interface SpeakerCount extends QuoteSpeaker {
  kind: 'person' | 'organisation';
  quotes: number;
}

export interface SourceGroup {
  file: string;
  title: string;
  outlet: string | null;
  published: string | null;
  /** Indexes into `quotes`. */
  quotes: number[];
}

export interface WhoSaidAnswer {
  /** quote: who said the typed words; speaker: everything one speaker said; speakers: everyone. */
  mode: 'quote' | 'speaker' | 'speakers';
  query?: string;
  speaker?: SpeakerCount;
  quotes: Quote[];
  /** speaker mode: the speaker's quotes grouped by article. */
  bySource?: SourceGroup[];
  /** speakers mode: everyone quoted, with quote counts (`quotes` then holds every quote of the story). */
  speakers?: SpeakerCount[];
  /** Quotes nobody could be named for (unattributed or anonymous). */
  unattributed?: number;
  /**
   * speaker mode: words the speaker is quoted on in passing (one to three words, "witch hunt"), kept
   * apart from the quotes and not counted. quote mode with a speaker: the speaker said nothing like it,
   * and `quotes` holds who did.
   */
  phrases?: string[];
  otherSpeaker?: boolean;
  /**
   * For each of `quotes` (same index): which speaker rule gave its speaker, from what words, passing over
   * whom, and the cue rule it read; when a cue named the speaker outright (a post's account line, an
   * interview answer, the same words in another outlet), that cue rule. null when no rule is recorded (a
   * quote continuing the one before). For --explain; Discord does not show it.
   */
  explanations: (QuoteExplanation | null)[];
}

/** A quote of at most this many words is a phrase quoted in passing (a scare quote), not a statement. */
export const PHRASE_WORDS = 3;

export function isPhrase(quote: Quote): boolean {
  return quote.text.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length <= PHRASE_WORDS;
}

/** Per analysis, indexed once: the occurrences of each article paragraph, and each quote's index. */
interface ExplanationIndex {
  byParagraph: Map<string, QuoteOccurrence[]>;
  quoteIndex: Map<Quote, number>;
}

const indexes = new WeakMap<QuoteAnalysis, ExplanationIndex>();

function explanationIndex(analysis: QuoteAnalysis): ExplanationIndex {
  let index = indexes.get(analysis);
  if (!index) {
    index = { byParagraph: new Map(), quoteIndex: new Map(analysis.quotes.map((q, i) => [q, i])) };
    for (const o of analysis.occurrences) {
      const key = `${o.file}#${o.paragraph}`;
      const list = index.byParagraph.get(key);
      if (list) list.push(o);
      else index.byParagraph.set(key, [o]);
    }
    indexes.set(analysis, index);
  }
  return index;
}

/**
 * The explanation of the speaker rule that named a quote's speaker: from the first of its occurrences (in
 * the quote's citations) whose words it carries and whose rule named that same speaker.
 */
function explanationOf(analysis: QuoteAnalysis, quote: Quote, cueOf: QuoteTools['cueOf']): QuoteExplanation | null {
  const index = explanationIndex(analysis);
  const speakerId = analysis.speakerIds[index.quoteIndex.get(quote) ?? -1] ?? null;
  const wordings = new Set([quote.text, ...quote.variants]);
  let cueOnly: QuoteExplanation | null = null;
  for (const c of quote.citations) {
    for (const o of index.byParagraph.get(`${c.file}#${c.paragraph}`) ?? []) {
      if (!wordings.has(o.text)) continue;
      const cue = cueOf(o);
      if (o.explanation && o.explanation.speakerId === speakerId) {
        const { rule, evidence, passedOver } = o.explanation;
        return { rule, evidence, ...(passedOver?.length ? { passedOver } : {}), ...(cue ? { cue } : {}) };
      }
      // A cue that named the speaker itself (a post's account line, an interview answer, another outlet's words).
      if (!cueOnly && cue && o.speakerId === speakerId) cueOnly = { rule: cue.rule, evidence: cue.evidence };
    }
  }
  return cueOnly;
}

const short = (text: string, length = 70): string => (text.length > length ? `${text.slice(0, length)}…` : text).replace(/\s+/g, ' ');

/** --explain: for each quote of the answer, its speaker, the rule that named them, its words, whom it passed over. */
export function explainWhoSaid(answer: WhoSaidAnswer): string[] {
  return answer.quotes.flatMap((quote, i) => {
    const who = quote.speaker?.name ?? (quote.attribution === 'anonymous' ? `an anonymous source${quote.source ? ` (${quote.source})` : ''}` : 'nobody (unattributed)');
    const explanation = answer.explanations[i];
    const head = `${i + 1}. “${short(quote.text)}” — ${who}`;
    if (!explanation) return [head, '   no rule recorded: it continues a quote before it, or it was matched to the same words elsewhere'];
    return [
      head,
      ...(explanation.cue ? [`   cue ${explanation.cue.rule}, from “${explanation.cue.evidence}”`] : []),
      `   rule ${explanation.rule}, from “${explanation.evidence}”`,
      ...(explanation.passedOver ?? []).map((p) => `   passed over ${p.candidate}: ${p.reason}${p.rule ? ` (${p.rule})` : ''}`),
    ];
  });
}

/** Most widely carried first, then in story order. */
function bySources(quotes: Quote[]): Quote[] {
  const carriers = (q: Quote) => new Set(q.citations.map((c) => c.file)).size;
  return quotes.map((q, i) => ({ q, i })).sort((a, b) => carriers(b.q) - carriers(a.q) || a.i - b.i).map((x) => x.q);
}

const MAX_CHOICE = 100;

/** The answer without its explanations. */
function whoSaid(story: Story, options: CommandOptions, { quotesOf, matchQuotes, matchSpeakers }: QuoteTools): Omit<WhoSaidAnswer, 'explanations'> {
  const typedQuote = textOption(options, 'quote', 200);
  const typedSpeaker = textOption(options, 'speaker', 100);
  const analysis = quotesOf(story);
  const statements = new Map<string, number>();
  analysis.quotes.forEach((q, i) => {
    const id = analysis.speakerIds[i];
    if (id !== null && !isPhrase(q)) statements.set(id, (statements.get(id) ?? 0) + 1);
  });
  const count = (id: string): SpeakerCount => {
    const s = analysis.speakers.find((x) => x.id === id)!;
    return { name: s.name, aliases: s.aliases, description: s.description, kind: s.kind, quotes: statements.get(id) ?? 0 };
  };
  let speakerId: string | undefined;
  if (typedSpeaker) {
    const found = matchSpeakers(analysis.speakers, typedSpeaker, 1)[0];
    if (!found) {
      const names = analysis.speakers.slice(0, 8).map((s) => s.name).join(', ');
      throw new UserInputError(`Nobody called “${typedSpeaker}” is quoted in this story.${names ? ` Quoted: ${names}.` : ''}`);
    }
    speakerId = found.id;
  }
  if (typedQuote) {
    const all = matchQuotes(analysis, typedQuote, speakerId ? 50 : 5);
    const hits = all.filter((h) => !speakerId || analysis.speakerIds[h.index] === speakerId);
    // The speaker never said it but someone did: say who, rather than "no quote matching".
    const otherSpeaker = !hits.length && all.length > 0 && !!speakerId;
    return {
      mode: 'quote',
      query: typedQuote,
      ...(speakerId ? { speaker: count(speakerId) } : {}),
      quotes: (otherSpeaker ? all : hits).slice(0, 5).map((h) => analysis.quotes[h.index]),
      ...(otherSpeaker ? { otherSpeaker } : {}),
    };
  }
  if (speakerId) {
    const said = analysis.quotes.filter((_, i) => analysis.speakerIds[i] === speakerId);
    const statements = said.filter((q) => !isPhrase(q));
    const short = said.filter(isPhrase);
    // Someone quoted only in short phrases ("shameful") is shown by those, with their sources.
    const quotes = bySources(statements.length ? statements : short);
    const phrases = statements.length ? [...new Set(short.map((q) => q.text))] : [];
    const bySource: SourceGroup[] = [];
    for (const article of story.articles) {
      const mine = quotes.map((q, i) => (q.citations.some((c) => c.file === article.file) ? i : -1)).filter((i) => i >= 0);
      if (!mine.length) continue;
      bySource.push({ file: article.file, title: article.displayTitle, outlet: article.meta.outlet ?? null, published: article.meta.published ?? null, quotes: mine });
    }
    return { mode: 'speaker', speaker: count(speakerId), quotes, bySource, ...(phrases.length ? { phrases } : {}) };
  }
  return {
    mode: 'speakers',
    quotes: analysis.quotes,
    speakers: analysis.speakers.map((s) => count(s.id)),
    unattributed: analysis.speakerIds.filter((id) => id === null).length,
  };
}

export default defineCommand<WhoSaidAnswer>({
  name: 'who-said',
  description: 'Who said it: find a quote, everything a person said, or everyone quoted in the story.',
  options: [
    { name: 'quote', description: 'A few words of the quote, e.g. "witch hunt"', type: 'string', maxLength: 200 },
    { name: 'speaker', description: 'A person or organisation quoted in the story', type: 'string', maxLength: 100, autocomplete: true },
  ],
  example: { quote: 'a few remembered words' },
  async exampleFrom(story) {
    const { quotesOf } = await quoteAnalysis();
    const top = [...quotesOf(story).speakers].sort((a, b) => b.quotes - a.quotes)[0];
    return top ? { speaker: top.name } : undefined;
  },
  explain: explainWhoSaid,
  async handler(story, options) {
    const tools = await quoteAnalysis();
    const answer = whoSaid(story, options, tools);
    const analysis = tools.quotesOf(story);
    return { ...answer, explanations: answer.quotes.map((q) => explanationOf(analysis, q, tools.cueOf)) };
  },
  async autocomplete(story, option, typed) {
    if (option !== 'speaker') return [];
    const { matchSpeakers, quotesOf } = await quoteAnalysis();
    return matchSpeakers(quotesOf(story).speakers, typed, 25)
      .filter((s) => s.name.length <= MAX_CHOICE)
      .map((s) => {
        const label = `${s.name} (${s.quotes} quote${s.quotes === 1 ? '' : 's'})`;
        return { name: label.length <= MAX_CHOICE ? label : s.name, value: s.name };
      });
  },
});
