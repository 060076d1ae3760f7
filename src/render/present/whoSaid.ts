import type { WhoSaidAnswer } from '../../../commands/who-said.ts';
import type { Quote } from '../../analysis/quotes.ts';
import type { Presentation, PresentedItem } from '../presentation.ts';
import { wordingsLine } from './wordings.ts';

function who(quote: Quote): string {
  if (quote.speaker) return quote.speaker.description ? `${quote.speaker.name}, ${quote.speaker.description}` : quote.speaker.name;
  if (quote.attribution === 'anonymous') return quote.source ? `Anonymous source (${quote.source})` : 'Anonymous source';
  return 'Unattributed';
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
const carriers = (quote: Quote) => new Set(quote.citations.map((c) => c.file)).size;

function details(quote: Quote): string[] {
  const lines: string[] = [];
  if (quote.attribution === 'pronoun') lines.push('The article names the speaker by “he” or “she”.');
  const wordings = wordingsLine(quote.text, quote.variants);
  if (wordings) lines.push(wordings);
  return lines;
}

/** One entry per quotation: its speaker (or how many outlets carry it), the words, other wordings, every source. */
function item(quote: Quote, heading = `${who(quote)} · ${plural(carriers(quote), 'source')}`): PresentedItem {
  return { heading, text: `“${quote.text}”`, details: details(quote), citations: quote.citations };
}

/** In a speaker's answer the speaker is the title: the heading says how widely the quote was carried. */
const carriedBy = (quote: Quote) => (carriers(quote) > 1 ? `Reported by ${carriers(quote)} sources` : 'From 1 source');

/** A speaker's short quoted phrases (speakers mode, where `quotes` holds every quote of the story). */
function phrasesOf(answer: WhoSaidAnswer, name: string): string {
  const phrases = [...new Set(answer.quotes.filter((q) => q.speaker?.name === name).map((q) => `“${q.text}”`))];
  return phrases.length > 4 ? `${phrases.slice(0, 4).join(', ')}…` : phrases.join(', ');
}

export function presentWhoSaid(answer: WhoSaidAnswer): Presentation {
  if (answer.mode === 'quote') {
    if (!answer.quotes.length) {
      return { title: `No quote matching “${answer.query}”`, items: [], note: 'Try other words from the quote, or /who-said with no options to see who is quoted.' };
    }
    const items = answer.quotes.map((q) => item(q));
    if (answer.otherSpeaker && answer.speaker) {
      const others = [...new Set(answer.quotes.map((q) => q.speaker?.name ?? 'an unnamed speaker'))].join(', ');
      return { title: `Who said “${answer.query}”?`, summary: `Not ${answer.speaker.name}: the story quotes ${others} saying it.`, items };
    }
    return { title: `Who said “${answer.query}”?`, items };
  }
  if (answer.mode === 'speaker' && answer.speaker) {
    const s = answer.speaker;
    const sources = answer.bySource?.length ?? 0;
    const phrases = answer.phrases?.length ? `Also quoted in passing: ${answer.phrases.map((p) => `“${p}”`).join(', ')}.` : undefined;
    return {
      title: `What ${s.name} said`,
      summary: [s.description, `${plural(answer.quotes.length, s.quotes ? 'quote' : 'short phrase')} in ${plural(sources, 'source')}`].filter(Boolean).join(' · '),
      items: answer.quotes.map((q) => item(q, carriedBy(q))),
      note: phrases,
    };
  }
  const speakers = answer.speakers ?? [];
  return {
    title: `${speakers.length} speaker${speakers.length === 1 ? '' : 's'} quoted`,
    summary: answer.unattributed ? `${answer.unattributed} quote${answer.unattributed === 1 ? '' : 's'} without a named speaker.` : undefined,
    items: speakers.map((s) => ({
      heading: s.name,
      text: `${s.quotes ? plural(s.quotes, 'quote') : `only short phrases: ${phrasesOf(answer, s.name)}`}${s.description ? ` · ${s.description}` : ''}${s.kind === 'organisation' ? ' · organisation' : ''}`,
      citations: [],
    })),
    note: 'Use /who-said speaker:<name> for what someone said, or /who-said quote:<words> to find who said something.',
  };
}
