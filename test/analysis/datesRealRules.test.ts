import { describe, expect, it } from 'vitest';
import { findDateMentions } from '../../src/analysis/dates.ts';
import { timelineOf } from '../../src/analysis/timeline.ts';
import { articleFromText } from '../../src/story/loadStory.ts';
import { Story } from '../../src/story/story.ts';

// Failure classes seen on real published pages (the eval/real development set), each reproduced in our
// own words with invented events: examples and non-examples of the rule that fixes it.
// 2024-05-15 is a Wednesday.
const WED = '2024-05-15';

function only(text: string, published: string | undefined = WED) {
  const found = findDateMentions(text, published);
  expect(found, JSON.stringify(found.map((m) => m.expression))).toHaveLength(1);
  return found[0];
}

describe('a date that opens its clause takes the tense of the verb after it', () => {
  it('looks forward when the verb after it does, however the sentence began', () => {
    // The last November is six months back, the next six ahead: only the verb tells them apart.
    expect(only('And that, in November, will decide who runs the county.').date?.label).toBe('November 2024');
    expect(only('The engineer estimated that by the end of January, there will be water again.').date?.label).toBe('January 2025');
  });

  it('stays in the past when the verb after it is past, or when it dates what someone said', () => {
    expect(only('In November, the county chose a new sheriff.').date?.label).toBe('November 2023');
    // "said it would": the day is the day of the statement, not of the plan.
    expect(only('On Sunday, the ferry company said it would buy two new boats.').date?.start).toBe('2024-05-12');
    expect(only('On Sunday the ferry company will name its new boats.').date?.start).toBe('2024-05-19');
  });
});

describe('a day with no verb of its own, or told in the present tense, is ahead when the sentence is', () => {
  it('reads a fixture told with “is” as coming', () => {
    expect(only('Her first race as captain is a sprint against Harwick on Saturday, and the crew is ready.').date?.start).toBe('2024-05-18');
    // Not when the clause is past, or a perfect counted from the past.
    expect(only('Her first race as captain was a sprint against Harwick on Saturday.').date?.start).toBe('2024-05-11');
    expect(only('It is the first rain the town has seen since Saturday.').date?.start).toBe('2024-05-11');
  });

  it('takes the tense of the clause before a possessive day, or before a day that ends the sentence', () => {
    expect(only('The club will host Harwick at home, before Saturday’s regatta on the lake.').date?.start).toBe('2024-05-18');
    expect(only('The mayor has said she’ll hand over the keys at a ceremony in the square, on Friday.').date?.start).toBe('2024-05-17');
    // A past clause keeps it past; so does a day counted "since".
    expect(only('The club hosted Harwick at home, before Saturday’s regatta was cancelled.').date?.start).toBe('2024-05-11');
    expect(only('The line would then run its first full service since the middle of March.').date?.label).toBe('March 2024');
  });
});

describe('a participle after “be”, “is” or “are” is not a past tense', () => {
  it('reads “to be closed on May 20” as the coming day, and “was closed on May 2” as past', () => {
    expect(only('All branches to be closed on May 20-21.').date?.label).toBe('20–21 May 2024');
    expect(only('The pool will be drained on May 20.').date?.start).toBe('2024-05-20');
    expect(only('The pool was drained on May 20.').date?.start).toBe('2023-05-20');
    // A passive present: the season ahead, not last year's.
    expect(only('The coach stays on until a successor is appointed over the summer.').date?.label).toBe('Summer 2024');
  });
});

describe('“comes a day after …” dates what follows “after”', () => {
  it('counts back from the news for a present “come”', () => {
    expect(only('Her apology comes a day after the council voted to close the library.').date).toMatchObject({ start: '2024-05-14', granularity: 'day' });
    expect(only('The offer comes exactly one week after rival bidders walked away.').date?.start).toBe('2024-05-08');
    expect(only('The hearing comes two days before the deadline expires.').date?.start).toBe('2024-05-17');
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

describe('two days of a month written day first', () => {
  it('reads “9 & 10 November” and “the 9th and 10th November” as one two-day span', () => {
    expect(only('Cash machines will not work on 9 & 10 November.').date).toMatchObject({ start: '2024-11-09', end: '2024-11-10', granularity: 'day' });
    expect(only('The bridge closes on the 20th and 21st May.').date).toMatchObject({ start: '2024-05-20', end: '2024-05-21' });
  });

  it('leaves a count before a date alone', () => {
    expect(findDateMentions('The home side led 5 and 10 November was the last win.', WED).map((m) => m.expression)).toEqual(['10 November']);
  });
});

describe('a pasted social post dates its own “today”', () => {
  const storyOf = (text: string) =>
    new Story({ dir: '/in-memory', name: 'test', version: 'v1', articles: [articleFromText('a.md', `---\npublished: 2024-05-16\n---\n${text}`).article] });
  const dates = (story: Story) => timelineOf(story).mentions.map((m) => `${m.expression}: ${m.date?.start}`);

  it('reads “today” in the post against the account line’s date, and the article’s own words against its date', () => {
    const story = storyOf('The harbour master wrote online: What a sight in the bay today. Thank you all! — Ada Quill (@adaquill) May 15, 2024 The council said today that the pier stays shut.');
    expect(dates(story)).toEqual(['today: 2024-05-15', 'May 15, 2024: 2024-05-15', 'today: 2024-05-16']);
  });

  it('leaves the sentences before a post that starts inside its account line’s sentence alone', () => {
    const story = storyOf('The bay is busy today. Wow what a sight — Ada Quill (@adaquill) May 15, 2024');
    expect(dates(story)[0]).toBe('today: 2024-05-16');
  });
});
