import type { StoryAnswer } from '../../../commands/story.ts';
import type { StorySummary } from '../../stories/desk.ts';
import type { Presentation } from '../presentation.ts';

function describe(s: StorySummary): string {
  if (s.status !== 'ready') return s.status === 'loading' ? 'loading…' : (s.note ?? s.status);
  const dates = s.from ? (s.from === s.to ? ` · ${s.from}` : ` · ${s.from} to ${s.to}`) : '';
  const updated = s.updated ? ` · updated ${s.updated.slice(0, 16).replace('T', ' ')} UTC` : '';
  return `${s.articles} article${s.articles === 1 ? '' : 's'} from ${s.sources} source${s.sources === 1 ? '' : 's'} · ${s.words.toLocaleString('en')} words${dates}${updated}`;
}

const REBUILDING = 'The story is large and still being rebuilt: until then, answers come from the version before this change.';

const BECAUSE = { channel: 'this channel’s story', server: 'this server’s story', first: 'the default story' } as const;

export function presentStory(answer: StoryAnswer): Presentation {
  switch (answer.kind) {
    case 'list':
      // Changes nothing: shown to the asker only, like /help.
      return {
        title: `${answer.stories.length} ${answer.stories.length === 1 ? 'story' : 'stories'}`,
        askerOnly: true,
        items: answer.stories.map((s) => ({
          heading: `${s.name}${answer.current?.id === s.id ? ` (${BECAUSE[answer.current.because]})` : ''}`,
          text: describe(s),
          details: [`story: ${s.id}`],
          citations: [],
        })),
      };
    case 'use':
      return {
        title: `${answer.scope === 'server' ? 'This server' : 'This channel'} now follows “${answer.story.name}”`,
        // The story as an item: a change is shown to the channel (an answer without items is the asker's only).
        items: [{ heading: answer.story.name, text: describe(answer.story), details: [`story: ${answer.story.id}`], citations: [] }],
        note: answer.scope === 'server' ? 'Channels with their own story keep it.' : undefined,
      };
    case 'add':
      return {
        title: `Added to “${answer.story.name}”${answer.created ? ' (new story)' : ''}`,
        summary: describe(answer.story),
        items: [
          {
            heading: answer.title,
            text: [answer.outlet ?? 'outlet not found', answer.author ? `by ${answer.author}` : undefined, answer.published ?? 'date not found', `${answer.words.toLocaleString('en')} words`].filter(Boolean).join(' · '),
            details: [`file: ${answer.file}`, ...(answer.url ? [answer.url] : [])],
            citations: [],
          },
        ],
        note: [answer.warnings.length ? `Warnings: ${answer.warnings.join('; ')}` : '', answer.served ? '' : REBUILDING].filter(Boolean).join('\n') || undefined,
      };
    case 'remove':
      return {
        title: `Removed from “${answer.story.name}”`,
        summary: describe(answer.story),
        items: [{ heading: answer.title, text: `moved to ${answer.movedTo}`, citations: [] }],
        note: answer.served ? undefined : REBUILDING,
      };
  }
}
