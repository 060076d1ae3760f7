/**
 * Anchoring, in one place: what every relative date of a story counts from.
 *
 * - The day a sentence's relative dates ("on Monday", "last week", "today") count from: REFERENCE_RULES
 *   (`anchor.day.*`), first that gives a day: a pasted social post's own day, the page's day moved by a
 *   time zone, the page's own publication day, the day its story tells an undated page was published; an
 *   undated page that nothing dates gives its calendar dates without a year the story's year.
 * - A date counted from another date ("the following day", "two days after the vote", "the following
 *   spring", a time of day without a day): ANCHOR_RULES (`anchor.clock.*`, `anchor.period.*`,
 *   `anchor.event.*`), in order, the first that places it.
 *
 * Each placed date carries the rule that placed it (`DateExplanation`), with the date rule that found its
 * words and the tense rules that read its sentence, for --explain. The examples of both tables are run by
 * test/rules/anchorDay.test.ts and test/rules/anchorEvent.test.ts (see dateAnchorTables.ts).
 */
import { idfOf } from '../search/invertedIndex.ts';
import { terms } from '../search/tokenize.ts';
import type { Story } from '../story/story.ts';
import type { Article, Sentence } from '../story/types.ts';
import { dayDate, type ResolvedDate } from './dateMath.ts';
import { anchoredDate, periodAnchor, type DateMention } from './dates.ts';
import { futureDecision, pastDecision, reportDecision } from './dateTense.ts';
import type { Explanation, NamedRule, PassedOver, RuleExample, RuleNonExample, RuleTrace } from './rules/ruleTable.ts';
import { sentenceTerms } from './timelineMerge.ts';

/**
 * What --explain says of one date: the rule that placed it, every rule that had a say in order, and the
 * overlapping matches of other date rules that the words' rule was chosen over (`passedOver`).
 */
export interface DateExplanation extends Explanation {
  /** The date rule that found the words, the tense rules that read the sentence, the anchoring rule. */
  readonly steps: readonly RuleTrace[];
}

/** What an anchoring example yields: the date it places (YYYY-MM-DD, or start..end) and the words it read. */
export interface AnchorExpect {
  date: string;
  evidence?: string;
}

/** Examples: an article's text with the date in brackets; `given.published` its day, `given.others` more articles. */
interface AnchorExamples {
  examples: readonly RuleExample<AnchorExpect>[];
  notMatching: readonly RuleNonExample[];
}

/** The days a page's relative dates may count from. */
export interface PageDays {
  /** The day the page states (its metadata or dateline). */
  stamped?: string;
  /** That day moved by one (another time zone), when the story's other articles settle it so. */
  shifted?: string;
  /** An undated page: the day its story's dated articles tell it was published. */
  fromStory?: string;
  /** An undated page nothing dates: the story's middle publication day, for the year of its calendar dates. */
  storyYear?: string;
  /** The days of pasted social posts, by sentence index. */
  posts: ReadonlyMap<number, string>;
}

export interface ReferenceRule extends NamedRule<AnchorExpect>, AnchorExamples {
  /** Only for calendar dates without a year that nothing else places (the year, not the day, counts). */
  yearOnly?: boolean;
  day(page: PageDays, sentence: number): string | undefined;
}

