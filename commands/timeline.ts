import type { ResolvedDate } from '../src/analysis/dateMath.ts';
import type { DateExplanation, UnplacedMention } from '../src/analysis/timeline.ts';
import { defineCommand, loadedOnFirstUse, textOption, UserInputError, type CommandOptions } from '../src/commands/command.ts';
import type { Citation } from '../src/story/types.ts';

/**
 * The date reading (the options' dates) and the timeline analysis, loaded on first use: the bot's main
 * thread, which routes /timeline to an analysis worker, loads only the date reading, when a date is typed.
 */
const dateReading = loadedOnFirstUse(() => import('../src/analysis/dateInput.ts'));
async function loadTimelineAnalysis() {
  const [{ selectEvents, timelineOf }, { topicChoices }] = await Promise.all([import('../src/analysis/timeline.ts'), import('../src/analysis/topics.ts')]);
  return { selectEvents, timelineOf, topicChoices };
}
const timelineAnalysis = loadedOnFirstUse(loadTimelineAnalysis);

export interface TimelineEntry {
  date: ResolvedDate;
  text: string;
  expression: string;
  sources: number;
  citations: Citation[];
  /** Which rules found and placed the date (--explain; never shown on Discord). */
  explanation?: DateExplanation;
}

export interface TimelineAnswer {
  about?: string;
  /** The range asked for, as YYYY-MM-DD. */
  from?: string;
  to?: string;
  events: TimelineEntry[];
  /** Events in the whole story, before filtering. */
  total: number;
  /** Dates the story mentions but that cannot be placed (no publication date, no year). */
  unplaced: UnplacedMention[];
}

async function dateOption(options: CommandOptions, name: 'from' | 'to'): Promise<ResolvedDate | undefined> {
  const text = textOption(options, name, 40);
  if (!text) return undefined;
  const { DateInputError, parseUserDate } = await dateReading();
  try {
    return parseUserDate(text);
  } catch (err) {
    if (err instanceof DateInputError) throw new UserInputError(`\`${name}\`: ${err.message}`);
    throw err;
  }
}

/** The dates asked for, as YYYY-MM-DD; a bad date or a reversed range is a UserInputError. */
async function rangeOf(options: CommandOptions): Promise<{ from?: string; to?: string }> {
  const from = (await dateOption(options, 'from'))?.start;
  const to = (await dateOption(options, 'to'))?.end;
  if (from && to && from > to) throw new UserInputError(`\`from\` (${from}) is after \`to\` (${to}); swap them.`);
  return { from, to };
}

const quoted = (words: string): string => (words ? ` “${words}”` : '');

/**
 * --explain: for each event, the rule that placed its date, then every rule that had a say in order (the date
 * rule that found the words, the tense rules that read the sentence, the anchoring rule) with the words each read.
 */
export function explainTimeline(answer: TimelineAnswer): string[] {
  const lines: string[] = [];
  for (const event of answer.events) {
    const explanation = event.explanation;
    lines.push(`${event.date.label} “${event.expression}”: placed by ${explanation ? `${explanation.rule}${quoted(explanation.evidence)}` : 'no recorded rule'}`);
    for (const step of explanation?.steps ?? []) lines.push(`  ${step.rule}${quoted(step.evidence)}`);
    for (const other of explanation?.passedOver ?? []) lines.push(`  passed over ${other.rule ?? 'a match'} “${other.candidate}”: ${other.reason}`);
  }
  for (const mention of answer.unplaced) lines.push(`unplaced “${mention.expression}”: ${mention.label}`);
  return lines;
}

export default defineCommand<TimelineAnswer>({
  name: 'timeline',
  description: 'What happened when: the story’s dated events, merged across outlets, with citations.',
  options: [
    { name: 'about', description: 'Only events about this, e.g. "press conference"', type: 'string', maxLength: 200, autocomplete: true },
    { name: 'from', description: 'Earliest date, e.g. 2018-07-16 or July 16 2018', type: 'string', maxLength: 40 },
    { name: 'to', description: 'Latest date, e.g. 2018-07-20 or July 2018', type: 'string', maxLength: 40 },
  ],
  // The answer carries a rendered picture: rate-limited per user, and always deferred.
  expensive: true,
  async autocomplete(story, option, typed) {
    return option === 'about' ? (await timelineAnalysis()).topicChoices(story, typed) : [];
  },
  example: { from: '2024-03-01', to: 'March 2024' },
  exampleFrom(story) {
    const dates = story.articles.map((a) => a.meta.published).filter((d): d is string => !!d).sort();
    return dates.length ? { from: dates[0], to: dates[dates.length - 1] } : undefined;
  },
  explain: explainTimeline,
  async check(options) {
    textOption(options, 'about', 200);
    await rangeOf(options);
  },
  async handler(story, options) {
    const about = textOption(options, 'about', 200);
    const { from, to } = await rangeOf(options);
    const { selectEvents, timelineOf } = await timelineAnalysis();
    const timeline = timelineOf(story);
    const events = selectEvents(story, timeline.events, { about, from, to }).map(({ sentences: _sentences, ...event }) => event);
    return {
      ...(about ? { about } : {}),
      ...(from ? { from } : {}),
      ...(to ? { to } : {}),
      events,
      total: timeline.events.length,
      unplaced: timeline.unplaced,
    };
  },
});
