import type { SourceEntry, SourcesAnswer } from '../../../commands/sources.ts';
import { shorten, type Presentation, type PresentedItem } from '../presentation.ts';

/**
 * An untitled article is shown by its first sentence, which can run to a paragraph: headings keep the
 * first words of it, and the list of articles not covering a topic keeps fewer.
 */
const HEADING_LENGTH = 90;
const LISTED_LENGTH = 60;

function describe(source: SourceEntry): string {
  const who = [source.outlet, source.author ? `by ${source.author}` : undefined].filter(Boolean).join(', ') || 'outlet not stated';
  const when = source.published ?? 'date not stated';
  return `${who} · ${when} · ${source.words} words (${source.share}% of the story), ${source.uniqueSentences} sentences no other source has`;
}

export function presentSources(answer: SourcesAnswer): Presentation {
  if (!answer.about) {
    return {
      title: `${answer.sources.length} sources`,
      items: answer.sources.map((s) => ({ heading: shorten(s.title, HEADING_LENGTH), text: describe(s), citations: [] })),
    };
  }
  const covering = answer.sources.filter((s) => s.covers);
  const missing = answer.sources.filter((s) => !s.covers);
  const items: PresentedItem[] = covering.map((s) => ({
    heading: shorten(s.title, HEADING_LENGTH),
    text: s.best?.text ?? '',
    details: [describe(s)],
    citations: s.best?.citations ?? [],
  }));
  const note = missing.length
    ? `Not covered by: ${missing.map((s) => shorten(s.title, LISTED_LENGTH)).join('; ')}`
    : undefined;
  return {
    title: `Sources about “${answer.about}”`,
    summary: `${covering.length} of ${answer.sources.length} sources cover it.`,
    items,
    note,
  };
}
