import type { Presentation } from '../presentation.ts';
import { presentAsk } from './ask.ts';
import { presentHelp } from './help.ts';
import { presentSources } from './sources.ts';
import { presentStory } from './story.ts';
import { presentTimeline } from './timeline.ts';
import { presentWhoSaid } from './whoSaid.ts';

type Presenter = (answer: never) => Presentation;

/** One presenter per command; a command without one is shown as its JSON. */
const PRESENTERS: Record<string, Presenter> = {
  ask: presentAsk,
  help: presentHelp,
  sources: presentSources,
  story: presentStory,
  timeline: presentTimeline,
  'who-said': presentWhoSaid,
};

export function present(command: string, answer: unknown): Presentation {
  const presenter = PRESENTERS[command] as ((answer: unknown) => Presentation) | undefined;
  if (presenter) return presenter(answer);
  return { title: `/${command}`, items: [{ heading: 'answer', text: JSON.stringify(answer, null, 2), citations: [] }] };
}
