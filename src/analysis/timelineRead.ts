/**
 * Reading a story's dates: every sentence's date mentions, read against the day its relative dates count
 * from (dateAnchors.ts REFERENCE_RULES). Dated articles are read first: what they tell dates the undated
 * pages of the story (dateStoryDay.ts) and settles a page stamped a day off in another time zone.
 */
import type { Story } from '../story/story.ts';
import type { Article } from '../story/types.ts';
import { entryDays, entryStamp, LIVE_BLOG_MIN_ENTRIES } from './dateClock.ts';
import { southernOf } from './dateHemisphere.ts';
import { dayFirstOf } from './dateLocale.ts';
import { addDays } from './dateMath.ts';
import { postDays } from './datePosts.ts';
import { publicationsOf } from './datePublished.ts';
import { findDateMentions, sentenceReadings, type DateMention, type MentionOptions } from './dates.ts';
import { referenceDay, type PageDays } from './dateAnchors.ts';
import { publishedFromStory, shiftedPublication, storyMiddle, withStoryYear, type StoryDayEvidence, type UndatedSentence } from './dateStoryDay.ts';
import type { RuleTrace } from './rules/ruleTable.ts';
import { sentenceTerms } from './timelineMerge.ts';

export interface StoryDates {
  /** The day each article's dates count from (its own, moved, or told by its story), by file. */
  published: Map<string, string | undefined>;
  /** How each page's day was found, by file. */
  pages: Map<string, PageDays & { posts: Map<number, string> }>;
  /** The date mentions of each sentence that has any, by sentence index. */
  mentions: Map<number, DateMention[]>;
  /** The day each sentence's relative dates count from, and the rule that gives it, by sentence index. */
  reference: Map<number, RuleTrace>;
  /** Mentions that took the story's year (anchor.day.story-year). */
  storyYear: WeakSet<DateMention>;
  /** Length of the dateline that opens a sentence (not part of the event), by sentence index. */
  datelines: Map<number, number>;
  /** The day of each live-blog entry's sentences, by sentence index. */
  entryDay: Map<number, string>;
  /** How each article writes dates (day first, southern seasons), by file. */
  options: Map<string, MentionOptions>;
  /**
   * Each sentence's mentions read without any day (read anyway, to date pages from their story): a date
   * that comes out the same is named by its own words, not counted from a day (--explain).
   */
  alone: Map<number, readonly DateMention[]>;
}

/** Everything an article writes, for telling how it writes dates. */
function articleTexts(article: Article): string[] {
  return [article.title ?? '', ...article.removed, ...article.sentences.map((s) => s.text)];
}

