import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import timeline from '../../commands/timeline.ts';
import { presentTimeline } from '../../src/render/present/timeline.ts';
import { DISPLAY_WIDTH, gapLabel, groupByDate, IMAGE_WIDTH, imageHeight, MAX_HEIGHT, renderTimelineImage, timelineSvg, type TimelineRow } from '../../src/render/timelineImage.ts';
import { loadStory } from '../../src/story/loadStory.ts';

const rows: TimelineRow[] = [
  { label: '2016', text: 'Voters went to the polls in the 2016 election.', sources: 3, start: '2016-01-01', end: '2016-12-31' },
  { label: 'Mon 16 Jul 2018', text: 'The leaders met in Helsinki & held a joint press conference <live>.', sources: 2, start: '2018-07-16', end: '2018-07-16' },
  { label: 'Mon 16 Jul 2018', text: 'Critics said the summit went badly.', sources: 1, start: '2018-07-16', end: '2018-07-16' },
  { label: 'Thu 19 Jul 2018', text: 'A'.repeat(40) + ' ' + 'word '.repeat(60), sources: 1, start: '2018-07-19', end: '2018-07-19' },
  { label: 'Autumn 2018', text: 'An invitation to visit in the fall.', sources: 5, start: '2018-09-01', end: '2018-11-30' },
];

/** Reads width and height from a PNG's IHDR chunk. */
function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

/** The texts drawn in an SVG, tags removed. */
const drawnTexts = (svg: string) => [...svg.matchAll(/<text[^>]*>(.*?)<\/text>/g)].map((m) => m[1]);

describe('timeline picture', () => {
  it('renders a PNG in the shape Discord shows at full width', () => {
    const image = renderTimelineImage('Timeline', rows);
    expect([...image.png.slice(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(pngSize(image.png)).toEqual({ width: IMAGE_WIDTH, height: imageHeight('Timeline', rows) });
    expect(image.height).toBeLessThanOrEqual(MAX_HEIGHT);
    expect(MAX_HEIGHT / IMAGE_WIDTH).toBeLessThanOrEqual(0.75);
  });

  it('is readable at Discord’s embed width: no text under 11 px once scaled down', () => {
    const { svg } = renderTimelineImage('Timeline', rows);
    const sizes = [...svg.matchAll(/font-size="(\d+)"/g)].map((m) => Number(m[1]));
    expect(sizes.length).toBeGreaterThan(5);
    for (const size of sizes) expect((size * DISPLAY_WIDTH) / IMAGE_WIDTH).toBeGreaterThanOrEqual(11);
  });

  it('draws one entry per date, with how many events it had and its most reported one', () => {
    expect(groupByDate(rows).map((g) => [g.label, g.events.length])).toEqual([['2016', 1], ['Mon 16 Jul 2018', 2], ['Thu 19 Jul 2018', 1], ['Autumn 2018', 1]]);
    const texts = drawnTexts(timelineSvg('Timeline', rows));
    expect(texts.filter((t) => t === 'Mon 16 Jul')).toHaveLength(1);
    expect(texts).toContain('2018');
    const monday = texts.indexOf('Mon 16 Jul');
    // The dot holds the date's count of events; under the label, how many sources carry the one drawn.
    expect(texts.slice(monday - 1, monday + 2)).toEqual(['2', 'Mon 16 Jul', '2 sources']);
    expect(texts.join(' ')).toContain('The leaders met in Helsinki &amp; held a joint press');
    expect(texts.join(' ')).not.toContain('Critics said');
    expect(texts.join(' ')).not.toContain('<live>');
  });

  it('keeps the most reported dates when not all fit, in time order', () => {
    const many: TimelineRow[] = Array.from({ length: 12 }, (_, i) => {
      const day = String(i + 1).padStart(2, '0');
      return { label: `${day} Mar 2024`, text: `Something happened on day ${i + 1} that people wrote about at some length.`, sources: i === 10 ? 6 : i === 2 ? 4 : 1, start: `2024-03-${day}`, end: `2024-03-${day}` };
    });
    const svg = timelineSvg('A long story', many);
    const texts = drawnTexts(svg);
    expect(texts.indexOf('03 Mar')).toBeGreaterThan(-1);
    expect(texts.indexOf('11 Mar')).toBeGreaterThan(texts.indexOf('03 Mar'));
    expect(texts.some((t) => /^The \d most reported of 12 dates/.test(t))).toBe(true);
    expect(imageHeight('A long story', many)).toBeLessThanOrEqual(MAX_HEIGHT);
  });

  it('shows the gaps on the time axis, with a break in the rail for a long one', () => {
    expect(gapLabel('2018-07-17', '2018-07-19')).toBe('2 days later');
    expect(gapLabel('2018-07-19', '2018-09-01')).toBe('6 weeks later');
    expect(gapLabel('2016-12-31', '2018-07-16')).toBe('18 months later');
    expect(gapLabel('2016-12-31', '2022-01-01')).toBe('5 years later');
    expect(gapLabel('2018-07-16', '2018-07-17')).toBeUndefined();
    const svg = timelineSvg('Timeline', rows);
    const texts = drawnTexts(svg);
    expect(texts).toContain('18 months later');
    expect(texts).toContain('3 days later');
    expect(svg.match(/<path /g)).toHaveLength(1);
    expect(timelineSvg('Timeline', rows.slice(1, 4))).not.toContain('<path ');
  });

  it('draws text in light colours on a dark background (Discord dark theme)', () => {
    const { svg } = renderTimelineImage('Timeline', rows);
    const pixels = new Resvg(svg, { font: { loadSystemFonts: true } }).render().pixels;
    let dark = 0;
    let light = 0;
    for (let i = 0; i < pixels.length; i += 4) {
      const luminance = 0.2126 * pixels[i] + 0.7152 * pixels[i + 1] + 0.0722 * pixels[i + 2];
      if (luminance < 60) dark++;
      else if (luminance > 180) light++;
    }
    const total = pixels.length / 4;
    expect(dark / total).toBeGreaterThan(0.6);
    // Text was drawn (a font was found) and is light.
    expect(light / total).toBeGreaterThan(0.01);
  });

  it('draws the seed story’s most reported events: the 2016 election, the invitation, Thursday’s announcement', async () => {
    const story = await loadStory('seeds');
    const presentation = presentTimeline(await timeline.handler(story, {}));
    expect(presentation.image).toBeDefined();
    const svg = renderTimelineImage('Timeline', (await timeline.handler(story, {})).events.map((e) => ({ label: e.date.label, text: e.text, sources: e.sources, start: e.date.start, end: e.date.end }))).svg;
    const texts = drawnTexts(svg);
    for (const label of ['2016', 'Thu 19 Jul', 'Autumn']) expect(texts).toContain(label);
    expect(texts).toContain('10');
    expect(pngSize(presentation.image!.png).height).toBeLessThanOrEqual(MAX_HEIGHT);
  });
});
