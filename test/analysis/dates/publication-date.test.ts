import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { findDateline, publicationsOf } from '../../../src/analysis/datePublished.ts';
import { timelineOf } from '../../../src/analysis/timeline.ts';
import type { Story } from '../../../src/story/story.ts';
import { fixtureStory } from '../fixtureStories.ts';
import { storyOf } from './mentions.ts';

/**
 * An article's publication date: from its metadata, a wire dateline, a "Published" line or a date under its
 * headline, never from a date in its prose; and chrono-node loaded only when a sentence names a month.
 */

describe('wire datelines', () => {
  it('reads the usual forms: agency in brackets, day first, region, year, slashes', () => {
    expect(findDateline('MIAMI, Sept. 28 (Reuters) - Hurricane Ines strengthened.')).toMatchObject({ month: 9, day: 28, year: undefined });
    expect(findDateline('LONDON, 5 March (AP) — Shares fell.')).toMatchObject({ month: 3, day: 5 });
    expect(findDateline('FORT MYERS, Fla., Sept. 29 (AP) — Crews searched.')).toMatchObject({ month: 9, day: 29 });
    expect(findDateline('NEW YORK, Oct. 3, 2022 /PRNewswire/ -- Acme announced.')).toMatchObject({ month: 10, day: 3, year: 2022 });
    expect(findDateline('MIAMI, Sept. 28 (Reuters) - X')?.length).toBe('MIAMI, Sept. 28 (Reuters) - '.length);
  });

  it('does not take an ordinary opening sentence for a dateline', () => {
    expect(findDateline('WASHINGTON (AP) — Senators voted.')).toBeUndefined();
    expect(findDateline('On Sept. 28 - a Wednesday - the storm hit.')).toBeUndefined();
    expect(findDateline('Police said, March 3 - the day of the raid - was quiet.')).toBeUndefined();
  });

  it('takes the year that puts the day nearest the other articles, and only within three months of one', () => {
    const story = storyOf({
      'a.txt': 'MIAMI, Dec. 30 (Reuters) - The storm moved north on Tuesday.',
      'b.md': '---\npublished: 2023-01-02\n---\nThe storm weakened.',
    });
    expect(publicationsOf(story).get('a.txt')).toMatchObject({ published: '2022-12-30', source: 'dateline' });
    const far = storyOf({ 'a.txt': 'MIAMI, June 30 (Reuters) - X happened.', 'b.md': '---\npublished: 2023-01-02\n---\nY.' });
    expect(publicationsOf(far).get('a.txt')).toMatchObject({ published: undefined, source: 'none' });
  });

  it('keeps an article with a dateline but nothing to take the year from undated', () => {
    const story = storyOf({ 'a.txt': 'MIAMI, Sept. 28 (Reuters) - The storm hit on Tuesday.' });
    expect(publicationsOf(story).get('a.txt')?.published).toBeUndefined();
    expect(timelineOf(story).unplaced.map((u) => u.label)).toEqual(['Tuesday, week unknown']);
  });

  it('lets the metadata win over the dateline, and never makes the dateline an event', () => {
    const story = storyOf({ 'a.md': '---\npublished: 2022-09-29\n---\nMIAMI, Sept. 28 (Reuters) - The storm hit on Tuesday.' });
    expect(publicationsOf(story).get('a.md')).toMatchObject({ published: '2022-09-29', source: 'metadata' });
    const timeline = timelineOf(story);
    expect(timeline.mentions.map((m) => m.expression)).toEqual(['on Tuesday']);
    expect(timeline.events[0]).toMatchObject({ text: 'The storm hit on Tuesday.', date: { start: '2022-09-27' } });
  });
});

