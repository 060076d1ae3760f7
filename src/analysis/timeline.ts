/**
 * What happened when: every dated sentence of a story becomes an event (trimmed to the clause that
 * carries the date when it is long), the same event reported by several outlets is merged into one
 * entry with every citation, and events are ordered by date, then by first report.
 * Computed once per Story (memoised) so the /timeline handler only filters.
 *
 * The stages: read every sentence's date mentions against the day they count from (timelineRead.ts);
 * place the dates counted from another date, each by a named anchoring rule (dateAnchors.ts), and the
 * yearless ones in the narrative's year (dateNarrative.ts); merge the reports into events (timelineMerge.ts).
 */
import { terms } from '../search/tokenize.ts';
import type { Story } from '../story/story.ts';
import type { Article, Citation, Sentence } from '../story/types.ts';
import { ANCHOR_RULES, dateExplanation, NARRATIVE_RULE, placeAnchored, type AnchorRule, type DateExplanation } from './dateAnchors.ts';
import { dateKey, type ResolvedDate } from './dateMath.ts';
import { NarrativeTracker } from './dateNarrative.ts';
import { findDateMentions, type DateMention } from './dates.ts';
import { perStory } from '../story/perStory.ts';
import type { PassedOver, RuleTrace } from './rules/ruleTable.ts';
import { readStoryDates, type StoryDates } from './timelineRead.ts';
import { clauseAround, contentTerms, mergeReports, sentenceTerms, type Report, type TimelineEvent } from './timelineMerge.ts';

export { clauseAround, LONG_SENTENCE, type TimelineEvent } from './timelineMerge.ts';
export type { DateExplanation } from './dateAnchors.ts';

/** A date the story mentions but that cannot be placed (e.g. "Monday" in an article without a date). */
export interface UnplacedMention {
  expression: string;
  /** What is known: "Monday, week unknown". */
  label: string;
  citation: Citation;
}

/** Every date expression of the story with what it resolved to (for diagnostics and tests). */
export interface ResolvedMention {
  sentence: Sentence;
  expression: string;
  /** Offset of the expression in the sentence. */
  index: number;
  date?: ResolvedDate;
  /** Set when the date cannot be placed. */
  unresolved?: string;
  /**
   * Which rules found and placed the date (or, unplaced, which rule found the words). Always set by the
   * timeline; optional so that a scorer's test can build mentions by hand.
   */
  explanation?: DateExplanation;
}

export interface Timeline {
  events: TimelineEvent[];
  unplaced: UnplacedMention[];
  mentions: ResolvedMention[];
}

/** The story's timeline, computed on first use. */
export const timelineOf: (story: Story) => Timeline = perStory(buildTimeline);

/** What placing the mentions gives: reports to merge, and every mention with its date or why it has none. */
interface Placed {
  reports: Report[];
  unplaced: UnplacedMention[];
  resolved: ResolvedMention[];
}

/** One article's dates being placed: what the anchoring rules read, and the narrative followed sentence by sentence. */
interface ArticlePlacing {
  story: Story;
  dates: StoryDates;
  article: Article;
  published?: string;
  narrative: NarrativeTracker;
  rules: readonly AnchorRule[];
  out: Placed;
}

function buildTimeline(story: Story): Timeline {
  const dates = readStoryDates(story);
  const out = placeStory(story, dates);
  return { events: mergeReports(story, out.reports), unplaced: out.unplaced, mentions: out.resolved };
}

/** Every mention of the story placed (with `rules`, the anchoring rules: all of them but for a rule's examples). */
export function placeStory(story: Story, dates: StoryDates, rules: readonly AnchorRule[] = ANCHOR_RULES): Placed {
  const out: Placed = { reports: [], unplaced: [], resolved: [] };
  for (const article of story.articles) {
    const published = dates.published.get(article.file);
    const placing: ArticlePlacing = { story, dates, article, published, narrative: new NarrativeTracker(published), rules, out };
    article.sentences.forEach((sentence, position) => {
      placing.narrative.beginSentence(sentence.text);
      placeSentence(placing, sentence, position);
      placing.narrative.endSentence();
    });
  }
  return out;
}

/**
 * What placed a mention that came with its date: the day it counted from, or its own words when they name
 * the date by themselves (read without any day, it is the same date).
 */
function datedBy(dates: StoryDates, sentence: Sentence, mention: DateMention): RuleTrace {
  const own = { rule: mention.rule, evidence: mention.expression };
  if (dates.storyYear.has(mention)) return { rule: 'anchor.day.story-year', evidence: dates.pages.get(sentence.file)?.storyYear ?? '' };
  const reference = dates.reference.get(sentence.index);
  if (!reference) return own;
  const alone = dates.alone.get(sentence.index)?.find((m) => m.index === mention.index && m.date);
  return alone && alone.date!.start === mention.date!.start && alone.date!.end === mention.date!.end ? own : reference;
}

