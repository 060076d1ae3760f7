import { beforeAll, describe, expect, it } from 'vitest';
import { readLabels, type Labels } from '../../src/eval/labels.ts';
import { rawTexts, scoreStory } from '../../src/eval/evalStory.ts';
import { scoreQuestions } from '../../src/eval/scoreQuestions.ts';
import { countOutcomes, missesOf } from '../../src/eval/tally.ts';
import { loadStory } from '../../src/story/loadStory.ts';
import { timelineOf } from '../../src/analysis/timeline.ts';
import type { Story } from '../../src/story/story.ts';

/** Scored on the quotes fixture (an ammonia leak at a port, three outlets), with labels written here. */
let story: Story;
beforeAll(async () => {
  story = await loadStory('test/fixtures/stories/quotes-story');
});

function labels(data: Partial<Labels>): Labels {
  const read = readLabels(data);
  expect(read.errors).toEqual([]);
  return read.labels;
}

describe('eval scoring of quotes', () => {
  it('counts the labelled speaker right, another named person WRONG, and a missing quote as abstained', async () => {
    const outcomes = await scoreStory(
      story,
      labels({
        quotes: [
          { file: 'a-wire.txt', words: 'If you can smell it', speaker: 'Priya Raman' },
          // the quote is in the file with curly marks and a curly apostrophe nowhere: straight marks match it
          { file: 'b-gazette.txt', words: '"People were standing in the rain', speaker: 'grace whitfield' },
          { file: 'c-post.txt', words: 'Transparency is the best antidote', speaker: 'Somebody Else' },
          { file: 'a-wire.txt', words: 'The valve was inspected last month', speaker: 'Meridian Terminals' },
          // narration, not a quotation: the bot finds no quote there
          { file: 'a-wire.txt', words: 'Hundreds of residents were evacuated', speaker: 'Priya Raman' },
        ],
      }),
    );
    expect(outcomes.quotes.map((o) => o.verdict)).toEqual(['right', 'right', 'wrong', 'right', 'abstained']);
    expect(outcomes.quotes[2].said).toBe('Helga Nystrom');
    expect(outcomes.quotes[4].said).toBe('quotation not found');
    // Every quote of the story was given a speaker or an unnamed source (18); 3 of them labelled right, 14 unlabelled.
    expect(countOutcomes(outcomes).quotes).toEqual({ labels: 5, right: 3, abstained: 1, wrong: 1, claims: 18, claimsRight: 3, claimsUnlabelled: 14 });
    expect(outcomes.claims.filter((c) => c.verdict === 'wrong').map((c) => c.said)).toEqual(['Helga Nystrom']);
    expect(missesOf(outcomes)[0]).toEqual({ kind: 'quote', label: 'c-post.txt: “Transparency is the best antidote”', expected: 'Somebody Else', said: 'WRONG Helga Nystrom', context: expect.stringContaining('‘Transparency is the best antidote to rumour,’ the minister said.') });
  });

  it('takes an accepted name or a name the person goes by (their surname) as right', async () => {
    const outcomes = await scoreStory(
      story,
      labels({
        quotes: [
          { file: 'c-post.txt', words: 'Transparency is the best antidote', speaker: 'Dr Helga Nyström' },
          { file: 'c-post.txt', words: 'Transparency is the best antidote', speaker: 'Nystrom' },
          { file: 'c-post.txt', words: 'Transparency is the best antidote', speaker: 'The Port Authority', accept: ['Helga Nystrom'] },
        ],
      }),
    );
    expect(outcomes.quotes.map((o) => o.verdict)).toEqual(['right', 'right', 'right']);
  });

  it('counts an unnamed source right when the bot says so, and an unattributed label right when nobody is named', async () => {
    const outcomes = await scoreStory(
      story,
      labels({
        quotes: [
          { file: 'a-wire.txt', words: 'Nobody told us what to do', unnamed: 'one dock worker' },
          { file: 'a-wire.txt', words: 'Nobody told us what to do', unattributed: true },
          { file: 'a-wire.txt', words: 'Nobody told us what to do', speaker: 'Priya Raman' },
          { file: 'a-wire.txt', words: 'If you can smell it', unattributed: true },
        ],
      }),
    );
    expect(outcomes.quotes.map((o) => [o.verdict, o.said])).toEqual([
      ['right', 'unnamed source (One dock worker)'],
      ['right', 'unnamed source (One dock worker)'],
      ['abstained', 'unnamed source (One dock worker)'],
      ['wrong', 'Priya Raman'],
    ]);
  });

  it('reports words that are not in the file as label errors and does not score them', async () => {
    const council = await loadStory('test/fixtures/council-story');
    const outcomes = await scoreStory(
      council,
      labels({
        quotes: [
          { file: '01-wire.md', words: 'words nobody wrote', speaker: 'Lionel Okafor' },
          { file: 'missing.txt', words: 'anything at all', speaker: 'Lionel Okafor' },
        ],
      }),
    );
    expect(outcomes.quotes).toEqual([]);
    expect(outcomes.errors.map((e) => [e.where, e.reason])).toEqual([
      ['quotes[0]', 'not found in 01-wire.md (copy the words exactly)'],
      ['quotes[1]', 'no article missing.txt in the story as loaded'],
    ]);
    expect(countOutcomes(outcomes).labelErrors).toBe(2);
  });

  it('scores words in the headline or in lines the loader dropped as missed, saying why', async () => {
    const council = await loadStory('test/fixtures/council-story');
    const outcomes = await scoreStory(
      council,
      labels({
        quotes: [
          { file: '02-local.txt', words: 'More From This Section', speaker: 'Tom Braddock' },
          { file: '01-wire.md', words: 'council approves $40 million seawall', speaker: 'Lionel Okafor' },
        ],
      }),
      await rawTexts(council),
    );
    expect(outcomes.errors).toEqual([]);
    expect(outcomes.quotes.map((o) => [o.verdict, o.said])).toEqual([
      ['abstained', 'quotation not found (it is in the file, but the loader dropped it)'],
      ['abstained', 'quotation not found (it is in the headline, which storyline does not read for this)'],
    ]);
  });
});