export const REFERENCE_RULES: readonly ReferenceRule[] = [
  {
    id: 'anchor.day.post',
    note: "A social post pasted into an article: its relative dates are the post's day, stated on its account line.",
    day: (page, sentence) => page.posts.get(sentence),
    examples: [
      {
        text: 'Big day for the harbour [today]. Proud of the crews! — Jo Marsh (@jomarsh) November 8, 2016\n\nThe post was shared widely.',
        given: { published: '2016-11-09' },
        expect: { date: '2016-11-08' },
      },
    ],
    notMatching: [{ text: 'The harbour reopened [today], the council said.', given: { published: '2016-11-09' } }],
  },
  {
    id: 'anchor.day.shifted',
    note: 'A page stamped a day off in another time zone: the day the other articles of the story settle.',
    day: (page) => page.shifted,
    examples: [
      {
        text: 'The ferry ran aground [today] near the north pier.',
        given: { published: '2024-03-07', others: { 'b.md': 'The ferry ran aground on Wednesday near the north pier, the coastguard said.' }, othersPublished: '2024-03-07' },
        expect: { date: '2024-03-06' },
      },
    ],
    notMatching: [{ text: 'The ferry ran aground [today] near the north pier.', given: { published: '2024-03-07' } }],
  },
  {
    id: 'anchor.day.publication',
    note: "The page's own publication day: what news counts its relative dates from.",
    day: (page) => page.stamped,
    examples: [{ text: 'The pier closed on [Tuesday].', given: { published: '2021-09-09' }, expect: { date: '2021-09-09' } }],
    notMatching: [{ text: 'The pier closed on [Tuesday].', given: {} }],
  },
  {
    id: 'anchor.day.story',
    note: 'An undated page: the day under which its relative dates land where the dated articles date the same events.',
    day: (page) => page.fromStory,
    examples: [
      {
        text: 'The quarry blast shook the valley [yesterday] morning.',
        given: { others: { 'b.md': 'The quarry blast shook the valley on Tuesday morning, residents said.' }, othersPublished: '2024-03-06' },
        expect: { date: '2024-03-06' },
      },
    ],
    notMatching: [{ text: 'The quarry blast shook the valley [yesterday] morning.', given: {} }],
  },
  {
    id: 'anchor.day.story-year',
    note: "An undated page nothing dates: its calendar dates without a year take the story's year when that puts them near its days.",
    yearOnly: true,
    day: (page) => page.storyYear,
    examples: [
      {
        text: 'Talks resumed in Lisbon on [June 1].',
        given: { others: { 'b.md': 'The talks had stalled for a month, diplomats said.' }, othersPublished: '2023-06-10' },
        expect: { date: '2023-06-10' },
      },
    ],
    notMatching: [{ text: 'Talks resumed in Lisbon on [June 1].', given: { published: '2023-06-10' } }],
  },
];

/** The day a sentence's relative dates count from, and the rule that gives it. */
export function referenceDay(page: PageDays, sentence: number): RuleTrace | undefined {
  for (const rule of REFERENCE_RULES) {
    if (rule.yearOnly) continue;
    const day = rule.day(page, sentence);
    if (day !== undefined) return { rule: rule.id, evidence: day };
  }
  return undefined;
}

/** What an anchoring rule reads: the mention, its sentence's place in its article, and the story's dates. */
export interface AnchorContext {
  story: Story;
  article: Article;
  /** The sentence's position in the article. */
  position: number;
  mention: DateMention;
  /** The day the article's dates count from. */
  published?: string;
  mentions: ReadonlyMap<number, readonly DateMention[]>;
  /** The day of each live-blog entry's sentences. */
  entryDay: ReadonlyMap<number, string>;
  /** The last date the article's narrative told before this mention. */
  lastTold(): ResolvedDate | undefined;
}

/**
 * Which anchoring rules a mention needs: a time of day, a count from the period just told, or from an event;
 * `counted` when reading its sentence already counted it from an earlier date of the sentence.
 */
export type AnchorKind = 'clock' | 'period' | 'event' | 'counted';

export interface AnchorRule extends NamedRule<AnchorExpect>, AnchorExamples {
  kind: AnchorKind;
  place(at: AnchorContext): { date: ResolvedDate; evidence: string } | undefined;
}

export function anchorKindOf(mention: DateMention): AnchorKind | undefined {
  if (mention.date) return mention.counted !== undefined ? 'counted' : undefined;
  if (mention.clock) return 'clock';
  if (mention.anchor === undefined) return undefined;
  return periodAnchor(mention.anchorKind) ? 'period' : 'event';
}

/**
 * The mention of the single day a sentence dates an event on (days that date a statement count only when
 * alone). A past-tense account is not counted from a day the sentence looks forward to.
 */
function singleDay(list: readonly DateMention[] | undefined, pastOnly = false): DateMention | undefined {
  const all = (list ?? []).filter((m) => m.date?.granularity === 'day' && m.date.start === m.date.end && !(pastOnly && m.future));
  const events = all.some((m) => !m.reporting) ? all.filter((m) => !m.reporting) : all;
  const days = new Set(events.map((m) => m.date!.start));
  return days.size === 1 ? events[0] : undefined;
}

const onDay = (m: DateMention | undefined) => (m ? { date: dayDate(m.date!.start), evidence: m.expression } : undefined);

/** How far back "the following day" looks for the event just mentioned in the same article. */
const ANCHOR_WINDOW = 4;

