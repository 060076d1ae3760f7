/**
 * What happened when: every dated sentence of a story becomes an event (trimmed to the clause that
 * carries the date when it is long), the same event reported by several outlets is merged into one
 * entry with every citation, and events are ordered by date, then by first report.
 * Computed once per Story (memoised) so the /timeline handler only filters.
 */
import { terms } from '../search/tokenize.ts';
import type { Story } from '../story/story.ts';
import type { Article, Citation, Sentence } from '../story/types.ts';
import { compareDates, contains, dateKey, type ResolvedDate } from './dateMath.ts';
import { publicationsOf } from './datePublished.ts';
import { anchoredDate, findDateMentions, periodAnchor, type DateMention } from './dates.ts';
import { NarrativeTracker } from './dateNarrative.ts';
import { southernOf } from './dateHemisphere.ts';
import { entryDays, entryStamp, LIVE_BLOG_MIN_ENTRIES } from './dateClock.ts';
import { dayFirstOf } from './dateLocale.ts';
import { addDays, dayDate } from './dateMath.ts';
import { perStory } from '../story/perStory.ts';
import { publishedFromStory, shiftedPublication, storyMiddle, withStoryYear, type StoryDayEvidence } from './dateStoryDay.ts';
import { postDays } from './datePosts.ts';
import { TermOverlapIndex, termFrequency } from './termOverlap.ts';

export interface TimelineEvent {
  date: ResolvedDate;
  /** The event as reported first (the clause carrying the date when the sentence is long). */
  text: string;
  /** The date expression as written in that first report. */
  expression: string;
  /** Number of distinct articles reporting it. */
  sources: number;
  citations: Citation[];
  /** Story.sentences indexes of every report (for filtering). */
  sentences: number[];
}

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
}

export interface Timeline {
  events: TimelineEvent[];
  unplaced: UnplacedMention[];
  mentions: ResolvedMention[];
}

/** Sentences longer than this are trimmed to the clause that carries the date. */
export const LONG_SENTENCE = 170;
/** How far back "the following day" looks for the event just mentioned in the same article. */
const ANCHOR_WINDOW = 4;

/** The story's timeline, computed on first use. */
export const timelineOf: (story: Story) => Timeline = perStory(buildTimeline);

interface Report {
  date: ResolvedDate;
  text: string;
  expression: string;
  sentence: Sentence;
  terms: Set<string>;
  /** For a year that names a thing ("the 2016 election"), the words of that thing, as terms. */
  named?: Set<string>;
}

/** Words that date an event rather than describe it: two reports of one event may date it differently. */
const DATE_TERMS = new Set(
  terms(
    'monday tuesday wednesday thursday friday saturday sunday today tonight yesterday tomorrow day days week weeks weekend month months year years ' +
      'january february march april may june july august september october november december spring summer fall autumn winter ' +
      'earlier later last next this following previous morning afternoon evening night ago',
  ),
);

function contentTerms(text: string): Set<string> {
  return new Set(terms(text).filter((t) => !DATE_TERMS.has(t) && !/^\d+$/.test(t)));
}

/** The content terms of every dated sentence, which dated sentences have each term, and their order: built once per timeline. */
interface DatedTerms {
  terms: Map<number, Set<string>>;
  withTerm: Map<string, number[]>;
  order: Map<number, number>;
}
const datedTerms = new WeakMap<Map<number, DateMention[]>, DatedTerms>();

function datedSentenceTerms(story: Story, mentions: Map<number, DateMention[]>): DatedTerms {
  let dated = datedTerms.get(mentions);
  if (!dated) {
    dated = { terms: new Map(), withTerm: new Map(), order: new Map() };
    for (const index of mentions.keys()) {
      const own = contentTerms(story.sentences[index].text);
      dated.terms.set(index, own);
      dated.order.set(index, dated.order.size);
      for (const t of own) {
        let list = dated.withTerm.get(t);
        if (!list) dated.withTerm.set(t, (list = []));
        list.push(index);
      }
    }
    datedTerms.set(mentions, dated);
  }
  return dated;
}

