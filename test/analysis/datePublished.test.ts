import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { findDateline, publicationsOf } from '../../src/analysis/datePublished.ts';
import { timelineOf } from '../../src/analysis/timeline.ts';
import { articleFromText } from '../../src/story/loadStory.ts';
import { Story } from '../../src/story/story.ts';

function storyOf(files: Record<string, string>): Story {
  const articles = Object.entries(files).map(([file, raw]) => articleFromText(file, raw).article);
  return new Story({ dir: '/tmp/none', name: 'test', version: 'v1', articles, warnings: [] });
}

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
