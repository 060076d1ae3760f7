/**
 * The day each article was published, for resolving its relative dates: the metadata's date, else a
 * wire dateline at the start of its text ("MIAMI, Sept. 28 (Reuters) -", "LONDON, 5 March (AP) —").
 * A dateline is the wire services' own statement of the day the story was filed, so it is read as the
 * publication date. Datelines rarely carry the year: it is the year that puts the day nearest the other
 * articles' publication dates (within three months of one), else unknown and the article stays undated.
 * A dateline is never an event: its span is reported so the timeline can skip the date in it.
 */
import type { Story } from '../story/story.ts';
import { dayNumber, validDay, yearOf } from './dateMath.ts';

export interface Publication {
  /** YYYY-MM-DD, when known. */
  published?: string;
  /** Where the date came from. */
  source: 'metadata' | 'dateline' | 'none';
  /** The dateline at the start of the first sentence ("MIAMI, Sept. 28 (Reuters) - "), when there is one. */
  dateline?: { sentence: number; length: number };
}

export interface Dateline {
  month: number;
  day: number;
  year?: number;
  /** Characters from the start of the text to the end of the dateline (dash and spaces included). */
  length: number;
}

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, oct: 10, nov: 11, dec: 12,
};
const MONTH = '(Jan(?:uary|\\.)?|Feb(?:ruary|\\.)?|Mar(?:ch|\\.)?|Apr(?:il|\\.)?|May|June?|July?|Aug(?:ust|\\.)?|Sept?(?:ember|\\.)?|Oct(?:ober|\\.)?|Nov(?:ember|\\.)?|Dec(?:ember|\\.)?)';
/** Place in capitals, optionally a region ("FORT MYERS, Fla.,"); the day; optionally the year; the agency; a dash. */
const DATELINE = new RegExp(
  `^[A-Z][A-Z.'’-]*(?: [A-Z][A-Z.'’-]*){0,4}(?:, [A-Z][\\p{L}.]*(?: [A-Z][\\p{L}.]*)?)?,? (?:${MONTH} (\\d{1,2})|(\\d{1,2}) ${MONTH})(?:,? (\\d{4}))?(?: \\([^()]{1,40}\\)| /[^/]{1,40}/)? ?(?:-{1,2}|—|–) ?`,
  'u',
);

/** A wire dateline at the start of `text`, or undefined. */
export function findDateline(text: string): Dateline | undefined {
  const m = DATELINE.exec(text);
  if (!m) return undefined;
  const monthWord = m[1] ?? m[4];
  const month = MONTHS[monthWord.slice(0, 3).toLowerCase()];
  const day = Number(m[2] ?? m[3]);
  if (!month || day < 1 || day > 31) return undefined;
  return { month, day, year: m[5] ? Number(m[5]) : undefined, length: m[0].length };
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

/** Publication date and dateline of every article of a story, by file. */
export function publicationsOf(story: Story): Map<string, Publication> {
  const known = story.articles.map((a) => a.meta.published).filter((d): d is string => !!d);
  const result = new Map<string, Publication>();
  for (const article of story.articles) {
    const first = article.sentences[0];
    const line = first ? findDateline(first.text) : undefined;
    const dateline = line && first ? { sentence: first.index, length: line.length } : undefined;
    if (article.meta.published) {
      result.set(article.file, { published: article.meta.published, source: 'metadata', dateline });
      continue;
    }
    let published: string | undefined;
    if (line) published = line.year !== undefined ? validDay(line.year, line.month, line.day) : nearestYear(line.month, line.day, known);
    result.set(article.file, { published, source: published ? 'dateline' : 'none', dateline });
  }
  return result;
}
