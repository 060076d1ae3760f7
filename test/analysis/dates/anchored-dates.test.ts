import { describe, expect, it } from 'vitest';
import { findDateMentions } from '../../../src/analysis/dates.ts';
import { timelineOf } from '../../../src/analysis/timeline.ts';
import { fixtureStory } from '../fixtureStories.ts';
import { mention, resolved, onlyMention } from './mentions.ts';

/**
 * Dates counted from another date or event: "the day before", "two days after the vote", "three weeks later",
 * "72 hours later", "comes a day after …", "the following spring". Sentences are dated from a Wednesday (15 May 2024, 8 May 2024) or a Friday (16 May 2025) unless they say.
 */
const WED = '2024-05-15';
const WED_8_MAY_2024 = '2024-05-08';
const FRI = '2025-05-16';
const onlyFrom15May2024 = (text: string, published: string | undefined = WED) => onlyMention(text, published);
const allFrom16May2025 = (text: string, published: string | undefined = FRI, southern = false) => findDateMentions(text, published, { southern });

describe('anchored to an event', () => {
  it('counts from an earlier day of the same sentence', () => {
    expect(resolved('On Tuesday evening lines formed at petrol stations, and shelters opened the day before.', WED, 'the day before').start).toBe('2024-05-13');
  });

  it('leaves "two days after the vote" to the timeline, with the event it names', () => {
    const m = mention('Two days after the vote, shares climbed 14%.', WED, 'after the vote');
    expect(m).toMatchObject({ anchor: 2, anchorTerm: 'vote' });
    expect(m.date).toBeUndefined();
    expect(mention('The weekend before the election, crowds marched.', WED, 'weekend')).toMatchObject({ anchorKind: 'weekend-before', anchorTerm: 'election' });
  });
});

describe('counted from the date just told', () => {
  it('counts “the following year” and “three weeks later” from the date just mentioned', () => {
    expect(findDateMentions('She moved to Porto in 2004 and opened a bakery the following year.', WED_8_MAY_2024).map((m) => m.date?.label)).toEqual(['2004', '2005']);
    expect(findDateMentions('The bridge shut on 2 January 2022 and reopened three weeks later.', WED_8_MAY_2024).map((m) => m.date?.label)).toEqual(['Sun 2 Jan 2022', 'Week of 17 Jan 2022']);
    expect(findDateMentions('The review ended a week earlier than planned.', WED_8_MAY_2024)).toEqual([]);
  });

  it('counts “the previous weekend” from the weekend just named', () => {
    const [last, previous] = allFrom16May2025('Last weekend’s market drew twice the crowd of the previous weekend.');
    expect(last.date?.start).toBe('2025-05-10');
    expect(previous.date?.start).toBe('2025-05-03');
  });

  it('counts whole days of hours from the day just told, and leaves other hours alone', () => {
    const found = findDateMentions('He was stopped on May 2 and charged 72 hours later.', WED);
    expect(found.map((m) => m.date?.start)).toEqual(['2024-05-02', '2024-05-05']);
    const earlier = findDateMentions('The van was seen on May 10; it had been hired 24 hours earlier.', WED);
    expect(earlier.at(-1)?.date).toMatchObject({ start: '2024-05-09', granularity: 'day' });
    // 36 hours names no day: not a date, never a guess.
    expect(findDateMentions('He was arrested on May 2 and released 36 hours later.', WED).map((m) => m.expression)).toEqual(['May 2']);
  });
});

describe('“comes a day after …” dates what follows “after”', () => {
  it('counts back from the news for a present “come”', () => {
    expect(onlyFrom15May2024('Her apology comes a day after the council voted to close the library.').date).toMatchObject({ start: '2024-05-14', granularity: 'day' });
    expect(onlyFrom15May2024('The offer comes exactly one week after rival bidders walked away.').date?.start).toBe('2024-05-08');
    expect(onlyFrom15May2024('The hearing comes two days before the deadline expires.').date?.start).toBe('2024-05-17');
  });

  it('counts back from the day just told for “came”', () => {
    const found = findDateMentions('The strike ended on May 10, which came two days after the pay offer was signed.', WED);
    expect(found.map((m) => m.date?.start)).toEqual(['2024-05-10', '2024-05-08']);
  });

  it('still counts “the day after the vote” forward from the vote', () => {
    const found = findDateMentions('The vote was held on May 10, and the day after the vote the mayor resigned.', WED);
    expect(found.at(-1)).toMatchObject({ expression: 'the day after the vote', anchor: 1, anchorTerm: 'vote' });
  });
});

describe('anchored dates in the labelled fixture stories', () => {
  it('counts “the following spring” from the narrative, not from the flashback told between', async () => {
    const { mentions } = timelineOf(await fixtureStory('dates-blind3-court'));
    expect(mentions.find((m) => m.expression === 'the following spring')?.date?.label).toBe('Spring 2022');
  });

  it('dates the second arrest “48 hours later” two days after the first', async () => {
    const { events } = timelineOf(await fixtureStory('dates-blind5-police'));
    expect(events.find((e) => e.text.includes('48 hours later'))?.date.label).toBe('Mon 16 Feb 2026');
  });
});