function buildTimeline(story: Story): Timeline {
  const publications = publicationsOf(story);
  const published = new Map([...publications].map(([file, p]) => [file, p.published]));
  const mentions = new Map<number, DateMention[]>();
  const datelines = new Map<number, number>();
  /** The day of each live-blog entry's paragraph, by sentence index. */
  const entryDay = new Map<number, string>();
  // Dated articles first: what they tell dates the undated pages of the story (dateStoryDay.ts).
  const datedFirst = [...story.articles].sort((a, b) => Number(!published.get(a.file)) - Number(!published.get(b.file)));
  const storyDay = storyDayEvidence(story, published, mentions);
  const knownDays = [...published.values()].filter((d): d is string => !!d);
  const read = (article: Article) => {
    const dateline = publications.get(article.file)?.dateline;
    const options = { dayFirst: dayFirstOf(articleTexts(article)), southern: southernOf(article) };
    // An undated page that nothing dates still takes the story's year for its calendar dates.
    let storyYear: string | undefined;
    if (!published.get(article.file)) {
      const undated = article.sentences.map((s) => ({ index: s.index, text: s.text, mentions: findDateMentions(s.text, undefined, options) }));
      const day = publishedFromStory(undated, storyDay((text, on) => findDateMentions(text, on, options)));
      if (day) published.set(article.file, day);
      else storyYear = storyMiddle(knownDays);
    }
    const posts = postDays(article);
    for (const sentence of article.sentences) {
      let found = findDateMentions(sentence.text, posts.get(sentence.index) ?? published.get(article.file), options);
      if (storyYear && found.some((m) => !m.date && m.anchor === undefined)) found = withStoryYear(found, findDateMentions(sentence.text, storyYear, options), knownDays);
      // The dateline tells when the report was filed, not what happened.
      if (dateline?.sentence === sentence.index) {
        const from = dateline.start ?? 0;
        found = found.filter((m) => m.index >= dateline.length || m.index + m.expression.length <= from);
        if (from === 0) datelines.set(sentence.index, dateline.length);
      }
      if (found.length) mentions.set(sentence.index, found);
      else mentions.delete(sentence.index);
    }
    const pub = published.get(article.file);
    if (pub) for (const [index, day] of liveBlogDays(article, pub)) entryDay.set(index, day);
  };
  const dated = datedFirst.filter((a) => published.get(a.file));
  for (const article of dated) read(article);
  // A page stamped a day off in another time zone: the other articles' dates settle its day.
  for (const article of dated) {
    const options = { dayFirst: dayFirstOf(articleTexts(article)), southern: southernOf(article) };
    const own = article.sentences.map((s) => ({ index: s.index, text: s.text, mentions: findDateMentions(s.text, undefined, options) }));
    const day = shiftedPublication(own, storyDay((text, on) => findDateMentions(text, on, options)), published.get(article.file)!);
    if (!day) continue;
    published.set(article.file, day);
    read(article);
  }
  for (const article of datedFirst) if (!published.get(article.file)) read(article);
  const reports: Report[] = [];
  const unplaced: UnplacedMention[] = [];
  const resolved: ResolvedMention[] = [];
  for (const article of story.articles) {
    const narrative = new NarrativeTracker(published.get(article.file));
    article.sentences.forEach((sentence, position) => {
      narrative.beginSentence(sentence.text);
      const seen = new Set<string>();
      // A sentence that dates two events tells each in its own clause, however short it is.
      const keys = new Set((mentions.get(sentence.index) ?? []).filter((m) => m.date).map((m) => dateKey(m.date!)));
      const several = keys.size > 1;
      for (const mention of mentions.get(sentence.index) ?? []) {
        const told =
          mention.date ??
          (mention.clock
            ? clockDay(article, position, published.get(article.file), mentions, entryDay)
            : mention.anchor !== undefined
              ? periodAnchor(mention.anchorKind)
                ? periodBase(narrative, mention)
                : resolveAnchor(story, article, published.get(article.file), position, mention, mentions)
              : undefined);
        const date = told && narrative.place({ ...mention, dated: mention.date !== undefined }, told);
        // A time that cannot be placed says nothing worth listing.
        if (!date && mention.clock) continue;
        if (!date) {
          const label = mention.unresolved ?? `“${mention.expression}”, date unknown`;
          resolved.push({ sentence, expression: mention.expression, index: mention.index, unresolved: label });
          unplaced.push({ expression: mention.expression, label, citation: story.cite(sentence) });
          continue;
        }
        resolved.push({ sentence, expression: mention.expression, index: mention.index, date });
        // A live-blog entry's time dates the entry only when nothing else in it names a date.
        if (mention.clock && (mentions.get(sentence.index) ?? []).some((m) => !m.clock && (m.date || m.anchor !== undefined))) continue;
        const key = dateKey(date);
        if (seen.has(key)) continue;
        seen.add(key);
        // Without the dateline ("MIAMI, Sept. 28 (Reuters) - "), which is not part of the event.
        const cut = datelines.get(sentence.index) ?? 0;
        // A past event named in passing ("… interfered in the 2016 presidential election") is told by
        // the clause around it, and every mention of the same named event is one entry.
        const named = mention.names ? contentTerms(mention.names) : undefined;
        const text = clauseAround(sentence.text.slice(cut), mention.index - cut, mention.expression.length, several || !!named?.size);
        reports.push({ date, text, expression: mention.expression, sentence, terms: contentTerms(text), ...(named?.size ? { named } : {}) });
      }
      narrative.endSentence();
    });
  }
  return { events: mergeReports(story, reports), unplaced, mentions: resolved };
}

