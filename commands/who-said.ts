import { matchQuotes, matchSpeakers } from '../src/analysis/quoteMatch.ts';
import { quotesOf, type Quote, type QuoteSpeaker } from '../src/analysis/quotes.ts';
import { defineCommand, textOption, UserInputError } from '../src/commands/command.ts';

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
}

const MAX_CHOICE = 100;

export default defineCommand<WhoSaidAnswer>({
  name: 'who-said',
  description: 'Who said it: find a quote, everything a person said, or everyone quoted in the story.',
  options: [
    { name: 'quote', description: 'A few words of the quote, e.g. "witch hunt"', type: 'string', maxLength: 200 },
    { name: 'speaker', description: 'A person or organisation quoted in the story', type: 'string', maxLength: 100, autocomplete: true },
  ],
  handler(story, options) {
    const typedQuote = textOption(options, 'quote', 200);
    const typedSpeaker = textOption(options, 'speaker', 100);
    const analysis = quotesOf(story);
    const count = (id: string): SpeakerCount => {
      const s = analysis.speakers.find((x) => x.id === id)!;
      return { name: s.name, aliases: s.aliases, description: s.description, kind: s.kind, quotes: s.quotes };
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
      const hits = matchQuotes(analysis, typedQuote, speakerId ? 50 : 5).filter((h) => !speakerId || analysis.speakerIds[h.index] === speakerId);
      return { mode: 'quote', query: typedQuote, ...(speakerId ? { speaker: count(speakerId) } : {}), quotes: hits.slice(0, 5).map((h) => analysis.quotes[h.index]) };
    }
    if (speakerId) {
      const indexes = analysis.quotes.map((_, i) => i).filter((i) => analysis.speakerIds[i] === speakerId);
      const quotes = indexes.map((i) => analysis.quotes[i]);
      const bySource: SourceGroup[] = [];
      for (const article of story.articles) {
        const mine = quotes.map((q, i) => (q.citations.some((c) => c.file === article.file) ? i : -1)).filter((i) => i >= 0);
        if (!mine.length) continue;
        bySource.push({ file: article.file, title: article.displayTitle, outlet: article.meta.outlet ?? null, published: article.meta.published ?? null, quotes: mine });
      }
      return { mode: 'speaker', speaker: count(speakerId), quotes, bySource };
    }
    return {
      mode: 'speakers',
      quotes: analysis.quotes,
      speakers: analysis.speakers.map((s) => count(s.id)),
      unattributed: analysis.speakerIds.filter((id) => id === null).length,
    };
  },
  autocomplete(story, option, typed) {
    if (option !== 'speaker') return [];
    return matchSpeakers(quotesOf(story).speakers, typed, 25)
      .filter((s) => s.name.length <= MAX_CHOICE)
      .map((s) => {
        const label = `${s.name} (${s.quotes} quote${s.quotes === 1 ? '' : 's'})`;
        return { name: label.length <= MAX_CHOICE ? label : s.name, value: s.name };
      });
  },
});
