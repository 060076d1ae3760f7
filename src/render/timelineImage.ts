/**
 * A picture of a timeline that tells the story at a glance: one entry per date (a day's events
 * together), the dates the most sources report chosen rather than the first ones, on a time axis
 * that shows the gaps between them (a break in the rail for a long one). Sized for Discord, which
 * shows an embed's picture about 400 px wide: the text stays at least 11 px there. SVG rendered to PNG
 * with @resvg/resvg-js in Discord's dark-theme colours. Pure apart from the font lookup resvg does.
 */
import { Resvg } from '@resvg/resvg-js';

export interface TimelineRow {
  label: string;
  text: string;
  sources: number;
  /** The date's first and last day (YYYY-MM-DD), for the time axis; rows without them are kept in order. */
  start?: string;
  end?: string;
}

/**
 * Width of the picture; Discord shows an embed's picture in a box about DISPLAY_WIDTH × DISPLAY_HEIGHT,
 * so the picture keeps that shape (at most MAX_HEIGHT tall) to be shown at full width.
 */
export const IMAGE_WIDTH = 720;
export const DISPLAY_WIDTH = 400;
export const DISPLAY_HEIGHT = 300;
export const MAX_HEIGHT = Math.round((IMAGE_WIDTH * DISPLAY_HEIGHT) / DISPLAY_WIDTH);
/** Dates drawn at most (fewer when they would not fit), each with its most reported event. */
export const MAX_DATES = 5;
/** A gap longer than this (days between one date's end and the next's start) breaks the rail. */
export const BREAK_AFTER_DAYS = 60;

export const FONT = { title: 30, subtitle: 20, year: 24, label: 22, text: 22, small: 20 } as const;
const LINE = 27;
const LABEL_X = 24;
const RAIL_X = 200;
const TEXT_X = 230;
const HEADER = 92;
const FOOTER = 14;
const ROW_GAP = 14;
const GAP_NOTE = 26;
const BREAK_SPACE = 8;
/** Characters per line of event text at FONT.text right of the rail, and of a date label left of it. */
const LINE_CHARS = 37;
const LABEL_CHARS = 11;
const LINES_PER_EVENT = 2;

const COLOURS = {
  background: '#2b2d31',
  title: '#f2f3f5',
  text: '#dbdee1',
  muted: '#b5bac1',
  accent: '#8ea1e1',
  rail: '#4e5058',
  dot: '#5865f2',
  badge: '#404249',
};

/** One date on the picture: its events, most reported first (the first is drawn). */
export interface DateGroup {
  label: string;
  start?: string;
  end?: string;
  events: TimelineRow[];
  /** The most sources any of its events has. */
  sources: number;
}

/** The rows grouped by date (one group per label), in the rows' order. */
export function groupByDate(rows: readonly TimelineRow[]): DateGroup[] {
  const groups = new Map<string, DateGroup>();
  for (const row of rows) {
    let group = groups.get(row.label);
    if (!group) groups.set(row.label, (group = { label: row.label, start: row.start, end: row.end, events: [], sources: 0 }));
    group.events.push(row);
    group.sources = Math.max(group.sources, row.sources);
    if (row.end && (!group.end || row.end > group.end)) group.end = row.end;
  }
  for (const group of groups.values()) group.events = stableSort(group.events, (a, b) => b.sources - a.sources);
  return [...groups.values()];
}

/** The dates ranked for drawing: those whose events the most sources carry first, then the busiest. */
export function rankDates(groups: readonly DateGroup[]): DateGroup[] {
  const total = (g: DateGroup) => g.events.reduce((n, e) => n + e.sources, 0);
  return stableSort(groups, (a, b) => b.sources - a.sources || total(b) - total(a));
}

/** The `count` best-ranked dates, in time order (the rows' order). */
export function chooseDates(groups: readonly DateGroup[], count = MAX_DATES): DateGroup[] {
  const chosen = new Set(rankDates(groups).slice(0, count));
  return groups.filter((g) => chosen.has(g));
}

function stableSort<T>(items: readonly T[], compare: (a: T, b: T) => number): T[] {
  return items.map((item, i) => ({ item, i })).sort((a, b) => compare(a.item, b.item) || a.i - b.i).map((x) => x.item);
}

