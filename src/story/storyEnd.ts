/**
 * The end of a story: sign-offs, author cards and reading lists after it (table `story-end`), an author's bio.
 * After a tail marker only page furniture follows, so parseArticle drops what comes after it (a long
 * paragraph of prose excepted).
 */
import { isPersonName } from './bylines.ts';
import { lineRuleTable, recognises, type LineRule } from './lineRules.ts';

/** A story-end rule: a `tail` marker (only furniture after it) or a newsletter's `sign-off` (the writer's name under it). */
export interface StoryEndRule extends LineRule {
  kind: 'tail' | 'sign-off';
}

export const STORY_END_RULES: readonly StoryEndRule[] = [
  {
    id: 'story-end.sign-off',
    note: 'A newsletter\'s sign-off over the writer\'s name: "Until next week,", "Thanks for reading,", "Best,".',
    kind: 'sign-off',
    line: /^(?:until next (?:week|time|issue|month)|see you (?:next \w+|soon)|talk (?:soon|next week)|best(?: wishes)?|all the best|cheers|thanks|thank you|thanks for reading|warmly|regards|kind regards|yours(?: truly)?|take care|more soon|onward)\s*[,!.—-]?$/i,
    examples: recognises('Until next week,', 'Thanks for reading,', 'Best,'),
    notMatching: ['Until next week, the road stays closed.', 'Thanks to the volunteers, nobody was hurt.'],
  },
  {
    id: 'story-end.written-by',
    note: 'An author card: "Written by Jane Doe".',
    kind: 'tail',
    line: /^written by\s+\p{Lu}.{0,60}$/iu,
    examples: recognises('Written by Ana Ruiz'),
    notMatching: ['Written in pencil, the note was found in the cab.', 'Written by the mayor in 1990, the letter was never sent because the council changed its mind.'],
  },
  {
    id: 'story-end.more-from',
    note: 'A reading list after the story: "More from The Ledger".',
    kind: 'tail',
    line: /^more from\s+\p{Lu}.{0,60}$/iu,
    examples: recognises('More from The Ledger'),
    notMatching: ['More from the survey will be published in May, the authors said in a statement on Friday.'],
  },
  {
    id: 'story-end.recommended-from',
    note: 'A reading list after the story: "Recommended from Medium".',
    kind: 'tail',
    line: /^recommended from\s+\S.{0,40}$/iu,
    examples: recognises('Recommended from Medium'),
    notMatching: ['Recommended from the start by the inspectors, the changes were never made, the report found.'],
  },
  {
    id: 'story-end.sign-up-to-discover',
    note: 'A blogging platform\'s box after the story: "Sign up to discover human stories …".',
    kind: 'tail',
    line: /^sign up to discover\b.*$/iu,
    examples: recognises('Sign up to discover human stories that deepen your understanding of the world.'),
    notMatching: ['Signing up to discover the truth, she joined the inquiry team.'],
  },
  {
    id: 'story-end.explore-topics',
    note: 'A topic list after the story: "Explore more on these topics".',
    kind: 'tail',
    line: /^explore more on (?:these|this) topics?$/iu,
    examples: recognises('Explore more on these topics'),
    notMatching: ['Explore more on this topic, the museum invites visitors.'],
  },
  {
    id: 'story-end.reuse-content',
    note: 'A rights link after the story: "Reuse this content".',
    kind: 'tail',
    line: /^reuse this content$/iu,
    examples: recognises('Reuse this content'),
    notMatching: ['Reuse this content freely, the agency told schools.'],
  },
  {
    id: 'story-end.about-the-author',
    note: 'An author card\'s heading: "About the author".',
    kind: 'tail',
    line: /^about the author$/iu,
    examples: recognises('About the author'),
    notMatching: ['About the author little is known.'],
  },
  {
    id: 'story-end.references',
    note: 'The apparatus after a paper or a long read: "References", "Footnotes", "Works cited".',
    kind: 'tail',
    line: /^(?:(?:foot|end)?notes|references|bibliography|works cited)$/iu,
    examples: recognises('References', 'Footnotes', 'Works cited'),
    notMatching: ['References to the mine were removed from the report.'],
  },
  {
    id: 'story-end.end-mark',
    note: 'A press release\'s end mark: "###", "-30-".',
    kind: 'tail',
    line: /^(?:#{3}|-\s?30\s?-)$/iu,
    examples: recognises('###', '- 30 -'),
    notMatching: ['-30 degrees was recorded overnight.'],
  },
];

/** How a tail marker opens: a plain pre-check keeps the \p{Lu} patterns off ordinary prose. */
const TAIL_OPENING = /^(?:written by|more from|recommended from|sign up to discover|explore more on|reuse this content|about the author|foot|end|notes|references|bibliography|works cited|#|-)/iu;

export const STORY_END = lineRuleTable('story-end', STORY_END_RULES, (text, rule) => rule.kind === 'sign-off' || TAIL_OPENING.test(text));

const TAIL_TESTS = STORY_END_RULES.filter((rule) => rule.kind === 'tail').map((rule) => rule.line);
const SIGN_OFF_TESTS = STORY_END_RULES.filter((rule) => rule.kind === 'sign-off').map((rule) => rule.line);

/** A line after which only page furniture follows: an author card, a reading list, a release's end mark. */
export function isTailMarker(text: string): boolean {
  return TAIL_OPENING.test(text) && TAIL_TESTS.some((rule) => rule.test(text));
}

/** "Until next week,", "Thanks for reading,", "Best,": the sign-off above the writer's name. */
export function isSignOff(text: string): boolean {
  return SIGN_OFF_TESTS.some((rule) => rule.test(text));
}

/** The writer an author card names: "Written by Jane Doe" → "Jane Doe". */
export function writtenBy(line: string): string | undefined {
  const writer = /^written by\s+(?<writer>.+)$/i.exec(line);
  return writer && isPersonName(writer.groups!.writer) ? writer.groups!.writer : undefined;
}

/** "Jane Doe is the paper's transport correspondent.", "Doe can be reached at …": an author's bio. */
export function isAuthorBio(text: string, author: string | undefined): boolean {
  if (!author) return false;
  const names = author.split(/\s+and\s+/).flatMap((n) => [n, n.split(/\s+/).pop()!]);
  return names.some((name) => {
    if (!text.startsWith(name + ' ')) return false;
    const rest = text.slice(name.length + 1);
    return /^(?:is|was|covers|writes|reports|edits|has (?:covered|reported|written|been)|can be (?:reached|contacted|emailed)|joined|previously|lives|is based)\b/.test(rest) && rest.length < 300;
  });
}