describe('eval scoring of speaker look-ups, dates and questions', () => {
  it('finds a speaker by what a member types and checks their number of quotes', async () => {
    const outcomes = await scoreStory(
      story,
      labels({
        speakers: [
          // One statement; "chaotic" and "entirely preventable" are phrases quoted in passing, not counted.
          { query: 'whitfield', person: 'Grace Whitfield', quotes: 1 },
          { query: 'whitfield', person: 'Grace Whitfield', quotes: 3 },
          { query: 'raman', person: 'Helga Nystrom', quotes: 1 },
          { query: 'qqqqqq', person: 'Grace Whitfield', quotes: 3 },
        ],
      }),
    );
    expect(outcomes.speakers.map((o) => o.verdict)).toEqual(['right', 'count', 'other', 'none']);
    expect(countOutcomes(outcomes).speakers).toEqual({ labels: 4, right: 1, person: 2 });
  });

  it('scores the date mention overlapping the expression in the sentence holding the words', async () => {
    const tuesday = { file: 'a-wire.txt', expression: 'on Tuesday', words: 'Hundreds of residents were evacuated' };
    const outcomes = await scoreStory(
      story,
      labels({
        dates: [
          { ...tuesday, start: '2024-03-05', end: '2024-03-05', granularity: 'day' },
          { ...tuesday, start: '2024-03-05', end: '2024-03-05', granularity: 'week' },
          { ...tuesday, start: '2024-03-12', end: '2024-03-12', granularity: 'day' },
          { ...tuesday, expression: 'on Friday', start: '2024-03-08', end: '2024-03-08', granularity: 'day' },
        ],
      }),
    );
    expect(outcomes.dates.map((o) => o.verdict)).toEqual(['right', 'date', 'wrong']);
    expect(outcomes.errors).toEqual([{ where: 'dates[3]', label: expect.stringContaining('on Friday'), reason: 'the expression is not in the sentence holding the words' }]);
    expect(countOutcomes(outcomes).dates).toMatchObject({ labels: 3, date: 2, dateAndGranularity: 1, notDates: 0, notDatesRead: 0 });
    expect(outcomes.extraDates.unlabelled.length).toBe(timelineOf(story).mentions.length - 1);
  });

  it('checks the date as the timeline shows it when labelled, a date nobody can place, and words that are not a date', async () => {
    const tuesday = { file: 'a-wire.txt', expression: 'on Tuesday', words: 'Hundreds of residents were evacuated', start: '2024-03-05', end: '2024-03-05', granularity: 'day' as const };
    const shown = timelineOf(story).mentions.find((m) => m.expression.includes('on Tuesday') && m.sentence.file === 'a-wire.txt')!.date!.label;
    const outcomes = await scoreStory(
      story,
      labels({
        dates: [
          { ...tuesday, label: shown },
          { ...tuesday, label: 'Tuesday, some week' },
          { file: 'a-wire.txt', expression: 'on Tuesday', words: 'Hundreds of residents', unresolved: 'Tuesday, week unknown' } as never,
        ],
        notDates: [{ file: 'a-wire.txt', words: 'last month' }, { words: 'twenty minutes' }],
      }),
    );
    expect(outcomes.dates.map((o) => o.verdict)).toEqual(['right', 'date', 'wrong']);
    const counts = countOutcomes(outcomes).dates;
    expect(counts.notDates).toBe(2);
    expect(outcomes.extraDates.notDatesRead).toEqual(timelineOf(story).mentions.some((m) => m.expression.includes('last month')) ? [expect.stringContaining('“last month”: a-wire.txt')] : []);
  });

  it('ranks /ask answers by the first that cites an answering sentence, and counts "not in the story" replies', async () => {
    const outcomes = await scoreStory(
      story,
      labels({
        questions: [
          { question: 'who is the education authority', answers: ['evacuation zone will stay closed'] },
          { question: 'what colour was the harbour master’s hat', answers: [], notInStory: true },
          { question: 'anything', answers: ['a fragment no sentence holds'] },
        ],
      }),
    );
    expect(outcomes.questions).toHaveLength(2);
    expect(outcomes.questions[0].rank).toBeGreaterThanOrEqual(1);
    expect(outcomes.errors.map((e) => e.where)).toEqual(['questions[2]']);
    const counts = countOutcomes(outcomes).questions;
    expect(counts.labels).toBe(1);
    expect(counts.notInStory).toBe(1);
    expect(counts.reciprocalRanks).toBeCloseTo(1 / outcomes.questions[0].rank);
  });
});