/**
 * What the story's dated articles tell, for dating its undated pages: their publication days, and
 * whether one of their sentences dates an event on a day and shares at least two words with a sentence.
 * Read from the mentions found so far (every dated article's, since they are read first).
 */
function storyDayEvidence(story: Story, published: Map<string, string | undefined>, mentions: Map<number, DateMention[]>) {
  let byDay: Map<string, number[]> | undefined;
  const known = [...published.values()].filter((d): d is string => !!d);
  const termsCache = new Map<number, Set<string>>();
  const termsAt = (index: number) => {
    let found = termsCache.get(index);
    if (!found) termsCache.set(index, (found = contentTerms(story.sentences[index].text)));
    return found;
  };
  return (mentionsOn: StoryDayEvidence['mentionsOn']): StoryDayEvidence => ({
    known,
    mentionsOn,
    told(sentence: number, day: string): boolean {
      if (!byDay) {
        byDay = new Map();
        for (const [index, list] of mentions) {
          if (!published.get(story.sentences[index].file)) continue;
          for (const m of list) {
            if (m.date?.granularity !== 'day' || m.date.start !== m.date.end) continue;
            const at = byDay.get(m.date.start) ?? [];
            if (!at.includes(index)) at.push(index);
            byDay.set(m.date.start, at);
          }
        }
      }
      const own = termsAt(sentence);
      const file = story.sentences[sentence].file;
      return (byDay.get(day) ?? []).some((index) => {
        if (story.sentences[index].file === file) return false;
        let shared = 0;
        for (const t of termsAt(index)) if (own.has(t) && ++shared >= 2) return true;
        return false;
      });
    },
  });
}

/** Everything an article writes, for telling how it writes dates. */
function articleTexts(article: Article): string[] {
  return [article.title ?? '', ...article.removed, ...article.sentences.map((s) => s.text)];
}

/**
 * The day of every sentence of a live blog's timed entries: an article with at least three
 * paragraphs that open with a time. The earliest entry is on the publication day; an entry whose time
 * goes backwards from the one before it has crossed midnight.
 */
function liveBlogDays(article: Article, published: string): Map<number, string> {
  const entries: { paragraph: number; minutes: number }[] = [];
  for (const paragraph of article.paragraphs) {
    const first = paragraph.sentences[0];
    const stamp = first ? entryStamp(first.text) : undefined;
    if (stamp) entries.push({ paragraph: paragraph.number, minutes: stamp.minutes });
  }
  const days = new Map<number, string>();
  if (entries.length < LIVE_BLOG_MIN_ENTRIES) return days;
  const offsets = entryDays(entries.map((e) => e.minutes));
  const dayOf = new Map(entries.map((e, i) => [e.paragraph, addDays(published, offsets[i])]));
  let current: string | undefined;
  for (const paragraph of article.paragraphs) {
    current = dayOf.get(paragraph.number) ?? current;
    if (current) for (const sentence of paragraph.sentences) days.set(sentence.index, current);
  }
  return days;
}

