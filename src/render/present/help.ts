import type { HelpAnswer } from '../../../commands/help.ts';
import type { Presentation } from '../presentation.ts';

export function presentHelp(answer: HelpAnswer): Presentation {
  const { story } = answer;
  const dates = story.from && story.to ? (story.from === story.to ? `, published ${story.from}` : `, published ${story.from} to ${story.to}`) : '';
  return {
    title: 'How to use storyline',
    summary: `The story loaded: “${story.name}”, ${story.articles} article${story.articles === 1 ? '' : 's'}${dates}. Options in [brackets] are optional.`,
    items: answer.commands.map((c) => ({ heading: c.usage, text: c.description, details: [`Example: ${c.example}`], citations: [] })),
    note: answer.citations,
  };
}
