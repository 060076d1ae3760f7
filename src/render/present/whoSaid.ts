import type { SourceGroup, WhoSaidAnswer } from '../../../commands/who-said.ts';
import type { Quote } from '../../analysis/quotes.ts';
import { shorten, type Presentation, type PresentedItem } from '../presentation.ts';

/** Longest article title shown as a group heading; an untitled article's title is its whole first sentence. */
const MAX_SOURCE_TITLE = 60;

/** A source group's heading: the outlet, else a short title, with the date when known. */
export function sourceHeading(group: SourceGroup): string {
  const name = group.outlet?.trim() || shorten(group.title.replace(/\s+/g, ' ').trim(), MAX_SOURCE_TITLE) || group.file;
  return group.published ? `${name} · ${group.published}` : name;
}

function who(quote: Quote): string {
  if (quote.speaker) return quote.speaker.description ? `${quote.speaker.name}, ${quote.speaker.description}` : quote.speaker.name;
  if (quote.attribution === 'anonymous') return quote.source ? `Anonymous source (${quote.source})` : 'Anonymous source';
  return 'Unattributed';
}

function details(quote: Quote): string[] {
  const lines: string[] = [];
  if (quote.attribution === 'pronoun') lines.push('Speaker named by a pronoun in the article (he/she).');
  for (const variant of quote.variants) lines.push(`Variant: “${variant}”`);
  return lines;
}

function item(quote: Quote, heading = who(quote)): PresentedItem {
  const sources = new Set(quote.citations.map((c) => c.file)).size;
  return { heading: `${heading} · ${sources} source${sources === 1 ? '' : 's'}`, text: `“${quote.text}”`, details: details(quote), citations: quote.citations };
}

export function presentWhoSaid(answer: WhoSaidAnswer): Presentation {
  if (answer.mode === 'quote') {
    if (!answer.quotes.length) {
      return { title: `No quote matching “${answer.query}”`, items: [], note: 'Try other words from the quote, or /who-said with no options to see who is quoted.' };
    }
    return { title: `Who said “${answer.query}”?`, items: answer.quotes.map((q) => item(q)) };
  }
  if (answer.mode === 'speaker' && answer.speaker) {
    const s = answer.speaker;
    const items: PresentedItem[] = [];
    for (const group of answer.bySource ?? []) {
      const source = sourceHeading(group);
      for (const index of group.quotes) {
        const quote = answer.quotes[index];
        items.push({
          heading: source,
          text: `“${quote.text}”`,
          details: details(quote),
          citations: quote.citations.filter((c) => c.file === group.file),
        });
      }
    }
    return {
      title: `What ${s.name} said`,
      summary: [s.description, `${s.quotes} quote${s.quotes === 1 ? '' : 's'} in ${answer.bySource?.length ?? 0} source${answer.bySource?.length === 1 ? '' : 's'}`].filter(Boolean).join(' · '),
      items,
    };
  }
  const speakers = answer.speakers ?? [];
  return {
    title: `${speakers.length} speaker${speakers.length === 1 ? '' : 's'} quoted`,
    summary: answer.unattributed ? `${answer.unattributed} quote${answer.unattributed === 1 ? '' : 's'} without a named speaker.` : undefined,
    items: speakers.map((s) => ({
      heading: s.name,
      text: `${s.quotes} quote${s.quotes === 1 ? '' : 's'}${s.description ? ` · ${s.description}` : ''}${s.kind === 'organisation' ? ' · organisation' : ''}`,
      citations: [],
    })),
    note: 'Use /who-said speaker:<name> for what someone said, or /who-said quote:<words> to find who said something.',
  };
}
