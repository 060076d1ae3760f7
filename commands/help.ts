import { defineCommand, type Command } from '../src/commands/command.ts';
import { loadCommands } from '../src/commands/registry.ts';
import { optionsUsage, slashInvocation } from '../src/commands/usage.ts';
import { CITATION_HELP } from '../src/render/presentation.ts';

export interface HelpAnswer {
  story: { name: string; articles: number; from: string | null; to: string | null };
  commands: { name: string; description: string; usage: string; example: string }[];
  citations: string;
}

/** Every command with one example, the story loaded, and how citations read. Shown only to the asker. */
export default defineCommand<HelpAnswer>({
  name: 'help',
  description: 'How to use this bot: the commands with an example each, and the story it knows.',
  options: [],
  personal: true,
  // The commands as the bot runs them (their examples come from the analysis workers), else as loaded.
  async handler(story, _options, context) {
    const dates = story.articles.map((a) => a.meta.published).filter((d): d is string => !!d).sort();
    const commands = [...(context?.commands ?? (await loadCommands())).values()].filter((c) => c.name !== 'help');
    return {
      story: { name: story.name, articles: story.articles.length, from: dates[0] ?? null, to: dates[dates.length - 1] ?? null },
      commands: await Promise.all(
        commands.map(async (c: Command) => ({
          name: c.name,
          description: c.description,
          usage: `/${c.name} ${optionsUsage(c, 'slash')}`.trim(),
          example: slashInvocation(c, (await c.exampleFrom?.(story)) ?? c.example ?? {}),
        })),
      ),
      citations: CITATION_HELP,
    };
  },
});