/**
 * The day of a time without a day: the live-blog entry's day; else the single day the sentences
 * before it in the same paragraph tell of (or, for the paragraph's first sentence, the last sentence
 * of the paragraph before); else the day of publication.
 */
function clockDay(
  article: Article,
  position: number,
  published: string | undefined,
  mentions: Map<number, DateMention[]>,
  entryDay: Map<number, string>,
): ResolvedDate | undefined {
  const sentence = article.sentences[position];
  const entry = entryDay.get(sentence.index);
  if (entry) return dayDate(entry);
  for (let k = position - 1; k >= 0 && article.sentences[k].paragraph === sentence.paragraph; k--) {
    const day = singleDay(mentions.get(article.sentences[k].index));
    if (day) return dayDate(day);
  }
  // A paragraph that opens with the time continues the one before it ("… on Wednesday. ¶ A minute's
  // silence was held at 2.40am"): the day its last sentence tells of.
  const previous = article.sentences[position - 1];
  if (previous && article.sentences[position - 1].paragraph !== sentence.paragraph) {
    const day = singleDay(mentions.get(previous.index), true);
    if (day) return dayDate(day);
  }
  return published ? dayDate(published) : undefined;
}

/**
 * The single day a sentence dates an event on (days that date a statement count only when alone).
 * A past-tense account is not counted from a day the sentence looks forward to.
 */
function singleDay(list: DateMention[] | undefined, pastOnly = false): string | undefined {
  const all = (list ?? []).filter((m) => m.date?.granularity === 'day' && m.date.start === m.date.end && !(pastOnly && m.future));
  const events = all.some((m) => !m.reporting) ? all.filter((m) => !m.reporting) : all;
  const days = new Set(events.map((m) => m.date!.start));
  return days.size === 1 ? [...days][0] : undefined;
}

/**
 * "The following year", "the following spring", "two months later": counted from the last date the
 * sentences before it told (in its narrative place; not a flashback, background or clock time).
 */
function periodBase(narrative: NarrativeTracker, mention: DateMention): ResolvedDate | undefined {
  const base = narrative.lastTold;
  if (!base) return undefined;
  return anchoredDate(mention.anchorKind === 'year' ? base.start : base, mention);
}

/**
 * "The following day", "the day before", "the previous weekend": counted from the event just
 * mentioned. "Two days after the vote" first looks back through the article for the nearest sentence
 * that tells of a vote and dates a single day. Otherwise the nearest earlier sentence of the same
 * article that dates a single day; else the report elsewhere in the story that best matches the
 * sentences just before it (the event just mentioned, dated by another outlet). A past-tense account
 * cannot land after the article was published. "The previous weekend" with nothing to count from is
 * the one before publication.
 */
function resolveAnchor(
  story: Story,
  article: Article,
  published: string | undefined,
  position: number,
  mention: DateMention,
  mentions: Map<number, DateMention[]>,
): ResolvedDate | undefined {
  const allowed = (date: ResolvedDate) => mention.future || !published || date.end <= published;
  const from = (day: string | undefined) => (day ? anchoredDate(day, mention) : undefined);
  if (mention.anchorTerm) {
    const [term] = terms(mention.anchorTerm);
    for (let k = 1; term && position - k >= 0; k++) {
      const sentence = article.sentences[position - k];
      if (!story.termsOf(sentence).includes(term)) continue;
      const date = from(singleDay(mentions.get(sentence.index), !mention.future));
      if (date && allowed(date)) return date;
    }
  }
  for (let k = 1; k <= ANCHOR_WINDOW && position - k >= 0; k++) {
    const date = from(singleDay(mentions.get(article.sentences[position - k].index), !mention.future));
    if (date && allowed(date)) return date;
  }
  // The event just mentioned is in the sentences before this one (this one tells the new event).
  const current = article.sentences[position];
  const context = new Set<string>();
  for (let k = 1; k <= ANCHOR_WINDOW && position - k >= 0; k++) for (const t of contentTerms(article.sentences[position - k].text)) context.add(t);
  let best: { date: ResolvedDate; score: number } | undefined;
  // Only the dated sentences sharing two or more of the context's terms can count, found by term.
  const dated = datedSentenceTerms(story, mentions);
  const sharing = new Map<number, number>();
  for (const t of context) for (const index of dated.withTerm.get(t) ?? []) sharing.set(index, (sharing.get(index) ?? 0) + 1);
  const candidates = [...sharing].filter(([, shared]) => shared >= 2).map(([index]) => index);
  for (const index of candidates.sort((a, b) => dated.order.get(a)! - dated.order.get(b)!)) {
    if (index === current.index) continue;
    const date = from(singleDay(mentions.get(index), !mention.future));
    if (!date || !allowed(date)) continue;
    let score = 0;
    for (const t of dated.terms.get(index)!) if (context.has(t)) score += story.index.idf(t);
    if (!best || score > best.score) best = { date, score };
  }
  if (best) return best.date;
  if (mention.anchorKind === 'weekend-before' && published) return anchoredDate(published, mention);
  return undefined;
}

