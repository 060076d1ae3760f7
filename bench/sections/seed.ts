import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Command, type CommandOptions, UserInputError } from '../../src/commands/command.ts';
import { loadCommands } from '../../src/commands/registry.ts';
import type { Story } from '../../src/story/story.ts';
import { optionSets, questions } from '../lib/storyQueries.ts';
import { ms, summarise, time } from '../lib/stats.ts';

export const title = 'Seed story: startup (load, analyse, index) and every command handler, uncached';

const SEEDS = join(dirname(fileURLToPath(import.meta.url)), '..', '..', 'seeds');

async function run(command: Command, story: Story, options: CommandOptions): Promise<'ok' | 'rejected'> {
  try {
    await command.handler(story, options);
    return 'ok';
  } catch (err) {
    if (err instanceof UserInputError) return 'rejected';
    throw err;
  }
}

/**
 * Startup, in the order the bot does it: import the command modules (and what they import), load
 * and index the story, then the first answer of every command (which pays for analysis done lazily
 * on first use). Then each handler is called over its representative option sets, round-robin,
 * straight (no answer cache), and timed per call.
 */
export default async function seed(ctx: { quick: boolean }): Promise<Record<string, unknown>> {
  // The story code is imported inside the timed window, as a fresh `npm start` pays for it.
  const imported = await time(async () => {
    const [commands, { loadStory }] = await Promise.all([loadCommands(), import('../../src/story/loadStory.ts')]);
    return { commands, loadStory };
  });
  const { loadStory } = imported.value;
  const commands = [...imported.value.commands.values()];
  const loaded = await time(() => loadStory(SEEDS));
  const story = loaded.value;
  const firstAnswers: Record<string, number> = {};
  let analyse = 0;
  // First answers before anything else touches the story, so lazy loads (compromise, chrono-node) and
  // per-story tables are paid here: a required option gets the story's first words.
  const opening = story.sentences[0]?.text.split(/\s+/).slice(0, 6).join(' ') ?? 'story';
  for (const command of commands) {
    const firstOptions = Object.fromEntries(command.options.filter((o) => o.required).map((o) => [o.name, opening]));
    const first = await time(() => run(command, story, firstOptions));
    firstAnswers[command.name] = ms(first.ms, 1);
    analyse += first.ms;
  }
  const sets = new Map<string, CommandOptions[]>();
  for (const command of commands) sets.set(command.name, await optionSets(command, story));
  // A second load, now that the code is warm: what a reload of a changed story costs.
  const reload = await time(() => loadStory(SEEDS));

  const rounds = ctx.quick ? 40 : 200;
  const handlers: Record<string, unknown>[] = [];
  for (const command of commands) {
    const options = sets.get(command.name)!;
    const durations: number[] = [];
    let rejected = 0;
    for (let round = 0; round < rounds; round++) {
      for (const set of options) {
        const start = performance.now();
        if ((await run(command, story, set)) === 'rejected') rejected++;
        durations.push(performance.now() - start);
      }
    }
    handlers.push({ command: `/${command.name}`, optionSets: options.length, ...summarise(durations), rejected, firstCallMs: firstAnswers[command.name] });
  }

  const autocomplete: Record<string, unknown>[] = [];
  for (const command of commands) {
    if (!command.autocomplete) continue;
    for (const option of command.options.filter((o) => o.autocomplete)) {
      const typed = ['', ...questions(story, 6).map((q) => q.split(' ').pop()!.slice(0, 3))];
      const durations: number[] = [];
      for (let round = 0; round < rounds; round++) {
        for (const t of typed) {
          const start = performance.now();
          await command.autocomplete(story, option.name, t);
          durations.push(performance.now() - start);
        }
      }
      autocomplete.push({ command: `/${command.name} ${option.name}`, ...summarise(durations) });
    }
  }

  return {
    story: { name: story.name, articles: story.articles.length, sentences: story.sentences.length, version: story.version },
    startup: {
      totalMs: ms(imported.ms + loaded.ms + analyse, 1),
      importCommandsMs: ms(imported.ms, 1),
      loadAndIndexMs: ms(loaded.ms, 1),
      firstAnswersMs: ms(analyse, 1),
      warmReloadMs: ms(reload.ms, 1),
      note: 'in-process, after the bench runner started; node + tsx boot not included',
    },
    handlers,
    ...(autocomplete.length ? { autocomplete } : {}),
  };
}
