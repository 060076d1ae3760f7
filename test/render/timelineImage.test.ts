import { Resvg } from '@resvg/resvg-js';
import { describe, expect, it } from 'vitest';
import { imageHeight, IMAGE_WIDTH, MAX_ROWS, renderTimelineImage, timelineSvg, type TimelineRow } from '../../src/render/timelineImage.ts';

const rows: TimelineRow[] = [
  { label: '2016', text: 'Voters went to the polls in the 2016 election.', sources: 3 },
  { label: 'Mon 16 Jul 2018', text: 'The leaders met in Helsinki & held a joint press conference <live>.', sources: 2 },
  { label: 'Week of 16 Jul 2018', text: 'A'.repeat(40) + ' ' + 'word '.repeat(60), sources: 1 },
  { label: 'Autumn 2018', text: 'An invitation to visit in the fall.', sources: 5 },
];

/** Reads width and height from a PNG's IHDR chunk. */
function pngSize(png: Uint8Array): { width: number; height: number } {
  const view = new DataView(png.buffer, png.byteOffset, png.byteLength);
  return { width: view.getUint32(16), height: view.getUint32(20) };
}

describe('timeline picture', () => {
  it('renders a PNG of the expected size', () => {
    const image = renderTimelineImage('Timeline', rows);
    expect([...image.png.slice(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(pngSize(image.png)).toEqual({ width: IMAGE_WIDTH, height: imageHeight(rows.length) });
    expect(image.width).toBe(IMAGE_WIDTH);
    expect(image.height).toBe(imageHeight(rows.length));
  });

  it('has every event label in its SVG, with text escaped', () => {
    const svg = renderTimelineImage('Timeline', rows).svg;
    for (const row of rows) expect(svg).toContain(`>${row.label}<`);
    expect(svg).toContain('Helsinki &amp; held a joint press conference &lt;live&gt;.');
    expect(svg).not.toContain('<live>');
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
    expect(dark / total).toBeGreaterThan(0.8);
    // Text was drawn (a font was found) and is light.
    expect(light / total).toBeGreaterThan(0.01);
  });

  it('keeps long texts to two lines and notes events beyond the last row', () => {
    const many = Array.from({ length: MAX_ROWS + 3 }, (_, i) => ({ label: `Event ${i + 1}`, text: `Something happened (${i + 1}).`, sources: 1 }));
    const image = renderTimelineImage('A long story', many);
    expect(pngSize(image.png).height).toBe(imageHeight(many.length));
    expect(image.svg).toContain('+ 3 more events');
    const long = timelineSvg('Timeline', [rows[2]]);
    expect(long.match(/font-size="15"/g)).toHaveLength(2);
    expect(long).toContain('…');
  });
});
