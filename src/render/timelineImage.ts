/**
 * A picture of a timeline: an SVG (dates on the left, a rail with a dot per event, the event on the
 * right) rendered to PNG with @resvg/resvg-js. Colours are Discord's dark theme, so the image sits
 * on an embed without a white box around it. Pure apart from the font lookup resvg does.
 */
import { Resvg } from '@resvg/resvg-js';

export interface TimelineRow {
  label: string;
  text: string;
  sources: number;
}

export const IMAGE_WIDTH = 1000;
export const MAX_ROWS = 20;
const HEADER = 64;
const ROW = 64;
const MORE = 32;
const FOOTER = 16;
const RAIL_X = 262;
const TEXT_X = 288;
/** Characters per text line at 15px DejaVu Sans in the space right of the rail. */
const LINE_CHARS = 78;
/** Characters of a date label that fit left of the rail at the full 17px; longer labels are drawn smaller. */
const LABEL_CHARS = 19;

/** Font size of a date label: 17px, smaller for long ones ("Weekend of 16 Mar 2024", "Night of 27–28 Sep 2022"). */
export function labelFontSize(label: string): number {
  return label.length <= LABEL_CHARS ? 17 : Math.max(12, Math.floor((17 * LABEL_CHARS) / label.length));
}

const COLOURS = {
  background: '#2b2d31',
  title: '#f2f3f5',
  text: '#dbdee1',
  muted: '#949ba4',
  accent: '#8ea1e1',
  rail: '#4e5058',
  dot: '#5865f2',
};

/** The picture's height for a number of events. */
export function imageHeight(events: number): number {
  const rows = Math.min(events, MAX_ROWS);
  return HEADER + rows * ROW + (events > MAX_ROWS ? MORE : 0) + FOOTER;
}

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[c]!);
}

/** Up to two lines of at most LINE_CHARS, cut at a word, "…" when the text goes on. */
function wrap(text: string): string[] {
  const words = text.replace(/\s+/g, ' ').trim().split(' ');
  const lines: string[] = [''];
  for (const word of words) {
    const line = lines[lines.length - 1];
    if ((line + ' ' + word).trim().length <= LINE_CHARS) lines[lines.length - 1] = (line + ' ' + word).trim();
    else if (lines.length < 2) lines.push(word.slice(0, LINE_CHARS));
    else {
      lines[1] = lines[1].slice(0, LINE_CHARS - 1).replace(/\s+\S*$/, '') + '…';
      return lines;
    }
  }
  return lines;
}

export function timelineSvg(title: string, rows: readonly TimelineRow[]): string {
  const shown = rows.slice(0, MAX_ROWS);
  const height = imageHeight(rows.length);
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${IMAGE_WIDTH}" height="${height}" viewBox="0 0 ${IMAGE_WIDTH} ${height}" font-family="DejaVu Sans, Verdana, sans-serif">`,
    `<rect width="100%" height="100%" rx="12" fill="${COLOURS.background}"/>`,
    `<text x="32" y="40" font-size="22" font-weight="bold" fill="${COLOURS.title}">${escapeXml(title.length > 70 ? title.slice(0, 69) + '…' : title)}</text>`,
  ];
  if (shown.length) {
    const top = HEADER + 20;
    const bottom = HEADER + (shown.length - 1) * ROW + 20;
    parts.push(`<line x1="${RAIL_X}" y1="${top}" x2="${RAIL_X}" y2="${bottom}" stroke="${COLOURS.rail}" stroke-width="3"/>`);
  }
  shown.forEach((row, i) => {
    const y = HEADER + i * ROW;
    const lines = wrap(row.text);
    parts.push(
      `<text x="${RAIL_X - 20}" y="${y + 25}" font-size="${labelFontSize(row.label)}" font-weight="bold" text-anchor="end" fill="${COLOURS.accent}">${escapeXml(row.label)}</text>`,
      `<text x="${RAIL_X - 20}" y="${y + 46}" font-size="13" text-anchor="end" fill="${COLOURS.muted}">${row.sources} ${row.sources === 1 ? 'source' : 'sources'}</text>`,
      `<circle cx="${RAIL_X}" cy="${y + 20}" r="7" fill="${COLOURS.dot}" stroke="${COLOURS.background}" stroke-width="3"/>`,
      ...lines.map((line, k) => `<text x="${TEXT_X}" y="${y + 25 + k * 20}" font-size="15" fill="${COLOURS.text}">${escapeXml(line)}</text>`),
    );
  });
  if (rows.length > MAX_ROWS) {
    parts.push(`<text x="${TEXT_X}" y="${HEADER + shown.length * ROW + 20}" font-size="14" fill="${COLOURS.muted}">+ ${rows.length - MAX_ROWS} more events (listed in the message)</text>`);
  }
  parts.push('</svg>');
  return parts.join('\n');
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
