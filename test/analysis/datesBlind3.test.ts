import { describe, expect, it } from 'vitest';
import { timelineOf } from '../../src/analysis/timeline.ts';
import { loadStory } from '../../src/story/loadStory.ts';
import { labelledStorySuite } from './labelledStory.ts';

/**
 * Third blind round: four stories in styles no other fixture uses, labelled by hand before the code
 * ran on them (see each expected.json's "about"). Blind first-run scores: court 25/38, health 15/26
 * (15/25 without a label on a heading the loader makes the headline), anniversary 17/23, Sydney 13/22:
 * 70/109 in all (64%). The thresholds are the scores after the fixes (the acceptance bar is 95%).
 */
const STORIES = [
  { name: 'dates-blind3-court', style: 'a trial over ten months: pre-trial report, live verdict blog with ISO timestamps, sentencing', threshold: 1 },
  { name: 'dates-blind3-health', style: 'a pandemic retrospective told from 2020 on, and a weekly bulletin without dates', threshold: 1 },
  { name: 'dates-blind3-anniversary', style: 'a fiftieth-anniversary feature with company quarters, and a radio report', threshold: 1 },
  { name: 'dates-blind3-sydney', style: 'Australian news in January (southern seasons) and a weekly community column', threshold: 1 },
];

const stories = labelledStorySuite(STORIES);

describe('what a reader of each story sees', () => {
  it('places the retrospective’s yearless months and seasons in its own years, in order', () => {
    const { events } = timelineOf(stories.get('dates-blind3-health')!);
    const retro = events.filter((e) => e.citations[0].file === 'a-retro.md').map((e) => e.date.label);
    expect(retro.slice(0, 8)).toEqual(['2009', '2020', 'Spring 2020', 'April 2020', 'Summer 2020', 'August 2020', 'December 2020–February 2021', 'Winter 2020–21']);
  });

  it('reads the Sydney articles’ seasons the southern way, and the court story’s the northern way', () => {
    const summers = timelineOf(stories.get('dates-blind3-sydney')!).mentions.filter((m) => /summer/i.test(m.expression));
    expect(summers.map((m) => m.date?.label)).toEqual(['Summer 2024–25', 'Summer 2023–24', 'Summer 2024–25']);
    const spring = timelineOf(stories.get('dates-blind3-court')!).mentions.find((m) => m.sentence.file === 'b-courtwatch.txt' && m.expression === 'in the spring');
    expect(spring?.date?.start).toBe('2024-03-01');
  });

  it('dates each live-blog entry by its ISO timestamp and lists the verdict day’s entries on that day', () => {
    const { events } = timelineOf(stories.get('dates-blind3-court')!);
    const verdictDay = events.filter((e) => e.date.label === 'Thu 22 Feb 2024');
    expect(verdictDay.some((e) => e.text.includes('Guilty on 11 of 14 counts'))).toBe(true);
    expect(events.some((e) => e.text.startsWith('Updated'))).toBe(false);
  });

  it('counts “the following spring” from the narrative, not from the flashback told between', () => {
    const { mentions } = timelineOf(stories.get('dates-blind3-court')!);
    expect(mentions.find((m) => m.expression === 'the following spring')?.date?.label).toBe('Spring 2022');
  });
});

describe('the seed story: a past event named in passing', () => {
  it('merges every mention of “the 2016 election” into one entry, and keeps a different 2016 thing apart', async () => {
    const seed = await loadStory('seeds');
    const years = timelineOf(seed).events.filter((e) => e.date.label === '2016');
    const election = years.filter((e) => /election/i.test(e.text));
    expect(election).toHaveLength(1);
    expect(election[0].sources).toBeGreaterThanOrEqual(4);
    expect(election[0].citations.length).toBeGreaterThanOrEqual(6);
    // The text shown is the shortest clause, and its report is cited first.
    expect(election[0].text.length).toBeLessThan(120);
    expect(seed.sentences[election[0].sentences.find((i) => seed.cite(seed.sentences[i]).file === election[0].citations[0].file)!].text).toContain(election[0].text.replace(/^…|…$/g, ''));
    expect(years.filter((e) => /interference/.test(e.text) && !/election/i.test(e.text))).toHaveLength(1);
  });
});