const DAY = 86_400_000;
const days = (from: string, to: string) => Math.round((Date.parse(to) - Date.parse(from)) / DAY);

/** "3 days later", "6 weeks later", "about 2 years later"; undefined for the next day or less. */
export function gapLabel(fromStart: string, toStart: string): string | undefined {
  const d = days(fromStart, toStart);
  if (!Number.isFinite(d) || d <= 1) return undefined;
  const unit = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'} later`;
  if (d < 14) return unit(d, 'day');
  if (d < 60) return unit(Math.round(d / 7), 'week');
  if (d < 730) return unit(Math.round(d / 30.4), 'month');
  const years = Math.round(d / 365.25);
  return `${Math.abs(d - years * 365.25) > 45 ? 'about ' : ''}${unit(years, 'year')}`;
}

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/** Up to `max` lines of at most `chars`, cut at a word, "…" when the text goes on. */
export function wrap(text: string, chars = LINE_CHARS, max = LINES_PER_EVENT): string[] {
  const words = text.replace(/\s+/g, ' ').trim().split(' ');
  const lines: string[] = [''];
  for (const word of words) {
    const line = lines[lines.length - 1];
    const joined = line ? `${line} ${word}` : word;
    if (joined.length <= chars) lines[lines.length - 1] = joined;
    else if (lines.length < max) lines.push(word.slice(0, chars));
    else {
      lines[max - 1] = lines[max - 1].slice(0, chars - 1).replace(/\s+\S*$/, '') + '…';
      return lines;
    }
  }
  return lines;
}

interface Layout {
  height: number;
  parts: string[];
}

/** The picture with as many of the best-ranked dates as fit in MAX_HEIGHT (at least two). */
function layout(title: string, rows: readonly TimelineRow[]): Layout {
  const groups = groupByDate(rows);
  for (let count = Math.min(MAX_DATES, groups.length); ; count--) {
    const drawn = draw(title, chooseDates(groups, count), groups.length);
    if (drawn.height <= MAX_HEIGHT || count <= 2) return drawn;
  }
}

const yearOf = (date: string | undefined) => date?.slice(0, 4);

/** A date's label without the year the axis already shows ("Thu 19 Jul 2018" under 2018 → "Thu 19 Jul"). */
function shortLabel(group: DateGroup): string {
  const year = yearOf(group.start);
  const short = year && group.label !== year ? group.label.replace(new RegExp(`\\s*${year}$`), '') : group.label;
  // "Second half of 2025" keeps its year: "Second half of" does not read.
  return short && !/\s\p{Ll}+$/u.test(short) ? short : group.label;
}