/** Where a long sentence may be cut: semicolons, dashes, and commas before a new clause. */
const CLAUSE_BREAK = /;\s+|\s[—–-]{1,2}\s|,\s+(?=(?:but|and|while|whereas|which|who|where|although|though|when|saying|adding|according|amid|after|as)\b)|\s(?=but\s)/g;
/** More places to cut a sentence that dates several events: before a gerund, a subordinate clause or "and" with a past verb. */
const BROAD_BREAK = new RegExp(
  `${CLAUSE_BREAK.source}|,\\s+(?=\\p{L}{2,}ing\\b)|\\s(?=(?:before|after|while|when|until|because|although)\\s)|\\s(?=and\\s+(?:\\p{L}{2,}ed|was|were|had|won|lost|left|took|made|ran|began|came|went)\\b)`,
  'gu',
);
const MIN_CLAUSE = 40;

/**
 * The clause of a long sentence that carries the date (exact words, "…" where cut); with `always`,
 * of any sentence (one that dates several events).
 */
export function clauseAround(text: string, index: number, length: number, always = false): string {
  if (text.length <= LONG_SENTENCE && !always) return text;
  const cuts = [0];
  const resumes = [0];
  for (const m of text.matchAll(always ? BROAD_BREAK : CLAUSE_BREAK)) {
    cuts.push(m.index);
    resumes.push(m.index + m[0].length);
  }
  cuts.push(text.length);
  // Clause i runs from resumes[i] to cuts[i + 1].
  let i = 0;
  while (i + 1 < resumes.length && resumes[i + 1] <= index) i++;
  let from = i;
  let to = i;
  const span = () => cuts[to + 1] - resumes[from];
  while (span() < MIN_CLAUSE && (from > 0 || to + 2 < cuts.length)) {
    if (to + 2 < cuts.length) to++;
    else from--;
  }
  const start = resumes[from];
  const end = Math.max(cuts[to + 1], index + length);
  const clause = text.slice(start, end).replace(/[\s,;:]+$/, '');
  if (start === 0 && end >= text.length) return text;
  return `${start > 0 ? '…' : ''}${clause}${end < text.length ? '…' : ''}`;
}

/** Two reports tell the same event when most of the shorter one's words are in the longer. */
export function sameEvent(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  if (small.size === 0) return false;
  let shared = 0;
  for (const t of small) if (large.has(t)) shared++;
  if (small.size <= 3) return shared === small.size && large.size <= small.size + 2;
  return shared >= 4 && shared / small.size >= 0.6;
}

interface Group {
  date: ResolvedDate;
  leader: Set<string>;
  /** The thing a year names, when the group's first report is such a mention. */
  named?: Set<string>;
  members: Report[];
}

/** Two mentions of a year naming the same thing ("the 2016 election", "the 2016 U.S. elections"). */
function sameNamedEvent(a: ReadonlySet<string> | undefined, b: ReadonlySet<string> | undefined): boolean {
  if (!a || !b) return false;
  for (const t of a) if (b.has(t)) return true;
  return false;
}

