/**
 * The anchoring rules of dateAnchors.ts as rule tables, with how one rule is run alone on an example: the
 * example is an article (paragraphs apart by a blank line) with the date in brackets; `given.published` is
 * its day, `given.others` more articles of the story (published on `given.othersPublished`). The story is
 * read as the timeline reads it; an `anchor.day.*` rule yields the day the bracketed date's sentence counts
 * from, an anchoring rule the date it places when it is the only anchoring rule there is.
 */
import { articleFromText } from '../story/loadStory.ts';
import { Story } from '../story/story.ts';
import { ANCHOR_RULES, NARRATIVE_RULE, REFERENCE_RULES, type AnchorExpect, type AnchorRule, type ReferenceRule } from './dateAnchors.ts';
import type { ResolvedDate } from './dateMath.ts';
import { ruleTable, type NamedRule } from './rules/ruleTable.ts';
import { placeStory } from './timeline.ts';
import { readStoryDates } from './timelineRead.ts';

interface ExampleStory {
  story: Story;
  /** The words in brackets. */
  expression: string;
}

function page(file: string, text: string, published: unknown): ReturnType<typeof articleFromText>['article'] {
  const front = typeof published === 'string' ? `---\npublished: ${published}\n---\n` : '';
  return articleFromText(file, front + text).article;
}

/** The example's story: its article (brackets taken out) first, then the others. */
function exampleStory(text: string, given: Record<string, unknown> = {}): ExampleStory {
  const open = text.indexOf('[');
  const close = text.indexOf(']', open);
  if (open < 0 || close < 0) throw new Error(`anchoring example without a [date]: ${text}`);
  const expression = text.slice(open + 1, close);
  const others = Object.entries((given.others ?? {}) as Record<string, string>).map(([file, other]) => page(file, other, given.othersPublished));
  const articles = [page('a.md', text.slice(0, open) + expression + text.slice(close + 1), given.published), ...others];
  return { story: new Story({ dir: '/example', name: 'example', version: 'v1', articles }), expression };
}

const shown = (date: ResolvedDate): string => (date.start === date.end ? date.start : `${date.start}..${date.end}`);

export const ANCHOR_DAY_TABLE = ruleTable<ReferenceRule>({
  name: 'anchorDay',
  rules: REFERENCE_RULES,
  tryRule(rule, text, given) {
    const { story, expression } = exampleStory(text, given);
    const dates = readStoryDates(story);
    const sentence = story.sentences.find((s) => s.file === 'a.md' && s.text.includes(expression));
    const pageDays = dates.pages.get('a.md');
    const day = sentence && pageDays && rule.day(pageDays, sentence.index);
    return day ? { date: day } : undefined;
  },
});

/** The bracketed mention of the example, placed with `rules`, when `id` is the rule that placed it. */
function placedBy(id: string, rules: readonly AnchorRule[], text: string, given?: Record<string, unknown>): AnchorExpect | undefined {
  const { story, expression } = exampleStory(text, given);
  const placed = placeStory(story, readStoryDates(story), rules);
  const mention = placed.resolved.find((m) => m.sentence.file === 'a.md' && (m.expression.includes(expression) || expression.includes(m.expression)));
  if (!mention?.date || mention.explanation?.rule !== id) return undefined;
  return { date: shown(mention.date), evidence: mention.explanation.evidence };
}

export const ANCHOR_EVENT_TABLE = ruleTable<AnchorRule>({
  name: 'anchorEvent',
  rules: ANCHOR_RULES,
  tryRule: (rule, text, given) => placedBy(rule.id, [rule], text, given),
});

/** The narrative's placing runs with every anchoring rule, as the timeline does. */
export const ANCHOR_NARRATIVE_TABLE = ruleTable<NamedRule<AnchorExpect>>({
  name: 'anchorNarrative',
  rules: [NARRATIVE_RULE],
  tryRule: (rule, text, given) => placedBy(rule.id, ANCHOR_RULES, text, given),
});