function optionsOf(article: Article): MentionOptions {
  return { dayFirst: dayFirstOf(articleTexts(article)), southern: southernOf(article) };
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
 * What the story's dated articles tell, for dating its undated pages: their publication days, and
 * whether one of their sentences dates an event on a day and shares at least two words with a sentence.
 * Read from the mentions found so far (every dated article's, since they are read first).
 */
function storyDayEvidence(story: Story, published: Map<string, string | undefined>, mentions: Map<number, DateMention[]>) {
  let byDay: Map<string, DayTold> | undefined;
  let shared: { seenIn: Int32Array; lookups: number } | undefined;
  const known = [...published.values()].filter((d): d is string => !!d);
  const termsAt = (index: number) => sentenceTerms(story, story.sentences[index]);
  const daysTold = () => {
    const days = new Map<string, DayTold>();
    for (const [index, list] of mentions) {
      if (!published.get(story.sentences[index].file)) continue;
      for (const m of list) {
        if (m.date?.granularity !== 'day' || m.date.start !== m.date.end) continue;
        let day = days.get(m.date.start);
        if (!day) days.set(m.date.start, (day = { sentences: [], withTerm: new Map(), perFile: new Map() }));
        // A sentence's mentions are read together: one already listed for the day is the last listed.
        if (day.sentences.at(-1) !== index) {
          day.sentences.push(index);
          const file = story.sentences[index].file;
          day.perFile.set(file, (day.perFile.get(file) ?? 0) + 1);
        }
      }
    }
    return days;
  };
  return (mentionsOn: StoryDayEvidence['mentionsOn']): StoryDayEvidence => ({
    known,
    mentionsOn,
    told(sentence: number, day: string): boolean {
      byDay ??= daysTold();
      const told = byDay.get(day);
      if (!told) return false;
      const file = story.sentences[sentence].file;
      // Only sentences of other pages count: a day told by this page alone is not told.
      if (told.perFile.get(file) === told.sentences.length) return false;
      const own = termsAt(sentence);
      const sharesTwo = (index: number) => {
        if (story.sentences[index].file === file) return false;
        let shared = 0;
        for (const t of termsAt(index)) if (own.has(t) && ++shared >= 2) return true;
        return false;
      };
      if (told.sentences.length <= SCAN_DAY_SENTENCES) return told.sentences.some(sharesTwo);
      // A day many sentences tell: its sentences sharing a term with this one, found term by term; the
      // second term found shared settles it (`seenIn` holds the look-up that last found a sentence).
      shared ??= { seenIn: new Int32Array(story.sentences.length), lookups: 0 };
      const { seenIn } = shared;
      const lookup = ++shared.lookups;
      for (const t of own) {
        for (const index of sentencesWithTerm(told, t, termsAt)) {
          if (story.sentences[index].file === file) continue;
          if (seenIn[index] === lookup) return true;
          seenIn[index] = lookup;
        }
      }
      return false;
    },
  });
}

/** The sentences of dated articles that date an event on one day, and (built on first use) which of them have each term. */
interface DayTold {
  sentences: number[];
  withTerm: Map<string, number[]>;
  /** How many of `sentences` each page holds, by file. */
  perFile: Map<string, number>;
  indexed?: true;
}

const NONE: readonly number[] = [];

/** Up to this many sentences tell a day, a sentence is compared with each of them; beyond, they are indexed by term. */
const SCAN_DAY_SENTENCES = 8;

function sentencesWithTerm(day: DayTold, term: string, termsAt: (index: number) => ReadonlySet<string>): readonly number[] {
  if (!day.indexed) {
    for (const index of day.sentences) {
      for (const t of termsAt(index)) {
        let list = day.withTerm.get(t);
        if (!list) day.withTerm.set(t, (list = []));
        list.push(index);
      }
    }
    day.indexed = true;
  }
  return day.withTerm.get(term) ?? NONE;
}

/** Reads every article's date mentions, in the order that lets dated articles date the others. */
class StoryReader {
  readonly dates: StoryDates;
  private readonly publications: ReturnType<typeof publicationsOf>;
  private readonly storyDay: ReturnType<typeof storyDayEvidence>;
  private readonly knownDays: string[];
  /** Each sentence's words matched once, whatever day it is read under. */
  private readonly readings = sentenceReadings();
  /** How each article writes dates, worked out once (an article is read up to three times). */
  private readonly options = new Map<Article, MentionOptions>();

  constructor(private readonly story: Story) {
    this.publications = publicationsOf(story);
    const published = new Map([...this.publications].map(([file, p]) => [file, p.published]));
    this.dates = { published, pages: new Map(), mentions: new Map(), reference: new Map(), storyYear: new WeakSet(), datelines: new Map(), entryDay: new Map(), options: new Map(), alone: new Map() };
    for (const [file, day] of published) this.dates.pages.set(file, { ...(day !== undefined ? { stamped: day } : {}), posts: new Map() });
    this.storyDay = storyDayEvidence(story, published, this.dates.mentions);
    this.knownDays = [...published.values()].filter((d): d is string => !!d);
  }

  private page(article: Article): PageDays & { posts: Map<number, string> } {
    let page = this.dates.pages.get(article.file);
    if (!page) this.dates.pages.set(article.file, (page = { posts: new Map() }));
    return page;
  }

  /** How the article writes dates, with the reader's memo of sentence readings. */
  private optionsOf(article: Article): MentionOptions {
    let options = this.options.get(article);
    if (!options) this.options.set(article, (options = { ...optionsOf(article), readings: this.readings }));
    return options;
  }

  /** The article's sentences with their mentions read without any day (kept in `alone`). */
  private readAlone(article: Article, options: MentionOptions): UndatedSentence[] {
    return article.sentences.map((s) => {
      const mentions = findDateMentions(s.text, undefined, options);
      this.dates.alone.set(s.index, mentions);
      return { index: s.index, text: s.text, mentions };
    });
  }

  /** An undated page: the day its story tells (anchor.day.story), else the story's year for its calendar dates. */
  private dateFromStory(article: Article, options: MentionOptions): string | undefined {
    const undated = this.readAlone(article, options);
    const day = publishedFromStory(undated, this.storyDay((text, on) => findDateMentions(text, on, options)));
    if (day) {
      this.dates.published.set(article.file, day);
      this.page(article).fromStory = day;
      return undefined;
    }
    return (this.page(article).storyYear = storyMiddle(this.knownDays));
  }

  /** Reads (or reads again, once its day has moved) one article's mentions. */
  read(article: Article): void {
    const { dates } = this;
    const dateline = this.publications.get(article.file)?.dateline;
    const options = this.optionsOf(article);
    dates.options.set(article.file, { dayFirst: options.dayFirst, southern: options.southern });
    // An undated page that nothing dates still takes the story's year for its calendar dates.
    const storyYear = dates.published.get(article.file) ? undefined : this.dateFromStory(article, options);
    const page = this.page(article);
    page.posts = postDays(article);
    for (const sentence of article.sentences) {
      const reference = referenceDay(page, sentence.index);
      let found = findDateMentions(sentence.text, reference?.evidence, options);
      if (storyYear && found.some((m) => !m.date && m.anchor === undefined)) {
        const before = new Set(found);
        found = withStoryYear(found, findDateMentions(sentence.text, storyYear, options), this.knownDays);
        for (const m of found) if (!before.has(m)) dates.storyYear.add(m);
      }
      // The dateline tells when the report was filed, not what happened.
      if (dateline?.sentence === sentence.index) {
        const from = dateline.start ?? 0;
        found = found.filter((m) => m.index >= dateline.length || m.index + m.expression.length <= from);
        if (from === 0) dates.datelines.set(sentence.index, dateline.length);
      }
      if (reference) dates.reference.set(sentence.index, reference);
      else dates.reference.delete(sentence.index);
      if (found.length) dates.mentions.set(sentence.index, found);
      else dates.mentions.delete(sentence.index);
    }
    const pub = dates.published.get(article.file);
    if (pub) for (const [index, day] of liveBlogDays(article, pub)) dates.entryDay.set(index, day);
  }

  /** A page stamped a day off in another time zone: the other articles' dates settle its day (anchor.day.shifted). */
  shift(article: Article): boolean {
    const options = this.optionsOf(article);
    const own = this.readAlone(article, options);
    const day = shiftedPublication(own, this.storyDay((text, on) => findDateMentions(text, on, options)), this.dates.published.get(article.file)!);
    if (!day) return false;
    this.dates.published.set(article.file, day);
    this.page(article).shifted = day;
    return true;
  }

  readAll(): StoryDates {
    const { published } = this.dates;
    // Dated articles first: what they tell dates the undated pages of the story (dateStoryDay.ts).
    const datedFirst = [...this.story.articles].sort((a, b) => Number(!published.get(a.file)) - Number(!published.get(b.file)));
    const dated = datedFirst.filter((a) => published.get(a.file));
    for (const article of dated) this.read(article);
    for (const article of dated) if (this.shift(article)) this.read(article);
    for (const article of datedFirst) if (!published.get(article.file)) this.read(article);
    return this.dates;
  }
}

/** Every sentence's date mentions, each read against the day it counts from. */
export function readStoryDates(story: Story): StoryDates {
  return new StoryReader(story).readAll();
}