/** A count from a day ("the following day"), kept only when a past-tense account does not land after publication. */
function countedFrom(at: AnchorContext, from: DateMention | undefined): { date: ResolvedDate; evidence: string } | undefined {
  if (!from) return undefined;
  const date = anchoredDate(from.date!.start, at.mention);
  const allowed = at.mention.future || !at.published || date.end <= at.published;
  return allowed ? { date, evidence: from.expression } : undefined;
}

const sentenceAt = (at: AnchorContext, back: number): Sentence => at.article.sentences[at.position - back];
const daysOf = (at: AnchorContext, sentence: Sentence) => singleDay(at.mentions.get(sentence.index), !at.mention.future);

/**
 * The content terms of every dated sentence that names a single day (only those can give a day to count
 * from), which of them have each term, and the order of every dated sentence: built once per timeline.
 * With counters by sentence index, reused by every look-up (`seenIn` holds the look-up that last counted it).
 */
interface DatedTerms {
  terms: Map<number, ReadonlySet<string>>;
  withTerm: Map<string, number[]>;
  order: Map<number, number>;
  shared: Int32Array;
  seenIn: Int32Array;
  lookups: number;
  /** The weight of each of these terms, as the story's search index gives it (counted on first use). */
  idf?: Map<string, number>;
}
const datedTerms = new WeakMap<ReadonlyMap<number, readonly DateMention[]>, DatedTerms>();

const namesADay = (m: DateMention) => m.date?.granularity === 'day' && m.date.start === m.date.end;

function datedSentenceTerms(story: Story, mentions: ReadonlyMap<number, readonly DateMention[]>): DatedTerms {
  let dated = datedTerms.get(mentions);
  if (!dated) {
    const size = story.sentences.length;
    dated = { terms: new Map(), withTerm: new Map(), order: new Map(), shared: new Int32Array(size), seenIn: new Int32Array(size), lookups: 0 };
    for (const [index, list] of mentions) {
      dated.order.set(index, dated.order.size);
      if (!list.some(namesADay)) continue;
      const own = sentenceTerms(story, story.sentences[index]);
      dated.terms.set(index, own);
      for (const t of own) {
        let withTerm = dated.withTerm.get(t);
        if (!withTerm) dated.withTerm.set(t, (withTerm = []));
        withTerm.push(index);
      }
    }
    datedTerms.set(mentions, dated);
  }
  return dated;
}

/**
 * natural's idf, 1 + ln(N / (1 + df)), of every term of the dated sentences, df counted over the terms each
 * sentence is indexed under, as the story's search index counts it (without building its postings).
 */
function datedIdf(story: Story, dated: DatedTerms): Map<string, number> {
  if (dated.idf) return dated.idf;
  const slots = new Map<string, number>();
  for (const t of dated.withTerm.keys()) slots.set(t, slots.size);
  const df = new Int32Array(slots.size);
  // The last sentence (+1) that counted towards a term: a sentence counts once however often it says it.
  const lastIn = new Int32Array(slots.size);
  for (const sentence of story.sentences) {
    for (const t of story.indexTermsOf(sentence)) {
      const slot = slots.get(t);
      if (slot === undefined || lastIn[slot] === sentence.index + 1) continue;
      lastIn[slot] = sentence.index + 1;
      df[slot]++;
    }
  }
  const count = story.sentences.length;
  dated.idf = new Map();
  for (const [t, slot] of slots) dated.idf.set(t, idfOf(count, df[slot]));
  return dated.idf;
}

/** The dated sentences (naming a day) that share two or more of the terms. */
function sharingTwo(dated: DatedTerms, terms: ReadonlySet<string>): number[] {
  const { shared, seenIn } = dated;
  const lookup = ++dated.lookups;
  const found: number[] = [];
  for (const t of terms) {
    for (const index of dated.withTerm.get(t) ?? []) {
      if (seenIn[index] !== lookup) {
        seenIn[index] = lookup;
        shared[index] = 1;
      } else if (++shared[index] === 2) found.push(index);
    }
  }
  return found;
}

/**
 * The report elsewhere in the story that best matches the sentences just before the mention (the event just
 * mentioned, dated by another outlet): the dated sentences sharing two or more of their terms, scored by
 * the rarity of the shared terms.
 */
