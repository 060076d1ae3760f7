import { describe, expect, it } from 'vitest';
import { findDateMentions } from '../../../src/analysis/dates.ts';
import { timelineOf } from '../../../src/analysis/timeline.ts';
import { southernOf } from '../../../src/analysis/dateHemisphere.ts';
import { articleFromText } from '../../../src/story/loadStory.ts';
import { fixtureStory } from '../fixtureStories.ts';
import { mention, resolved, onlyMention, storyOf } from './mentions.ts';

/**
 * Seasons: the one of the publication year, last and next ones, a season over, the southern hemisphere's
 * seasons, and "the fall of" something that is no season. Sentences are dated from a Wednesday (15 May 2024, 8 May 2024) or a Friday (16 May 2025) unless they say.
 */
const WED = '2024-05-15';
const FRI = '2025-05-16';
const onlyFrom15May2024 = (text: string, published: string | undefined = WED) => onlyMention(text, published);
const onlyFrom16May2025 = (text: string, published: string | undefined = FRI, southern = false) => onlyMention(text, published, { southern });
const allFrom16May2025 = (text: string, published: string | undefined = FRI, southern = false) => findDateMentions(text, published, { southern });

describe('seasons', () => {
  it('reads "in the fall" and "this autumn" as the season of the publication year', () => {
    expect(resolved('He will visit in the fall.', WED, 'fall')).toEqual({ start: '2024-09-01', end: '2024-11-30', granularity: 'season', label: 'Autumn 2024' });
    expect(resolved('Work starts this autumn.', WED, 'autumn').label).toBe('Autumn 2024');
  });

  it('places last and next seasons around publication', () => {
    expect(resolved('The river flooded last summer.', '2024-08-10', 'last summer').label).toBe('Summer 2023');
    expect(resolved('The plant reopens next spring.', WED, 'next spring').label).toBe('Spring 2025');
    expect(resolved('Snow closed the pass last winter.', WED, 'last winter')).toMatchObject({ start: '2023-12-01', end: '2024-02-29', label: 'Winter 2023–24' });
  });

  it('reads "this winter" in January as the winter under way', () => {
    expect(resolved('Heating bills rose this winter.', '2024-01-20', 'winter')).toMatchObject({ start: '2023-12-01', end: '2024-02-29' });
  });

  it('reads a season already over as next year\'s unless the sentence is in the past', () => {
    expect(resolved('Engineers expect the pier to reopen in the spring.', '2021-09-10', 'spring').label).toBe('Spring 2022');
    expect(resolved('The pier closed in the spring.', '2021-09-10', 'spring').label).toBe('Spring 2021');
    expect(resolved('The club struggled in the autumn.', '2021-03-10', 'autumn').label).toBe('Autumn 2020');
  });

  it('takes an explicit year', () => {
    expect(resolved('It last happened in the summer of 2014.', WED, 'summer of 2014').label).toBe('Summer 2014');
  });

  it('does not read "the fall of" something as a season', () => {
    expect(findDateMentions('It was the largest crowd since the fall of the Berlin Wall.', WED)).toHaveLength(0);
    expect(findDateMentions('Shares fall when rates rise.', WED)).toHaveLength(0);
  });

  it('leaves a season without a year unresolved when there is no publication date', () => {
    expect(mention('See you in the autumn.', undefined, 'autumn').unresolved).toBe('Autumn, year unknown');
  });
});

describe('a season as the subject of the sentence', () => {
  it('reads a season that is the subject of a past-tense sentence as the last one', () => {
    expect(onlyFrom16May2025('Winter was unusually mild.').date?.label).toBe('Winter 2024–25');
    expect(onlyFrom16May2025('The summer storms were the worst on record.').date?.label).toBe('Summer 2024');
    expect(allFrom16May2025('The spring collection goes on sale today.').map((m) => m.expression)).toEqual(['today']);
  });

  it('reads “it has been a <word> season” as the season now running or just ended', () => {
    expect(onlyFrom15May2024('It has been a wet summer for the growers.', '2024-08-10').date?.label).toBe('Summer 2024');
  });
});

describe('southern hemisphere', () => {
  it('reads seasons the southern way when asked to', () => {
    expect(onlyFrom16May2025('Bushfires burned all through this summer.', '2025-01-20', true).date).toMatchObject({ start: '2024-12-01', end: '2025-02-28', label: 'Summer 2024–25' });
    expect(onlyFrom16May2025('The dam filled last winter.', '2025-01-20', true).date).toMatchObject({ start: '2024-06-01', end: '2024-08-31' });
    expect(onlyFrom16May2025('The dam filled last winter.', '2025-01-20', false).date).toMatchObject({ start: '2023-12-01', end: '2024-02-29' });
  });

  it('places an article by the southern places its lead names, not by a person called Sydney', () => {
    const southern = articleFromText('a.md', '---\ntitle: Heatwave grips Adelaide\n---\nTemperatures hit 44C on Friday.\n').article;
    const northern = articleFromText('b.md', '---\ntitle: Heatwave grips Seville\n---\nTemperatures hit 44C on Friday. Sydney Marsh said she stayed indoors.\n').article;
    expect(southernOf(southern)).toBe(true);
    expect(southernOf(northern)).toBe(false);
  });

  it('uses southern seasons for a southern article of a story and northern for the others', () => {
    const story = storyOf({
      'a.md': '---\npublished: 2025-01-20\n---\nAUCKLAND — Beaches were packed this summer as the city sweltered.\n',
      'b.md': '---\npublished: 2025-01-20\n---\nLONDON — The city expects record tourism this summer.\n',
    });
    const labels = timelineOf(story).mentions.map((m) => `${m.sentence.file} ${m.date?.label}`);
    expect(labels).toEqual(['a.md Summer 2024–25', 'b.md Summer 2025']);
  });
});

describe('seasons in the labelled fixture stories', () => {
  it('reads the Sydney articles’ seasons the southern way, and the court story’s the northern way', async () => {
    const summers = timelineOf(await fixtureStory('dates-blind3-sydney')).mentions.filter((m) => /summer/i.test(m.expression));
    expect(summers.map((m) => m.date?.label)).toEqual(['Summer 2024–25', 'Summer 2023–24', 'Summer 2024–25']);
    const spring = timelineOf(await fixtureStory('dates-blind3-court')).mentions.find((m) => m.sentence.file === 'b-courtwatch.txt' && m.expression === 'in the spring');
    expect(spring?.date?.start).toBe('2024-03-01');
  });
});
