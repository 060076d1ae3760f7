/**
 * People (and organisations) of a story: one entry per individual across every article. Full names are
 * found by the name rules (./nameRules.ts: compromise's first-name lexicon, a title or role before the name,
 * evidence from the context); titles and roles are kept as the description, never as part of the name;
 * surname-only mentions ("Okafor said") and role mentions ("the president") are linked to a full name found
 * anywhere in the story.
 *
 * The stage runs as an ordered list of steps over plain data: the paragraphs scanned once (./peopleText.ts:
 * text, tokens, quote spans, tokens claimed for a name), and the registry the steps fill in. When the last
 * step has run the registry is frozen: later stages (quotes) only propose (see ./peopleRegistry.ts).
 */
import type { Story } from '../story/story.ts';
import { perStory } from '../story/perStory.ts';
import { pastedPosts, type PastedPost } from './speechPosts.ts';
import { accountKind } from './nameRules.ts';
import { genderOf } from './peopleNames.ts';
import { People, type Person } from './peopleRegistry.ts';
import { scanStory, type ScannedParagraph } from './peopleText.ts';
import { ParagraphOrder } from './speechText.ts';
import { fullNames } from './peopleFind.ts';
import { MENTION_RULES } from './mentionRules.ts';

export { People } from './peopleRegistry.ts';
export type { AgeMention, Gender, Mention, Person } from './peopleRegistry.ts';

/** One step of the stage: what it reads and adds is in its own file. */
interface Step {
  name: string;
  run(people: People, paragraphs: readonly ScannedParagraph[]): void;
}

/** The mentions in story order (paragraphs as the story has them, then offset), re-indexed. */
function inStoryOrder(people: People): void {
  const order = ParagraphOrder.of(people.paragraphs);
  // Each mention's paragraph looked up once, not per comparison (a stable sort on the same keys).
  const keyed = people.mentions.map((m) => ({ m, at: order.at(m.file, m.paragraph)! }));
  keyed.sort((x, y) => x.at - y.at || x.m.start - y.m.start);
  keyed.forEach((k, i) => (people.mentions[i] = k.m));
  people.reindexMentions();
}

const rule = (id: string): Step['run'] => MENTION_RULES.find((r) => r.id === id)!.run;

/** The steps after the full names, in order: the mention rules (./mentionRules.ts) by id, and the plumbing between them. */
const STEPS: readonly Step[] = [
  { name: 'name.mention.written-out', run: rule('name.mention.written-out') },
  { name: 'name.mention.played-by', run: rule('name.mention.played-by') },
  // Authors of social posts pasted as text ("— Jane Doe (@janedoe) March 3, 2024", "Posted by u/jd").
  { name: 'pasted posts', run: (people) => pastedPosts(people.paragraphs).bodies.forEach((post) => postAuthor(people, post)) },
  { name: 'name.mention.family-member', run: rule('name.mention.family-member') },
  // Genders the narration gives ("said his constituents") before surnames are read, so that "Ms Okafor"
  // can pick the one woman of two Okafors.
  { name: 'story order', run: inStoryOrder },
  { name: 'name.gender.pronouns', run: rule('name.gender.pronouns') },
  { name: 'name.mention.first-name-alone', run: rule('name.mention.first-name-alone') },
  { name: 'name.mention.first-name-apposition', run: rule('name.mention.first-name-apposition') },
  { name: 'name.mention.surname-alone', run: rule('name.mention.surname-alone') },
  { name: 'name.mention.bare-role', run: rule('name.mention.bare-role') },
  { name: 'story order', run: inStoryOrder },
  { name: 'name.gender.pronouns', run: rule('name.gender.pronouns') },
];

function buildPeople(story: Story): People {
  const people = new People();
  const articles = scanStory(story);
  fullNames(people, story, articles);
  const paragraphs = articles.flat();
  for (const step of STEPS) step.run(people, paragraphs);
  return people.freeze();
}

/** The person or organisation an account line names, registered (or, once built, proposed) with its handle. */
export function postAuthor(people: People, post: PastedPost): Person {
  const words = post.author.split(/\s+/);
  const found = people.lookup(post.author) ?? (accountKind(words).kind === 'organisation' ? people.organisation(post.author) : people.get(people.addName(words, genderOf(words[0])).id)!);
  if (post.handle) people.addAlias(found.id, `@${post.handle}`);
  return people.get(found.id)!;
}

/** The people of a story, computed once per Story object. */
export const peopleOf: (story: Story) => People = perStory(buildPeople);
