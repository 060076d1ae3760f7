import { describe, expect, it } from 'vitest';
import { scoreDates } from '../../src/eval/scoreDates.ts';
import { dayDate } from '../../src/analysis/dateMath.ts';
import type { ResolvedMention } from '../../src/analysis/timeline.ts';
import { articleFromText } from '../../src/story/loadStory.ts';
import { Story } from '../../src/story/story.ts';

describe('a date label whose words run across a sentence break', () => {
  it('scores the occurrence inside the words, not the first one of the paragraph', () => {
    const story = new Story({
      dir: '/in-memory',
      name: 'test',
      version: 'v1',
      articles: [articleFromText('a.txt', 'The fair opened today in the rain. She posted: What a crowd at the fair today. Well done all!').article],
    });
    const [first, second] = story.sentences;
    const mentions: ResolvedMention[] = [
      { sentence: first, expression: 'today', index: first.text.indexOf('today'), date: dayDate('2024-05-15') },
      { sentence: second, expression: 'today', index: second.text.indexOf('today'), date: dayDate('2024-05-14') },
    ];
    const label = { file: 'a.txt', expression: 'today', words: 'crowd at the fair today. Well done', start: '2024-05-14', end: '2024-05-14', granularity: 'day' as const };
    expect(scoreDates(story, mentions, [label]).outcomes.map((o) => o.verdict)).toEqual(['right']);
  });
});
