import type { SourceEntry, SourcesAnswer } from '../../../commands/sources.ts';
import { shorten, sourceName, type Presentation, type PresentedItem } from '../presentation.ts';

/** Longest headline shown in a source's line; an untitled article shows fewer words of its first sentence. */
const HEADLINE_LENGTH = 90;
const OPENING_LENGTH = 50;

/** The source as one line: who published it, the headline, the date. */
const nameOf = (source: SourceEntry) => sourceName({ file: source.file, title: source.title, outlet: source.outlet, url: source.url ?? undefined, untitled: !source.headline });

function line(source: SourceEntry): string {
  // The headline is on the line anyway: it does not stand in for a missing outlet here.
  const name = source.outlet || !source.headline || source.url ? nameOf(source) : 'outlet not stated';
  const headline = source.headline ? `“${shorten(source.headline, HEADLINE_LENGTH)}”` : `no headline; begins “${shorten(source.title, OPENING_LENGTH)}”`;
  return `${name} — ${headline} — ${source.published ?? 'date not stated'}`;
}

function describe(source: SourceEntry): string {
  const by = source.author ? `by ${source.author} · ` : '';
  return `${by}${source.words} words (${source.share}% of the story), ${source.uniqueSentences} sentences no other source has`;
}

export function presentSources(answer: SourcesAnswer): Presentation {
  if (!answer.about) {
    return {
      title: `${answer.sources.length} sources`,
      items: answer.sources.map((s) => ({ heading: line(s), text: describe(s), citations: [] })),
    };
  }
  const covering = answer.sources.filter((s) => s.covers);
  const missing = answer.sources.filter((s) => !s.covers);
  const items: PresentedItem[] = covering.map((s) => ({
    heading: line(s),
    text: s.best?.text ?? '',
    details: [describe(s)],
    citations: s.best?.citations ?? [],
  }));
  const note = missing.length
    ? `Not covered by: ${missing.map(nameOf).join('; ')}`
    : undefined;
  return {
    title: `Sources about “${answer.about}”`,
    summary: `${covering.length} of ${answer.sources.length} sources cover it.`,
    items,
    note,
  };
}
