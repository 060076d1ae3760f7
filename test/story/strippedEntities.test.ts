import { describe, expect, it } from 'vitest';
import { decodeEntities } from '../../src/story/markup.ts';
import { findDateMentions } from '../../src/analysis/dates.ts';

// A copying tool that strips "&#" from numeric entities leaves "week39;s" for "week's" (seen on a real
// wire copy): the apostrophe is restored, so "last week39;s losses" is a date again.
describe('apostrophe entities whose “&#” was stripped', () => {
  it('restores the apostrophe after a lower-case word, and nothing else', () => {
    expect(decodeEntities('the ferry firm39;s fares rose after last week39;s storm')).toBe('the ferry firm’s fares rose after last week’s storm');
    expect(decodeEntities('the drivers39; union')).toBe('the drivers’ union');
    // A road number, a count, an intact entity.
    expect(decodeEntities('take the A39; then the B3227')).toBe('take the A39; then the B3227');
    expect(decodeEntities('rooms: 39; beds: 80')).toBe('rooms: 39; beds: 80');
    expect(decodeEntities('last week&#39;s storm')).toBe("last week's storm");
  });

  it('lets the date rules read the repaired words', () => {
    const found = findDateMentions(decodeEntities('Ticket prices kept climbing after last week39;s jump.'), '2024-05-15');
    expect(found.map((m) => m.date?.start)).toEqual(['2024-05-06']);
  });
});
