import type { TimelineAnswer } from '../../../commands/timeline.ts';
import type { Presentation } from '../presentation.ts';
import { renderTimelineImage } from '../timelineImage.ts';

/** A picture is attached from this many events on. */
export const IMAGE_FROM_EVENTS = 3;

function scope(answer: TimelineAnswer): string {
  const parts = [answer.about ? `about “${answer.about}”` : '', answer.from ? `from ${answer.from}` : '', answer.to ? `to ${answer.to}` : ''].filter(Boolean);
  return parts.join(' ');
}

export function presentTimeline(answer: TimelineAnswer): Presentation {
  const title = `Timeline${answer.about ? `: ${answer.about}` : ''}`;
  const unplaced = answer.unplaced.length
    ? `Not placed on the timeline: ${answer.unplaced
        .slice(0, 5)
        .map((u) => `${u.label} (${u.citation.outlet ?? u.citation.title})`)
        .join('; ')}${answer.unplaced.length > 5 ? `; and ${answer.unplaced.length - 5} more` : ''}.`
    : undefined;
  if (!answer.events.length) {
    const asked = scope(answer);
    return {
      title,
      items: [],
      note: [`No dated events${asked ? ` ${asked}` : ''}: the story has ${answer.total} in all.`, unplaced].filter(Boolean).join(' '),
    };
  }
  const first = answer.events[0].date.label;
  const last = answer.events[answer.events.length - 1].date.label;
  const presentation: Presentation = {
    title,
    summary: `${answer.events.length} ${answer.events.length === 1 ? 'event' : 'events'}${first === last ? `, ${first}` : `, ${first} to ${last}`}${scope(answer) ? ` (${scope(answer)})` : ''}.`,
    items: answer.events.map((event) => ({
      heading: `${event.date.label} · ${event.sources === 1 ? '1 source' : `${event.sources} sources`}`,
      text: event.text,
      citations: event.citations,
    })),
    note: unplaced,
  };
  if (answer.events.length >= IMAGE_FROM_EVENTS) {
    const rows = answer.events.map((e) => ({ label: e.date.label, text: e.text, sources: e.sources, start: e.date.start, end: e.date.end }));
    presentation.image = {
      name: 'timeline.png',
      // Drawn only when a renderer sends the picture (Discord's first page), not for text output.
      get png() {
        return renderTimelineImage(title, rows).png;
      },
      description: `Timeline of ${answer.events.length} events from ${first} to ${last}`,
    };
  }
  return presentation;
}