function otherReport(at: AnchorContext): { date: ResolvedDate; evidence: string } | undefined {
  const { story, position } = at;
  const current = at.article.sentences[position];
  const context = new Set<string>();
  for (let k = 1; k <= ANCHOR_WINDOW && position - k >= 0; k++) for (const t of sentenceTerms(at.story, sentenceAt(at, k))) context.add(t);
  // Only the dated sentences sharing two or more of the context's terms can count, found by term.
  const dated = datedSentenceTerms(story, at.mentions);
  const scored: { index: number; score: number; order: number }[] = [];
  for (const index of sharingTwo(dated, context)) {
    if (index === current.index) continue;
    const idf = datedIdf(story, dated);
    let score = 0;
    for (const t of dated.terms.get(index)!) if (context.has(t)) score += idf.get(t)!;
    scored.push({ index, score, order: dated.order.get(index)! });
  }
  // The best score wins, then the earlier dated sentence: the first of them that a day can be counted from.
  scored.sort((a, b) => b.score - a.score || a.order - b.order);
  for (const { index } of scored) {
    const placed = countedFrom(at, singleDay(at.mentions.get(index), !at.mention.future));
    if (placed) return placed;
  }
  return undefined;
}

/** The date an anchored mention was counted from in its own sentence: the last single day told before it, else the last date. */
function sameSentenceBase(at: AnchorContext): DateMention | undefined {
  const earlier = (at.mentions.get(at.article.sentences[at.position].index) ?? []).filter((m) => m !== at.mention && m.index < at.mention.index && m.date);
  return earlier.filter((m) => m.date!.granularity === 'day' && !m.reporting).at(-1) ?? earlier.at(-1);
}

