import { beforeAll, describe, expect, it } from 'vitest';
import { timelineOf, type ResolvedMention } from '../../../src/analysis/timeline.ts';
import { loadStory } from '../../../src/story/loadStory.ts';
import type { Story } from '../../../src/story/story.ts';

/**
 * Every dated reference listed in the seed story's README (shared/seeds/README.md), resolved against
 * each article's publication date.
 */
let story: Story;
let mentions: ResolvedMention[];

beforeAll(async () => {
  story = await loadStory('seeds');
  mentions = timelineOf(story).mentions;
});

/** Mentions in `file` (prefix) whose expression contains `expression` and whose sentence contains `sentence`. */
function find(file: string, expression: string, sentence = ''): ResolvedMention[] {
  const found = mentions.filter((m) => m.sentence.file.startsWith(file) && m.expression.includes(expression) && m.sentence.text.includes(sentence));
  expect(found.length, `${file} “${expression}” in a sentence with “${sentence}”`).toBeGreaterThan(0);
  return found;
}

function expectDay(found: ResolvedMention[], day: string) {
  for (const m of found) expect(m.date, `${m.expression} in ${m.sentence.id}`).toMatchObject({ start: day, end: day, granularity: 'day' });
}

describe('seed story: the days of the week of the summit', () => {
  it('Monday 2018-07-16: the summit and the criticism "on Monday"', () => {
    expectDay(find('001', 'on Monday', 'widespread criticism'), '2018-07-16');
    expectDay(find('002', 'on Monday', 'Helsinki'), '2018-07-16');
    // Published on Friday the 20th: Monday is still the 16th, not the 23rd.
    expectDay(find('003', 'on Monday', 'widespread criticism'), '2018-07-16');
    expectDay(find('002', 'the day before', 'Helsinki'), '2018-07-16');
  });

  it('Tuesday 2018-07-17: Trump says he misspoke; the CBS News interview', () => {
    expectDay(find('001', 'On Tuesday', 'misspoken'), '2018-07-17');
    expectDay(find('002', 'On Tuesday', 'CBS News'), '2018-07-17');
    expectDay(find('002', 'Tuesday', "comments Tuesday"), '2018-07-17');
    // "the following day", after the press conference in Helsinki (dated Monday by the other outlets).
    expectDay(find('000', 'the following day', 'misspoke'), '2018-07-17');
  });

  it('Wednesday 2018-07-18: Sanders restates the position', () => {
    expectDay(find('001', 'on Wednesday', 'Sanders'), '2018-07-18');
  });

  it('Thursday 2018-07-19: the tweets, the announcement, the Senate resolution', () => {
    expectDay(find('000', 'Thursday', 'announced'), '2018-07-19');
    expectDay(find('000', 'earlier Thursday', 'tweeted'), '2018-07-19');
    expectDay(find('000', 'On Thursday', 'video montage'), '2018-07-19');
    expectDay(find('001', 'Thursday', 'Sanders said'), '2018-07-19');
    expectDay(find('002', 'Thursday', 'tweeted Thursday'), '2018-07-19');
    expectDay(find('003', 'yesterday', 'tweet'), '2018-07-19');
    expectDay(find('004', 'on Thursday', 'Senate'), '2018-07-19');
    expectDay(find('004', 'on Thursday', 'disagrees'), '2018-07-19');
  });

  it('"earlier this week" is the week of the summit, before publication', () => {
    expect(find('000', 'earlier this week')[0].date).toMatchObject({ start: '2018-07-16', end: '2018-07-18', granularity: 'week' });
    expect(find('003', 'earlier this week')[0].date).toMatchObject({ start: '2018-07-16', end: '2018-07-19', granularity: 'week' });
  });
});

describe('seed story: years and seasons', () => {
  it('"last year" (G20 and APEC) is 2017, the whole year', () => {
    expect(find('000', 'last year', 'G20')[0].date).toEqual({ start: '2017-01-01', end: '2017-12-31', granularity: 'year', label: '2017' });
  });

  it('"the 2016 presidential election" is 2016', () => {
    for (const m of [...find('000', '2016', 'election'), ...find('003', '2016', 'election'), ...find('004', '2016')]) {
      expect(m.date).toMatchObject({ start: '2016-01-01', end: '2016-12-31', granularity: 'year', label: '2016' });
    }
  });

  it('"in the fall", "this fall", "in the autumn" are autumn 2018', () => {
    const seasons = [...find('000', 'fall'), ...find('001', 'fall'), ...find('002', 'fall'), ...find('003', 'autumn'), ...find('004', 'fall')];
    expect(seasons.length).toBeGreaterThanOrEqual(9);
    for (const m of seasons) expect(m.date).toEqual({ start: '2018-09-01', end: '2018-11-30', granularity: 'season', label: 'Autumn 2018' });
  });

  it('"later this year" is the rest of 2018, and the visit it dates sits in autumn 2018 on the timeline', () => {
    const [later] = find('003', 'later this year');
    expect(later.date).toMatchObject({ start: '2018-07-21', end: '2018-12-31', granularity: 'year', label: 'Later in 2018' });
    const autumn = timelineOf(story).events.find((e) => e.citations.some((c) => c.file.startsWith('003') && c.paragraph === later.sentence.paragraph && c.sentence === later.sentence.sentence));
    expect(autumn?.date.label).toBe('Autumn 2018');
  });

  it('"the 2018 midterm elections" are November 2018', () => {
    expect(find('004', 'midterm')[0].date).toMatchObject({ start: '2018-11-01', end: '2018-11-30', granularity: 'month', label: 'November 2018' });
  });

  it('places every date the seed story mentions (every article has a publication date)', () => {
    expect(mentions.filter((m) => !m.date)).toEqual([]);
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