describe('eval reading of /ask replies', () => {
  it('takes an answer flagged notInStory as saying the story does not answer it, whatever snippets it carries', async () => {
    const reply = { answers: [{ text: 'All schools will stay closed.', citations: [{ text: '“All schools in the evacuation zone will stay closed on Wednesday,”' }] }], notInStory: true };
    const { outcomes } = await scoreQuestions(
      story,
      labels({ questions: [{ question: 'what was the dog called', answers: [], notInStory: true }, { question: 'which schools close', answers: ['evacuation zone will stay closed'] }] }).questions,
      () => reply,
    );
    expect(outcomes.map((o) => [o.saidNotInStory, o.rank])).toEqual([
      [true, 0],
      [true, 0],
    ]);
    expect(outcomes[1].said).toBe('not in the story (closest: 1. All schools will stay closed.)');
    const all = { quotes: [], claims: [], speakers: [], dates: [], extraDates: { unlabelled: [], notDatesRead: [], notDates: 0 }, questions: outcomes, errors: [] };
    expect(countOutcomes(all).questions).toMatchObject({ labels: 1, top3: 0, answerableSaidNotIn: 1, notInStory: 1, saidNotInStory: 1 });
    const plain = await scoreQuestions(story, labels({ questions: [{ question: 'which schools close', answers: ['evacuation zone will stay closed'] }] }).questions, () => ({ answers: reply.answers }));
    expect(plain.outcomes[0].rank).toBe(1);
  });
});