export const ANCHOR_RULES: readonly AnchorRule[] = [
  {
    id: 'anchor.event.same-sentence',
    note: '"Founded in August 2022 and fined two months later": counted from the date told before it in the same sentence (done as the sentence is read, dates.ts).',
    kind: 'counted',
    place: (at) => {
      const base = sameSentenceBase(at);
      return at.mention.date && base ? { date: at.mention.date, evidence: base.expression } : undefined;
    },
    examples: [
      {
        text: 'The firm was founded in August 2022 and was fined [two months later].',
        given: { published: '2024-03-07' },
        expect: { date: '2022-10-01..2022-10-31', evidence: 'August 2022' },
      },
    ],
    notMatching: [{ text: 'The firm was fined [two months later].', given: { published: '2024-03-07' } }],
  },
  {
    id: 'anchor.clock.live-blog-entry',
    note: "A time of day in a live blog's timed entry: the entry's day (the earliest entry is on the publication day, and a time going backwards has crossed midnight).",
    kind: 'clock',
    place: (at) => {
      const day = at.entryDay.get(at.article.sentences[at.position].index);
      return day ? { date: dayDate(day), evidence: day } : undefined;
    },
    examples: [
      {
        text: '9:30pm — Crews reach the ridge.\n\n11:40pm — The wind turns. Fire crews pulled back at [11.45pm].\n\n12:20am — Rain reaches the valley.',
        given: { published: '2024-08-02' },
        expect: { date: '2024-08-02' },
      },
      {
        text: '11:40pm — The wind turns.\n\n12:20am — Rain reaches the valley. The last crew left at [12.50am].\n\n1:10am — The roads reopen.',
        given: { published: '2024-08-02' },
        expect: { date: '2024-08-03' },
      },
    ],
    notMatching: [{ text: 'Fire crews pulled back at [11.45pm].', given: { published: '2024-08-02' } }],
  },
  {
    id: 'anchor.clock.same-paragraph',
    note: 'A time of day after a sentence of its paragraph that dates a single day: that day.',
    kind: 'clock',
    place: (at) => {
      const sentence = at.article.sentences[at.position];
      for (let k = at.position - 1; k >= 0 && at.article.sentences[k].paragraph === sentence.paragraph; k--) {
        const day = onDay(singleDay(at.mentions.get(at.article.sentences[k].index)));
        if (day) return day;
      }
      return undefined;
    },
    examples: [{ text: 'The storm reached the coast on Monday. The first warning went out at [10pm].', given: { published: '2024-03-07' }, expect: { date: '2024-03-04', evidence: 'on Monday' } }],
    notMatching: [{ text: 'The storm reached the coast on Monday.\n\nThe first warning went out at [10pm].', given: { published: '2024-03-07' } }],
  },
  {
    id: 'anchor.clock.paragraph-before',
    note: 'A paragraph that opens with the time continues the one before it: the day its last sentence tells of.',
    kind: 'clock',
    place: (at) => {
      const sentence = at.article.sentences[at.position];
      const previous = at.article.sentences[at.position - 1];
      return previous && previous.paragraph !== sentence.paragraph ? onDay(singleDay(at.mentions.get(previous.index), true)) : undefined;
    },
    examples: [{ text: 'The memorial was held on Wednesday.\n\nA silence began at [2.40am].', given: { published: '2024-03-08' }, expect: { date: '2024-03-06', evidence: 'on Wednesday' } }],
    notMatching: [{ text: 'The memorial will be held on Wednesday.\n\nA silence began at [2.40am].', given: { published: '2024-03-08' } }],
  },
  {
    id: 'anchor.clock.publication',
    note: 'A time of day that nothing else places: the day of publication.',
    kind: 'clock',
    place: (at) => (at.published ? { date: dayDate(at.published), evidence: at.published } : undefined),
    examples: [{ text: 'Fire crews pulled back at [11.45pm].', given: { published: '2024-08-02' }, expect: { date: '2024-08-02' } }],
    notMatching: [{ text: 'Fire crews pulled back at [11.45pm].', given: {} }],
  },
  {
    id: 'anchor.period.last-told',
    note: '"The following year", "the following spring", "two months later": counted from the last date the sentences before it told.',
    kind: 'period',
    place: (at) => {
      const base = at.lastTold();
      return base ? { date: anchoredDate(at.mention.anchorKind === 'year' ? base.start : base, at.mention), evidence: base.label } : undefined;
    },
    examples: [{ text: 'The mill closed in 2009.\n\nIt reopened [the following year].', given: { published: '2024-03-07' }, expect: { date: '2010-01-01..2010-12-31', evidence: '2009' } }],
    notMatching: [{ text: 'It reopened [the following year].', given: { published: '2024-03-07' } }],
  },
  {
    id: 'anchor.event.named',
    note: '"Two days after the vote": the nearest earlier sentence of the article that tells of the vote and dates a single day.',
    kind: 'event',
    place: (at) => {
      const [term] = at.mention.anchorTerm ? terms(at.mention.anchorTerm) : [];
      for (let k = 1; term && at.position - k >= 0; k++) {
        const sentence = sentenceAt(at, k);
        if (!at.story.termsOf(sentence).includes(term)) continue;
        const placed = countedFrom(at, daysOf(at, sentence));
        if (placed) return placed;
      }
      return undefined;
    },
    examples: [
      {
        text: 'The vote took place on Monday. Turnout was low. Flooding closed two roads on Tuesday. The results came out [two days after the vote].',
        given: { published: '2024-03-08' },
        expect: { date: '2024-03-06', evidence: 'on Monday' },
      },
    ],
    notMatching: [{ text: 'Flooding closed two roads on Tuesday. The results came out [two days after the vote].', given: { published: '2024-03-08' } }],
  },
  {
    id: 'anchor.event.just-before',
    note: '"The following day": counted from the nearest of the four sentences before it that dates a single day.',
    kind: 'event',
    place: (at) => {
      for (let k = 1; k <= ANCHOR_WINDOW && at.position - k >= 0; k++) {
        const placed = countedFrom(at, daysOf(at, sentenceAt(at, k)));
        if (placed) return placed;
      }
      return undefined;
    },
    examples: [{ text: 'The authority first inspected the pier on Monday. [The next day] it was shut.', given: { published: '2021-09-10' }, expect: { date: '2021-09-07', evidence: 'on Monday' } }],
    notMatching: [{ text: 'The authority inspected the pier. [The next day] it was shut.', given: { published: '2021-09-10' } }],
  },
  {
    id: 'anchor.event.other-report',
    note: 'Nothing earlier in the article dates it: the report elsewhere in the story that best matches the sentences just before it.',
    kind: 'event',
    place: otherReport,
    examples: [
      {
        text: 'Divers found cracks in the pylons of the north pier.\n\n[The next day] the harbour authority shut the pier.',
        given: { published: '2021-09-10', others: { 'b.md': 'Divers found cracks in the north pier pylons on Monday.' }, othersPublished: '2021-09-09' },
        expect: { date: '2021-09-07', evidence: 'on Monday' },
      },
    ],
    notMatching: [{ text: 'Divers found cracks in the pylons of the north pier.\n\n[The next day] the harbour authority shut the pier.', given: { published: '2021-09-10' } }],
  },
  {
    id: 'anchor.event.weekend-before-publication',
    note: '"The previous weekend" with nothing to count from: the weekend before publication.',
    kind: 'event',
    place: (at) =>
      at.mention.anchorKind === 'weekend-before' && at.published ? { date: anchoredDate(at.published, at.mention), evidence: at.published } : undefined,
    examples: [{ text: 'Queues were twice as long as [the previous weekend].', given: { published: '2024-03-13' }, expect: { date: '2024-03-09..2024-03-10' } }],
    notMatching: [{ text: 'Queues were twice as long as [the previous weekend].', given: {} }],
  },
];

