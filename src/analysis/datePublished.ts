/**
 * The day each article was published, for resolving its relative dates: the metadata's date, else a
 * wire dateline at the start of its text ("MIAMI, Sept. 28 (Reuters) -", "LONDON, 5 March (AP) —").
 * A dateline is the wire services' own statement of the day the story was filed, so it is read as the
 * publication date. Datelines rarely carry the year: it is the year that puts the day nearest the other
 * articles' publication dates (within three months of one), else unknown and the article stays undated.
 * A dateline is never an event: its span is reported so the timeline can skip the date in it.
 */
import type { Story } from '../story/story.ts';
import type { Article } from '../story/types.ts';
import { findCalendarDates } from './dateCalendar.ts';
import { dayFirstOf } from './dateLocale.ts';
import { dayNumber, validDay, yearOf } from './dateMath.ts';
import { monthNumber } from './lexicon/calendar.ts';
import { pattern } from './rules/pattern.ts';
import { ruleTable, type NamedRule } from './rules/ruleTable.ts';

export interface Publication {
  /** YYYY-MM-DD, when known. */
  published?: string;
  /** Where the date came from. */
  source: 'metadata' | 'dateline' | 'none';
  /** For a date read from the text: the rule that read it (`date.published.wire-dateline`…). */
  rule?: string;
  /**
   * The dateline at the start of the first sentence ("MIAMI, Sept. 28 (Reuters) - "), or a page's date
   * line ("… | Shop Wednesday 21 February 2024"), when there is one: characters `start` (0 when absent)
   * to `length` of that sentence.
   */
  dateline?: { sentence: number; start?: number; length: number };
}

export interface Dateline {
  month: number;
  day: number;
  year?: number;
  /** Characters from the start of the text to the end of the dateline (dash and spaces included). */
  length: number;
}

/** Place in capitals, optionally a region ("FORT MYERS, Fla.,"); the day; optionally the year; the agency; a dash. */
const DATELINE = pattern(
  `^[A-Z][A-Z.'’-]*(?: [A-Z][A-Z.'’-]*){0,4}(?:, [A-Z][\\p{L}.]*(?: [A-Z][\\p{L}.]*)?)?,? (?:(?<month>{monthBesideDay}) (?<day>\\d{1,2})|(?<dayFirst>\\d{1,2}) (?<monthAfter>{monthBesideDay}))(?:,? (?<year>\\d{4}))?(?: \\([^()]{1,40}\\)| /[^/]{1,40}/)? ?(?:-{1,2}|—|–) ?`,
  'u',
);

/** A wire dateline at the start of `text`, or undefined. */
export function findDateline(text: string): Dateline | undefined {
  const m = DATELINE.exec(text);
  if (!m?.groups) return undefined;
  const { groups } = m;
  const month = monthNumber(groups.month ?? groups.monthAfter);
  const day = Number(groups.day ?? groups.dayFirst);
  if (!month || day < 1 || day > 31) return undefined;
  return { month, day, year: groups.year ? Number(groups.year) : undefined, length: m[0].length };
}

/** How far (days) a dateline's day may be from the story's other publication dates to take their year. */
const YEAR_WINDOW_DAYS = 92;

/** The year that puts month/day nearest the known publication dates, or undefined. */
function nearestYear(month: number, day: number, known: readonly string[]): string | undefined {
  let best: { iso: string; distance: number } | undefined;
  const years = new Set(known.flatMap((iso) => [yearOf(iso) - 1, yearOf(iso), yearOf(iso) + 1]));
  for (const year of years) {
    const iso = validDay(year, month, day);
    if (!iso) continue;
    const distance = Math.min(...known.map((k) => Math.abs(dayNumber(k) - dayNumber(iso))));
    if (!best || distance < best.distance) best = { iso, distance };
  }
  return best && best.distance <= YEAR_WINDOW_DAYS ? best.iso : undefined;
}

/** How many of an article's first sentences may hold the page's date line. */
const DATE_LINE_SENTENCES = 3;
/** "Posted 18/03/2024 by Callum", "Published: 3 March 2024": a line that states the publication day. */
const POSTED = /^(?:posted|published|first published)(?:\s+on)?\s*:?\s*/i;

/**
 * The day a page's own date line states: a "Posted …"/"Published …" line (often removed as furniture),
 * or a full date (with its year) that ends one of the first sentences without any punctuation after it,
 * as the date under a headline does once the page's furniture lines are joined ("Official Club Site
 * News Shop Wednesday 21 February 2024"). Numeric dates are read the way the article writes dates.
 */
