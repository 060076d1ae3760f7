import { describe, expect, it } from 'vitest';
import { findDateMentions } from '../../../src/analysis/dates.ts';
import { timelineOf } from '../../../src/analysis/timeline.ts';
import { articleFromText } from '../../../src/story/loadStory.ts';
import { Story } from '../../../src/story/story.ts';
import { fixtureStory } from '../fixtureStories.ts';
import { storyOf } from './mentions.ts';

/**
 * Which year a date written without one takes: the coming or the past one by the tense, the year a narrative
 * set ("The mine first flooded in March 2019. By July, …"), and not the year of an aside or a flashback.
 */

/** Which year an undated "April 2" or "in November" means, in articles published mid-March 2024. */
function resolved(text: string, published = '2024-03-15') {
  return findDateMentions(text, published).map((m) => [m.expression, m.date?.start, m.date?.granularity]);
}

describe('an undated calendar date', () => {
  it('is the coming one when the sentence looks forward', () => {
    expect(resolved('Voters must approve the bond in November.')[0].slice(1)).toEqual(['2024-11-01', 'month']);
    expect(resolved('The council will vote on April 2.')[0].slice(1)).toEqual(['2024-04-02', 'day']);
  });

  it('is the past one when the sentence is plainly past', () => {
    expect(resolved('The council voted on April 2 to delay the plan.')[0].slice(1)).toEqual(['2023-04-02', 'day']);
    expect(resolved('The pier was damaged on March 3.')[0].slice(1)).toEqual(['2024-03-03', 'day']);
  });

  it('is the nearer one when the tense does not say (a scheduled event in the present tense)', () => {
    expect(resolved('The council meets again on April 2 to choose a contractor.')[0].slice(1)).toEqual(['2024-04-02', 'day']);
    expect(resolved('The hearing on March 12 drew a crowd.')[0].slice(1)).toEqual(['2024-03-12', 'day']);
  });
});

describe('narrative years', () => {
  it('places yearless months after the year the narrative set, and not in reported speech or the present', () => {
    const story = storyOf({
      'a.md': [
        '---\npublished: 2024-06-10\n---',
        'The mine first flooded in March 2019.',
        '',
        'By July, the lower galleries were abandoned and the pumps were sold.',
        '',
        'In September the owners filed for bankruptcy.',
        '',
        'Last week the council said the site was sold in May.',
      ].join('\n'),
    });
    const labels = timelineOf(story).mentions.map((m) => `${m.expression}: ${m.date?.label}`);
    expect(labels).toEqual(['March 2019: March 2019', 'July: July 2019', 'September: September 2019', 'Last week: Week of 3 Jun 2024', 'May: May 2024']);
  });
});

describe('a year in the background does not move the story into that year', () => {
  const storyOf = (text: string) =>
    new Story({ dir: '/in-memory', name: 'test', version: 'v1', articles: [articleFromText('a.md', `---\npublished: 2024-06-10\n---\n${text}`).article] });
  const labels = (story: Story) => timelineOf(story).mentions.map((m) => `${m.expression}: ${m.date?.label}`);

  it('keeps a yearless month after an aside “founded in 1902” in the publication’s year', () => {
    expect(labels(storyOf('The Rovers, founded in 1902, are the oldest club in the valley.\n\nThey won the county cup in May.'))).toEqual(['in 1902: 1902', 'May: May 2024']);
  });

  it('ends a flashback at a sentence that speaks from now', () => {
    const story = storyOf('The two neighbours first fell out over a hedge in 2019.\n\nBut Mr Hale has always denied that he planted it on purpose.\n\nIn May, the dispute reached the county court.');
    expect(labels(story)).toEqual(['in 2019: 2019', 'May: May 2024']);
  });

  it('still follows a retrospective told in the past', () => {
    const story = storyOf('The quarry first flooded in March 2019.\n\nThe pumps failed again and the workers were sent home.\n\nBy July, the lower pit was abandoned.');
    expect(labels(story)).toEqual(['March 2019: March 2019', 'July: July 2019']);
  });
});

describe('yearless dates in the labelled fixture stories', () => {
  it('places the retrospective’s yearless months and seasons in its own years, in order', async () => {
    const { events } = timelineOf(await fixtureStory('dates-blind3-health'));
    const retro = events.filter((e) => e.citations[0].file === 'a-retro.md').map((e) => e.date.label);
    expect(retro.slice(0, 8)).toEqual(['2009', '2020', 'Spring 2020', 'April 2020', 'Summer 2020', 'August 2020', 'December 2020–February 2021', 'Winter 2020–21']);
  });
});
