import { describe, expect, it } from 'vitest';
import { findDateMentions } from '../../../src/analysis/dates.ts';
import { timelineOf } from '../../../src/analysis/timeline.ts';
import { fixtureStory } from '../fixtureStories.ts';
import { resolved, onlyMention } from './mentions.ts';

/**
 * Quarters and halves of a year (Q3, "the third quarter", H1, "the first half of next year") and deadlines ("by
 * the end of the year"); not a match's quarters, fractions or fiscal periods. Sentences are dated from a Wednesday (15 May 2024, 8 May 2024) or a Friday (16 May 2025) unless they say.
 */
const WED = '2024-05-15';
const FRI = '2025-05-16';
const onlyFrom15May2024 = (text: string, published: string | undefined = WED) => onlyMention(text, published);
const onlyFrom16May2025 = (text: string, published: string | undefined = FRI, southern = false) => onlyMention(text, published, { southern });

describe('quarters', () => {
  it('reads a calendar quarter with its year, in any of the usual spellings', () => {
    expect(resolved('Orders slipped in the fourth quarter of 2023.', WED, 'quarter')).toEqual({ start: '2023-10-01', end: '2023-12-31', granularity: 'quarter', label: 'Q4 2023' });
    expect(resolved('Third-quarter 2022 sales rose.', WED, 'quarter')).toMatchObject({ start: '2022-07-01', end: '2022-09-30', label: 'Q3 2022' });
    expect(resolved('Sales rose in Q1 2021.', WED, 'Q1')).toMatchObject({ start: '2021-01-01', end: '2021-03-31', granularity: 'quarter' });
  });

  it('places a quarter without a year by the tense, in a sentence about money', () => {
    expect(resolved('GDP is forecast to grow 2.1% in the third quarter.', WED, 'third quarter')).toMatchObject({ label: 'Q3 2024' });
    expect(resolved('GDP grew 2.1% in the third quarter.', WED, 'third quarter')).toMatchObject({ label: 'Q3 2023' });
    expect(resolved('Profits fell in the third quarter.', WED, 'third quarter')).toMatchObject({ label: 'Q3 2023' });
    expect(resolved('Harlow expects the deal to add to earnings from Q3.', WED, 'Q3')).toMatchObject({ label: 'Q3 2024' });
    expect(resolved('Sales rose 4% last quarter.', WED, 'last quarter')).toMatchObject({ start: '2024-01-01', end: '2024-03-31' });
  });

  it('leaves the quarters of a match and fractions alone', () => {
    expect(findDateMentions('He scored twice in the third quarter as the Lakers won.', WED)).toEqual([]);
    expect(findDateMentions('The Lakers led in the third quarter of the game.', WED)).toEqual([]);
    expect(findDateMentions('He spent a quarter of his life in prison.', WED)).toEqual([]);
  });

  it('does not turn fiscal periods into calendar ones (they depend on the company)', () => {
    expect(findDateMentions('Revenue for fiscal 2023 was flat, and the fiscal third quarter was weak.', WED)).toEqual([]);
    expect(findDateMentions('Apple reported results for its fiscal fourth quarter of 2023.', WED)).toEqual([]);
    expect(findDateMentions('Both report results for the 2025 fiscal year separately.', WED)).toEqual([]);
    expect(findDateMentions('Guidance for FY2025 was cut.', WED)).toEqual([]);
  });
});

describe('parts of a year, month or week', () => {
  it('reads halves of a year with year granularity over six months', () => {
    expect(resolved('Margins should recover in the first half of next year.', WED, 'first half')).toEqual({ start: '2025-01-01', end: '2025-06-30', granularity: 'year', label: 'First half of 2025' });
    expect(resolved('The plant will close in the second half of 2025.', WED, 'second half')).toMatchObject({ start: '2025-07-01', end: '2025-12-31', label: 'Second half of 2025' });
    expect(findDateMentions('In the first half, the team looked tired.', WED)).toEqual([]);
  });

  it('reads a deadline as the rest of the period, or the whole period when it is over', () => {
    expect(resolved('The deal should close by the end of the year.', WED, 'end of the year')).toEqual({ start: '2024-05-16', end: '2024-12-31', granularity: 'year', label: 'By the end of 2024' });
    expect(resolved('The law must pass by the end of the month.', WED, 'end of the month')).toMatchObject({ start: '2024-05-16', end: '2024-05-31', granularity: 'month' });
    expect(resolved('Output had doubled by the end of last year.', WED, 'end of last year')).toMatchObject({ start: '2023-01-01', end: '2023-12-31', granularity: 'year' });
  });
});

describe('quarters and halves in a schedule', () => {
  it('reads bare Q and H in a product schedule, but not hydrogen or a match', () => {
    expect(onlyFrom15May2024('The redesign is planned for H1.').date).toMatchObject({ start: '2024-01-01', end: '2024-06-30', granularity: 'year' });
    expect(onlyFrom15May2024('The update slipped to Q4 after the beta.').date?.label).toBe('Q4 2024');
    expect(onlyFrom15May2024('Support for tablets will ship later this quarter.').date?.label).toBe('Q2 2024');
    expect(findDateMentions('The plant turns water into H2 and oxygen for the fuel cells.', WED)).toHaveLength(0);
    expect(findDateMentions('The Hawks scored 30 points in the first quarter of the game.', WED)).toHaveLength(0);
  });

  it('reads a quarter “of this year” and “in the new year”', () => {
    expect(onlyFrom16May2025('Revenue jumped 8% in the third quarter of last year.').date?.label).toBe('Q3 2024');
    expect(onlyFrom16May2025('The report will be published in the new year.', '2025-10-02').date?.label).toBe('2026');
  });
});

describe('quarters and halves in the labelled fixture stories', () => {
  it('places the roadmap’s H2 and Q1 in the roadmap’s year', async () => {
    const labels = timelineOf(await fixtureStory('dates-blind4-roadmap')).mentions.map((m) => m.date?.label);
    expect(labels).toContain('Second half of 2025');
    expect(labels).toContain('Q1 2025');
    expect(labels).toContain('Week of 8 Sep 2025');
  });
});