/** The months a date spans, as YYYY-MM. */
function monthsOf(date: ResolvedDate): string[] {
  const months: string[] = [];
  let [year, month] = date.start.split('-').map(Number);
  const last = date.end.slice(0, 7);
  for (let k = 0; k < 1200; k++) {
    const key = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
    months.push(key);
    if (key >= last) break;
    month = month === 12 ? 1 : month + 1;
    if (month === 1) year++;
  }
  return months;
}

function mergeReports(story: Story, reports: Report[]): TimelineEvent[] {
  // Per date, the groups indexed by their leader's terms and their named thing's terms (see termOverlap.ts):
  // the first group of the date that tells the same event, without comparing with every group of the date.
  const byKey = new Map<string, { leaders: TermOverlapIndex<Group>; named: TermOverlapIndex<Group>; count: number }>();
  const frequency = termFrequency(reports.map((r) => r.terms));
  const namedFrequency = termFrequency(reports.map((r) => r.named));
  const groups: Group[] = [];
  const number = new Map<Group, number>();
  for (const report of reports) {
    const key = dateKey(report.date);
    let list = byKey.get(key);
    if (!list) byKey.set(key, (list = { leaders: new TermOverlapIndex(frequency), named: new TermOverlapIndex(namedFrequency, true), count: 0 }));
    const candidates = new Set([...list.leaders.candidates(report.terms), ...(report.named ? list.named.candidates(report.named) : [])]);
    const group = [...candidates].sort((a, b) => number.get(a)! - number.get(b)!).find((g) => sameNamedEvent(g.named, report.named) || sameEvent(g.leader, report.terms));
    if (group) group.members.push(report);
    else {
      const created: Group = { date: report.date, leader: report.terms, named: report.named, members: [report] };
      list.leaders.add(created.leader, created, list.count);
      if (created.named) list.named.add(created.named, created, list.count);
      list.count++;
      number.set(created, groups.length);
      groups.push(created);
    }
  }
  // A vague date ("later this year") and a precise one inside it ("in the fall") for the same event:
  // keep the precise date and every report.
  const merged = new Set<Group>();
  // Indexed by the month each group's date starts in: a vaguer date looks only in the months it spans.
  const leaders = new Map<string, TermOverlapIndex<Group>>();
  groups.forEach((g, k) => {
    const month = g.date.start.slice(0, 7);
    let index = leaders.get(month);
    if (!index) leaders.set(month, (index = new TermOverlapIndex<Group>(frequency)));
    index.add(g.leader, g, k);
  });
  const within = (date: ResolvedDate, leader: ReadonlySet<string>): Group[] => {
    const found: Group[] = [];
    const months = /^\d{4}-\d\d/.test(date.start) && /^\d{4}-\d\d/.test(date.end) ? monthsOf(date) : [...leaders.keys()];
    for (const month of months) found.push(...(leaders.get(month)?.candidates(leader) ?? []));
    return found.sort((a, b) => number.get(a)! - number.get(b)!);
  };
  for (const vague of groups) {
    // Two dates of one sentence are two events, not two reports of one.
    const own = new Set(vague.members.map((m) => m.sentence.index));
    // A day contains no more precise date: only vaguer dates look for one.
    if (vague.date.granularity === 'day') continue;
    const precise = within(vague.date, vague.leader).find(
      (g) => g !== vague && !merged.has(g) && contains(vague.date, g.date) && sameEvent(vague.leader, g.leader) && !g.members.some((m) => own.has(m.sentence.index)),
    );
    if (precise) {
      precise.members.push(...vague.members);
      merged.add(vague);
    }
  }
  return groups
    .filter((g) => !merged.has(g))
    .map((g) => {
      const members = [...g.members].sort((a, b) => a.sentence.index - b.sentence.index);
      // A named past event is told by the shortest of its mentions' clauses.
      const first = g.named ? [...members].sort((a, b) => a.text.length - b.text.length)[0] : members[0];
      return {
        date: g.date,
        text: first.text,
        expression: first.expression,
        sources: new Set(members.map((m) => m.sentence.file)).size,
        // The report whose words are shown is cited first.
        citations: [first, ...members.filter((m) => m !== first)].map((m) => story.cite(m.sentence)),
        sentences: members.map((m) => m.sentence.index),
      };
    })
    .sort((a, b) => compareDates(a.date, b.date) || a.sentences[0] - b.sentences[0]);
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