export function findDateLine(article: Pick<Article, 'removed' | 'sentences'>): { published: string; rule: string; sentence?: number; start: number; length: number } | undefined {
  const dayFirst = dayFirstOf([...article.removed, ...article.sentences.map((x) => x.text)]);
  const fullDay = (text: string) =>
    findCalendarDates(text, { dayFirst })
      .map((hit) => ({ hit, iso: hit.year !== undefined && hit.day !== undefined && !hit.orderUnknown ? validDay(hit.year, hit.month, hit.day) : undefined }))
      .filter((x): x is { hit: (typeof x)['hit']; iso: string } => !!x.iso);
  for (const line of article.removed) {
    const lead = POSTED.exec(line);
    if (!lead) continue;
    const first = fullDay(line).find((x) => x.hit.index <= lead[0].length + 12);
    if (first) return { published: first.iso, rule: 'date.published.posted-line', start: 0, length: 0 };
  }
  for (const sentence of article.sentences.slice(0, DATE_LINE_SENTENCES)) {
    const text = sentence.text.trimEnd();
    for (const { hit, iso } of fullDay(text)) {
      const end = hit.index + hit.text.length;
      const posted = POSTED.test(text) && hit.index <= POSTED.exec(text)![0].length + 12;
      if (posted || (end === text.length && furnitureBefore(text.slice(0, hit.index)))) {
        return { published: iso, rule: posted ? 'date.published.posted-line' : 'date.published.page-date-line', sentence: sentence.index, start: posted ? 0 : hit.index, length: posted ? end : text.length };
      }
    }
  }
  return undefined;
}

/**
 * What may come before a page's date line: nothing, or the page's menus and labels ("Home | News",
 * "Official Club Site News Shop"), never prose ("Timeline of events since 3 March 2020").
 */
function furnitureBefore(text: string): boolean {
  const words = text.trim().split(/\s+/).filter(Boolean);
  return words.length === 0 || /[|·•]/.test(text) || words.every((w) => /^[\p{Lu}\d]/u.test(w));
}

/** Publication date and dateline of every article of a story, by file. */
export function publicationsOf(story: Story): Map<string, Publication> {
  const known = story.articles.map((a) => a.meta.published).filter((d): d is string => !!d);
  const result = new Map<string, Publication>();
  for (const article of story.articles) {
    const first = article.sentences[0];
    const line = first ? findDateline(first.text) : undefined;
    const dateLine = line ? undefined : findDateLine(article);
    const dateline = line && first ? { sentence: first.index, length: line.length } : dateLine?.sentence !== undefined ? { sentence: dateLine.sentence, start: dateLine.start, length: dateLine.length } : undefined;
    if (article.meta.published) {
      result.set(article.file, { published: article.meta.published, source: 'metadata', dateline });
      continue;
    }
    let published: string | undefined;
    if (line) published = line.year !== undefined ? validDay(line.year, line.month, line.day) : nearestYear(line.month, line.day, known);
    else if (dateLine) published = dateLine.published;
    const rule = published ? (line ? 'date.published.wire-dateline' : dateLine?.rule) : undefined;
    result.set(article.file, { published, source: published ? 'dateline' : 'none', dateline, ...(rule ? { rule } : {}) });
  }
  return result;
}

const asArticle = (text: string, given?: Record<string, unknown>) => ({
  removed: (given?.removed as string[] | undefined) ?? [],
  sentences: [{ index: 0, text }],
}) as unknown as Pick<Article, 'removed' | 'sentences'>;

/** The rules that read a publication day from an article's own text, with their examples. */
export const DATE_PUBLISHED = ruleTable<NamedRule>({
  name: 'datePublished',
  tryRule(rule, text, given) {
    if (rule.id === 'date.published.wire-dateline') return findDateline(text);
    const line = findDateLine(asArticle(text, given));
    return line?.rule === rule.id ? { published: line.published } : undefined;
  },
  rules: [
    {
      id: 'date.published.wire-dateline',
      note: 'A wire dateline opening the text: place in capitals, the day (the year rarely), the agency, a dash.',
      examples: [
        { text: 'DUNVANE, Sept. 28 (Reuters) - The ferry sank.', expect: { month: 9, day: 28, year: undefined } },
        { text: 'PORT ELLA, 5 March 2024 (AP) — Shares fell.', expect: { month: 3, day: 5, year: 2024 } },
      ],
      notMatching: ['DUNVANE (AP) — The ferry sank.', 'On Sept. 28 - a Friday - the ferry sank.'],
    },
    {
      id: 'date.published.posted-line',
      note: 'A "Posted …" or "Published …" line with a full date, often removed as page furniture.',
      examples: [{ text: 'The ferry sank near the pier.', given: { removed: ['Posted 18/03/2024 by Callum'] }, expect: { published: '2024-03-18' } }],
      notMatching: [{ text: 'The ferry sank near the pier.', given: { removed: ['Posted by Callum'] } }],
    },
    {
      id: 'date.published.page-date-line',
      note: 'A full date closing one of the first sentences after nothing but menus and labels, as under a headline.',
      examples: [{ text: 'Harbour News Shop Wednesday 21 February 2024', expect: { published: '2024-02-21' } }],
      notMatching: ['A timeline of events since 3 March 2020'],
    },
  ],
});