/** The overlapping matches of other date rules that the mention's rule was chosen over, its sentence read again. */
function rivalsOf(dates: StoryDates, sentence: Sentence, mention: DateMention): readonly PassedOver[] | undefined {
  const again = findDateMentions(sentence.text, dates.reference.get(sentence.index)?.evidence, { ...dates.options.get(sentence.file), explain: true });
  return again.find((m) => m.index === mention.index && m.rule === mention.rule)?.passedOver;
}

function placeSentence(placing: ArticlePlacing, sentence: Sentence, position: number): void {
  const { story, dates, article, narrative, out } = placing;
  const list = dates.mentions.get(sentence.index) ?? [];
  const seen = new Set<string>();
  // A sentence that dates two events tells each in its own clause, however short it is.
  const keys = new Set(list.filter((m) => m.date).map((m) => dateKey(m.date!)));
  const several = keys.size > 1;
  for (const mention of list) {
    const anchored = placeAnchored(
      { story, article, position, mention, published: placing.published, mentions: dates.mentions, entryDay: dates.entryDay, lastTold: () => narrative.lastTold },
      placing.rules,
    );
    const told = mention.date ?? anchored?.date;
    const reference = narrative.current;
    const date = told && narrative.place({ ...mention, dated: mention.date !== undefined }, told);
    // Placed in the year the article's narrative has reached (anchor.narrative.year).
    const moved = date && date !== told ? { rule: NARRATIVE_RULE.id, evidence: reference?.label ?? '' } : undefined;
    // A time that cannot be placed says nothing worth listing.
    if (!date && mention.clock) continue;
    const explanation = dateExplanation(
      sentence,
      mention,
      () => anchored?.trace ?? (date ? datedBy(dates, sentence, mention) : { rule: mention.rule, evidence: mention.expression }),
      moved,
      () => rivalsOf(dates, sentence, mention),
    );
    if (!date) {
      const label = mention.unresolved ?? `“${mention.expression}”, date unknown`;
      out.resolved.push({ sentence, expression: mention.expression, index: mention.index, unresolved: label, explanation });
      out.unplaced.push({ expression: mention.expression, label, citation: story.cite(sentence) });
      continue;
    }
    out.resolved.push({ sentence, expression: mention.expression, index: mention.index, date, explanation });
    // A live-blog entry's time dates the entry only when nothing else in it names a date.
    if (mention.clock && list.some((m) => !m.clock && (m.date || m.anchor !== undefined))) continue;
    const key = dateKey(date);
    if (seen.has(key)) continue;
    seen.add(key);
    out.reports.push(reportOf(story, dates, sentence, mention, date, several, explanation));
  }
}

function reportOf(story: Story, dates: StoryDates, sentence: Sentence, mention: DateMention, date: ResolvedDate, several: boolean, explanation: DateExplanation): Report {
  // Without the dateline ("MIAMI, Sept. 28 (Reuters) - "), which is not part of the event.
  const cut = dates.datelines.get(sentence.index) ?? 0;
  // A past event named in passing ("… interfered in the 2016 presidential election") is told by
  // the clause around it, and every mention of the same named event is one entry.
  const named = mention.names ? contentTerms(mention.names) : undefined;
  const text = clauseAround(sentence.text.slice(cut), mention.index - cut, mention.expression.length, several || !!named?.size);
  return { date, text, expression: mention.expression, sentence, terms: text === sentence.text ? sentenceTerms(story, sentence) : contentTerms(text), ...(named?.size ? { named } : {}), explanation };
}

export interface EventFilter {
  /** Free text: events whose reports share at least half of its words known to the story. */
  about?: string;
  /** YYYY-MM-DD: events that end on or after this day. */
  from?: string;
  /** YYYY-MM-DD: events that start on or before this day. */
  to?: string;
}

/** The events that match a filter, in timeline order. */
export function selectEvents(story: Story, events: readonly TimelineEvent[], filter: EventFilter): TimelineEvent[] {
  const known = filter.about ? [...new Set(terms(filter.about))].filter((t) => story.index.has(t)) : undefined;
  if (known && known.length === 0) return [];
  const need = known ? Math.ceil(known.length / 2) : 0;
  return events.filter((event) => {
    if (filter.from && event.date.end < filter.from) return false;
    if (filter.to && event.date.start > filter.to) return false;
    if (!known) return true;
    return event.sentences.some((i) => {
      const own = story.indexTermsOf(story.sentences[i]);
      return known.filter((t) => own.includes(t)).length >= need;
    });
  });
}