/**
 * A month or season without a year in a retrospective ("By mid-April" after "early 2020"): placed in the
 * year the article's narrative has reached, not the year before publication. The placing is done by
 * dateNarrative.ts as the article is read; this row names it and holds its examples.
 */
export const NARRATIVE_RULE: NamedRule<AnchorExpect> = {
  id: 'anchor.narrative.year',
  note: "A month or season without a year, after the narrative has moved into an earlier year: that year's.",
  examples: [
    {
      text: 'The first case was confirmed in early 2020.\n\nBy [mid-April], schools had closed.',
      given: { published: '2024-03-07' },
      expect: { date: '2020-04-01..2020-04-30', evidence: '2020' },
    },
  ],
  notMatching: [{ text: 'By [mid-April], schools had closed.', given: { published: '2024-03-07' } }],
};

/** The anchored date of a mention that needs one, and the rule that placed it (first of `rules` that does). */
export function placeAnchored(at: AnchorContext, rules: readonly AnchorRule[] = ANCHOR_RULES): { date: ResolvedDate; trace: RuleTrace } | undefined {
  const kind = anchorKindOf(at.mention);
  if (!kind) return undefined;
  for (const rule of rules) {
    if (rule.kind !== kind) continue;
    const placed = rule.place(at);
    if (placed) return { date: placed.date, trace: { rule: rule.id, evidence: placed.evidence } };
  }
  return undefined;
}

/** The tense rules that read the mention's sentence: whether it looks ahead, else whether it is plainly past, and whether it dates a report. */
function tenseSteps(text: string, mention: DateMention): RuleTrace[] {
  const ahead = futureDecision(text, mention.index, mention.expression.length);
  const steps: RuleTrace[] = [ahead];
  if (!ahead.verdict) {
    const past = pastDecision(text, mention.index);
    if (past.verdict) steps.push(past);
  }
  if (mention.reporting) steps.push(reportDecision(text, mention.index, mention.expression.length));
  return steps.map(({ rule, evidence }) => ({ rule, evidence }));
}

/**
 * The explanation of a mention's date: `placedBy` (the anchoring rule, or the date rule when the words
 * name the date by themselves) and its steps, worked out when first read (the tense rules read the sentence
 * again, so a timeline that is never explained does not pay for it).
 */
export function dateExplanation(
  sentence: Sentence,
  mention: DateMention,
  placedBy: () => RuleTrace,
  narrative?: RuleTrace,
  /** The overlapping words other date rules matched, that the date rule was chosen over (read again on demand). */
  passedOverBy?: () => readonly PassedOver[] | undefined,
): DateExplanation {
  let placed: RuleTrace | undefined;
  let steps: RuleTrace[] | undefined;
  let over: readonly PassedOver[] | undefined;
  const by = () => (placed ??= placedBy());
  const explanation: DateExplanation = {
    get rule(): string {
      return (narrative ?? by()).rule;
    },
    get evidence(): string {
      return (narrative ?? by()).evidence;
    },
    get steps(): readonly RuleTrace[] {
      steps ??= [
        { rule: mention.rule, evidence: mention.expression },
        ...tenseSteps(sentence.text, mention),
        ...(by().rule === mention.rule ? [] : [by()]),
        ...(narrative ? [narrative] : []),
      ];
      return steps;
    },
  };
  // Not enumerable: reading it reads the sentence again, which an answer stored as JSON need not pay for.
  Object.defineProperty(explanation, 'passedOver', { enumerable: false, get: () => (over ??= passedOverBy?.() ?? []) });
  return explanation;
}
