import { describe, expect, it } from 'vitest';
import { timelineOf } from '../../src/analysis/timeline.ts';
import { labelledStorySuite } from './labelledStory.ts';

/**
 * Fifth blind round: three stories in styles no other fixture uses, labelled by hand before the code
 * ran on them (see each expected.json's "about"). Blind first-run scores: police 19/22, celebrity
 * 19/21, school 20/22 (two of its misses were labels not unique in their article; the code was right):
 * 58/65 in all (89%). The thresholds are the scores after the fixes.
 */
const STORIES = [
  { name: 'dates-blind5-police', style: 'a burglary inquiry told by police web updates and a local paper’s follow-up', threshold: 1 },
  { name: 'dates-blind5-celebrity', style: 'a singer’s comeback: an entertainment site’s news post and an album review', threshold: 1 },
  { name: 'dates-blind5-school', style: 'a primary school newsletter with term dates and a village community newsletter', threshold: 1 },
];

const stories = labelledStorySuite(STORIES);

describe('what a reader of each story sees', () => {
  it('puts the break-in “on the night of the 12th” on the 12th of the month it was reported in', () => {
    const { events } = timelineOf(stories.get('dates-blind5-police')!);
    expect(events.find((e) => e.text.includes('night of the 12th'))?.date.label).toBe('Thu 12 Feb 2026');
  });

  it('dates the second arrest “48 hours later” two days after the first', () => {
    const { events } = timelineOf(stories.get('dates-blind5-police')!);
    expect(events.find((e) => e.text.includes('48 hours later'))?.date.label).toBe('Mon 16 Feb 2026');
  });

  it('shows the ticket sale and the birthday, told in the present tense, on the coming days', () => {
    const { events } = timelineOf(stories.get('dates-blind5-celebrity')!);
    expect(events.find((e) => e.text.includes('go on sale'))?.date.label).toBe('Fri 10 Oct 2025');
    expect(events.find((e) => e.text.includes('turns 32'))?.date.label).toBe('Sat 29 Nov 2025');
  });

  it('lists the half-term closure as one span and the library bus’s rota as no date', () => {
    const { mentions } = timelineOf(stories.get('dates-blind5-school')!);
    expect(mentions.find((m) => m.expression.includes('27 October'))?.date).toMatchObject({ start: '2025-10-27', end: '2025-10-31', granularity: 'day' });
    expect(mentions.some((m) => /Wednesday$/.test(m.expression))).toBe(false);
  });
});