function draw(title: string, shown: readonly DateGroup[], dates: number): Layout {
  const parts: string[] = [];
  const rails: string[] = [];
  const cut = (text: string, n: number) => (text.length > n ? text.slice(0, n - 1) + '…' : text);
  const text = (x: number, y: number, size: number, fill: string, content: string, extra = '') =>
    `<text x="${x}" y="${y}" font-size="${size}" fill="${fill}"${extra}>${escapeXml(content)}</text>`;
  parts.push(text(24, 40, FONT.title, COLOURS.title, cut(title, 38), ' font-weight="bold"'));
  const subtitle = shown.length < dates ? `The ${shown.length} most reported of ${dates} dates` : `${dates} date${dates === 1 ? '' : 's'}`;
  parts.push(text(24, 72, FONT.subtitle, COLOURS.muted, `${subtitle}; in the dot: events that date`));

  let y = HEADER;
  let railFrom = y + 14;
  const railTo = (to: number) => {
    if (to > railFrom) rails.push(`<line x1="${RAIL_X}" y1="${railFrom}" x2="${RAIL_X}" y2="${to}" stroke="${COLOURS.rail}" stroke-width="4"/>`);
  };
  let year: string | undefined;
  shown.forEach((group, gi) => {
    const previous = shown[gi - 1];
    // One line between two dates: the new year on the left, the time since the date before on the right
    // (measured from its end: "2017" ends on 31 December), and a break in the rail for a long gap.
    const groupYear = yearOf(group.start);
    const newYear = groupYear && groupYear !== year && group.label !== groupYear ? groupYear : undefined;
    year = groupYear ?? year;
    const note = previous?.end && group.start ? gapLabel(previous.end, group.start) : undefined;
    const long = !!previous?.end && !!group.start && days(previous.end, group.start) > BREAK_AFTER_DAYS;
    if (newYear || note || long) {
      if (long) {
        // The time between is not drawn to scale.
        railTo(y - 4);
        parts.push(`<path d="M ${RAIL_X - 12} ${y + 6} l 8 -6 l 8 6 l 8 -6 M ${RAIL_X - 12} ${y + 16} l 8 -6 l 8 6 l 8 -6" stroke="${COLOURS.muted}" stroke-width="3" fill="none"/>`);
        railFrom = y + 24;
      }
      if (newYear) parts.push(text(LABEL_X, y + 18, FONT.year, COLOURS.title, newYear, ' font-weight="bold"'));
      if (note) parts.push(text(TEXT_X, y + 17, FONT.small, COLOURS.muted, note, ' font-style="italic"'));
      y += GAP_NOTE + (long ? BREAK_SPACE : 0);
    }
    const event = group.events[0];
    const left = [
      ...wrap(shortLabel(group), LABEL_CHARS, 2).map((line) => ({ line, size: FONT.label, fill: COLOURS.accent, bold: true })),
      { line: `${event.sources} source${event.sources === 1 ? '' : 's'}`, size: FONT.small, fill: COLOURS.muted, bold: false },
    ];
    const lines = wrap(event.text, LINE_CHARS, LINES_PER_EVENT);
    parts.push(
      `<circle cx="${RAIL_X}" cy="${y + 14}" r="15" fill="${COLOURS.dot}" stroke="${COLOURS.background}" stroke-width="3"/>`,
      text(RAIL_X, y + 21, FONT.small, COLOURS.title, String(group.events.length), ' font-weight="bold" text-anchor="middle"'),
    );
    left.forEach((l, k) => parts.push(text(LABEL_X, y + 21 + k * LINE, l.size, l.fill, l.line, l.bold ? ' font-weight="bold"' : '')));
    lines.forEach((line, k) => parts.push(text(TEXT_X, y + 21 + k * LINE, FONT.text, COLOURS.text, line)));
    y += Math.max(left.length, lines.length) * LINE + ROW_GAP;
  });
  railTo(y - ROW_GAP - LINE);
  // The rail goes under the dots.
  parts.splice(2, 0, ...rails);
  return { height: Math.round(y - ROW_GAP + FOOTER), parts };
}

export function timelineSvg(title: string, rows: readonly TimelineRow[]): string {
  const { height, parts } = layout(title, rows);
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${IMAGE_WIDTH}" height="${height}" viewBox="0 0 ${IMAGE_WIDTH} ${height}" font-family="DejaVu Sans, Verdana, sans-serif">`,
    `<rect width="100%" height="100%" rx="12" fill="${COLOURS.background}"/>`,
    ...parts,
    '</svg>',
  ].join('\n');
}

/** The picture's height for these rows. */
export function imageHeight(title: string, rows: readonly TimelineRow[]): number {
  return layout(title, rows).height;
}

export interface TimelineImage {
  svg: string;
  png: Uint8Array;
  width: number;
  height: number;
}

const rendered = new Map<string, TimelineImage>();
const MAX_CACHED = 16;

/** Renders the timeline picture (memoised: the same events give the same picture). */
export function renderTimelineImage(title: string, rows: readonly TimelineRow[]): TimelineImage {
  const svg = timelineSvg(title, rows);
  const cached = rendered.get(svg);
  if (cached) return cached;
  const image = new Resvg(svg, { font: { loadSystemFonts: true, defaultFontFamily: 'DejaVu Sans' }, fitTo: { mode: 'original' } }).render();
  const result: TimelineImage = { svg, png: new Uint8Array(image.asPng()), width: image.width, height: image.height };
  if (rendered.size >= MAX_CACHED) rendered.delete(rendered.keys().next().value!);
  rendered.set(svg, result);
  return result;
}
