import { defineCommand, textOption, UserInputError, type CommandContext, type CommandOptions } from '../src/commands/command.ts';
import { ONE_SOURCE, type AddedArticle, type Place, type RemovedArticle, type StoryListing, type UseResult } from '../src/stories/desk.ts';

export type StoryAnswer =
  | ({ kind: 'list' } & StoryListing)
  | ({ kind: 'use' } & UseResult)
  | ({ kind: 'add' } & AddedArticle)
  | ({ kind: 'remove' } & RemovedArticle);

const storyName = { name: 'story', description: 'The story (default: this channel’s)', type: 'string', maxLength: 100, autocomplete: true } as const;

export default defineCommand<StoryAnswer>({
  name: 'story',
  description: 'See the stories this bot follows; admins choose, add to and remove from them.',
  options: [],
  managesStories: true,
  subcommands: [
    { name: 'list', description: 'Every story: articles, sources, dates, last update', options: [] },
    {
      name: 'use',
      description: 'Answer from this story in this channel (or the whole server) — admins',
      options: [
        { name: 'name', description: 'The story', type: 'string', required: true, maxLength: 100, autocomplete: true },
        { name: 'where', description: 'This channel (default) or the whole server', type: 'string', choices: [{ name: 'this channel', value: 'channel' }, { name: 'the whole server', value: 'server' }] },
      ],
    },
    {
      name: 'add',
      description: 'Add an article by link or file; a new story name creates the story — admins',
      options: [
        { name: 'url', description: 'Link to the article (http or https)', type: 'string', maxLength: 2000 },
        { name: 'file', description: 'An .html, .htm, .txt or .md file (at most 5 MB)', type: 'attachment' },
        { ...storyName, description: 'The story to add to; a new name creates it (default: this channel’s)' },
      ],
    },
    {
      name: 'remove',
      description: 'Take an article out of a story (kept in its .removed folder) — admins',
      options: [
        { name: 'article', description: 'The article', type: 'string', required: true, maxLength: 200, autocomplete: true },
        storyName,
      ],
    },
  ],
  check: checkOptions,
  example: { subcommand: 'list' },
  autocomplete(_story, option, typed, context) {
    const desk = context?.stories;
    if (!desk) return [];
    if (option === 'article') return desk.articleChoices(context.options?.story, placeOf(context), typed);
    return desk.storyChoices(typed);
  },
  async handler(_story, options, context) {
    const desk = context?.stories;
    if (!desk) throw new UserInputError('/story manages the stories of the Discord bot; here, point STORY_DIR (or --story) at a folder instead.');
    const place = placeOf(context);
    const sub = checkOptions(options);
    if (sub === 'list') return { kind: 'list', ...desk.list(place) };
    if (!context.caller?.isAdmin) throw new UserInputError(`Only members with ${desk.adminRule} can change stories. \`/story list\` shows them to everyone.`);
    switch (sub) {
      case 'use':
        return { kind: 'use', ...(await desk.use(required(options, 'name'), whereOf(options), place)) };
      case 'add':
        return { kind: 'add', ...(await desk.add({ story: textOption(options, 'story', 100), url: textOption(options, 'url', 2000), file: context.attachments?.file }, place)) };
      case 'remove':
        return { kind: 'remove', ...(await desk.remove({ story: textOption(options, 'story', 100), article: required(options, 'article') }, place)) };
    }
  },
});

type Subcommand = 'list' | 'use' | 'add' | 'remove';

/** The options alone (before anything is shown or fetched): a known subcommand and what it needs. Returns the subcommand. */
function checkOptions(options: CommandOptions): Subcommand {
  const sub = options.subcommand ?? 'list';
  switch (sub) {
    case 'list':
      return sub;
    case 'use':
      required(options, 'name');
      whereOf(options);
      return sub;
    case 'add':
      textOption(options, 'story', 100);
      if (!!textOption(options, 'url', 2000) === !!options.file) throw new UserInputError(ONE_SOURCE);
      return sub;
    case 'remove':
      textOption(options, 'story', 100);
      required(options, 'article');
      return sub;
    default:
      throw new UserInputError(`/story has no \`${String(sub).slice(0, 40)}\`; use list, use, add or remove.`);
  }
}

function whereOf(options: CommandOptions): 'channel' | 'server' {
  const where = textOption(options, 'where', 20) ?? 'channel';
  if (where !== 'channel' && where !== 'server') throw new UserInputError('`where` is either `channel` or `server`.');
  return where;
}

function placeOf(context: CommandContext): Place {
  return { guildId: context.caller?.guildId, channelId: context.caller?.channelId };
}

function required(options: CommandOptions, name: string): string {
  const value = textOption(options, name, 200);
  if (!value) throw new UserInputError(`\`${name}\` is needed.`);
  return value;
}