describe('loading chrono-node', () => {
  it('waits for the first sentence that names a month', () => {
    const script = `
      const { createRequire } = await import('node:module');
      const require = createRequire(process.cwd() + '/package.json');
      const loaded = () => Object.keys(require.cache).some((k) => k.includes('chrono-node'));
      const { findDateMentions } = await import('./src/analysis/dates.ts');
      await import('./src/analysis/timeline.ts');
      const before = loaded();
      findDateMentions('The council met on Monday.', '2024-05-15');
      const afterWeekday = loaded();
      const march = findDateMentions('The council met on March 5.', '2024-05-15')[0].date.start;
      console.log(JSON.stringify({ before, afterWeekday, after: loaded(), march }));`;
    const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8', timeout: 30_000 });
    expect(JSON.parse(out.trim().split('\n').at(-1)!)).toEqual({ before: false, afterWeekday: false, after: true, march: '2024-03-05' });
  });
});

describe('publication date from the page', () => {
  it('reads a “Published” line and a date ending the furniture under a headline, and not a date in prose', () => {
    const story = storyOf({
      'a.txt': 'Harbour wall to be rebuilt\n\nPublished: 14 February 2023\n\nThe council approved the plan on Monday.',
      'b.txt': 'Harbour wall to be rebuilt\n\nHome | News | Sport Tuesday 14 February 2023\n\nThe council approved the plan on Monday.',
      'c.txt': 'Harbour wall to be rebuilt\n\nThe council approved the plan on 14 February 2023.\n\nWork starts on Monday.',
      'd.txt': 'Harbour wall to be rebuilt\n\nTimeline of events since 14 February 2023\n\nWork starts on Monday.',
    });
    const pubs = publicationsOf(story);
    expect(pubs.get('a.txt')?.published ?? story.article('a.txt').meta.published).toBe('2023-02-14');
    expect(pubs.get('b.txt')?.published).toBe('2023-02-14');
    expect(pubs.get('c.txt')?.published).toBeUndefined();
    expect(story.article('d.txt').sentences[0].text).toBe('Timeline of events since 14 February 2023');
    expect(pubs.get('d.txt')?.published).toBeUndefined();
  });
});

describe('publication dates in the labelled fixture stories', () => {
  it("reads a blog's removed “Posted 18/03/2024” line and a club site's date under its headline", async () => {
    expect((await fixtureStory('dates-blind-british')).article('b-ferryblog.txt').meta.published).toBe('2024-03-18');
    expect((await fixtureStory('dates-blind-sports')).article('b-clubnews.txt').meta.published).toBe('2024-02-21');
  });

  it('does not list the date line itself as an event', async () => {
    const { events } = timelineOf(await fixtureStory('dates-blind-sports'));
    expect(events.some((e) => e.text.includes('Official Club Site'))).toBe(false);
  });
});

describe('the wire story dated only by its dateline', () => {
  let story: Story;
  beforeAll(async () => {
    story = await fixtureStory('dates-disaster');
  });

  it('has no publication date in its metadata: the loader takes it from the dateline', () => {
    const raw = readFileSync('test/fixtures/stories/dates-disaster/a-wire.txt', 'utf8');
    const manifest = JSON.parse(readFileSync('test/fixtures/stories/dates-disaster/story.json', 'utf8'));
    expect(raw.startsWith('---')).toBe(false);
    expect(manifest.articles['a-wire.txt']).toBeUndefined();
    expect(story.article('a-wire.txt')?.meta.published).toBe('2022-09-28');
  });

  it('places its relative dates from the dateline and leaves nothing unplaced', () => {
    const timeline = timelineOf(story);
    expect(timeline.unplaced).toEqual([]);
    const tuesday = timeline.mentions.find((m) => m.sentence.file === 'a-wire.txt' && m.expression === 'on Tuesday');
    expect(tuesday?.date?.label).toBe('Tue 27 Sep 2022');
  });

  it('does not make the dateline an event', () => {
    const events = timelineOf(story).events;
    expect(events.some((e) => e.expression.includes('Sept. 28'))).toBe(false);
  });

  it('tells the event without the dateline, and cites the sentence as written', () => {
    const overnight = timelineOf(story).events.find((e) => e.expression === 'overnight' && e.citations[0].file === 'a-wire.txt');
    expect(overnight?.text.startsWith('Hurricane Ines strengthened')).toBe(true);
    expect(overnight?.citations[0].text.startsWith('MIAMI, Sept. 28 (Reuters) - ')).toBe(true);
  });
});
