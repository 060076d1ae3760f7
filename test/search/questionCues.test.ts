import { describe, expect, it } from 'vitest';
import { findSnippets } from '../../src/search/findSnippets.ts';
import { pronounGender, questionCue, sentenceAnswersCue, sentenceNamesAgent } from '../../src/search/questionCues.ts';
import { articleFromText } from '../../src/story/loadStory.ts';
import { Story } from '../../src/story/story.ts';

function storyOf(...texts: string[]): Story {
  const articles = texts.map((text, i) => articleFromText(`${i + 1}.txt`, text).article);
  return new Story({ dir: '/tmp', name: 'cues', version: 'v', articles });
}

describe('question cues', () => {
  it('reads an age in the forms obituaries and court reports use', () => {
    expect(sentenceAnswersCue('age', 'She was 91.')).toBe(true);
    expect(sentenceAnswersCue('age', 'Daniel Okoro, 52, denies six counts of fraud.')).toBe(true);
    expect(sentenceAnswersCue('age', 'He turned 40 in May.')).toBe(true);
    expect(sentenceAnswersCue('age', 'The ferry was 40 minutes late.')).toBe(false);
    expect(sentenceAnswersCue('age', 'Turnout was 64% on the day.')).toBe(false);
  });

  it('reads "what did she die of" as a question about a cause', () => {
    expect(questionCue('what did she die of')).toBe('why');
    expect(sentenceAnswersCue('why', 'Her son said the cause was complications of pneumonia.')).toBe(true);
  });

  it('tells a sentence that names the doer from one that does not', () => {
    expect(sentenceNamesAgent('Kim Adeyemi said her fryer started smoking last October.')).toBe(true);
    expect(sentenceNamesAgent('The study was led by Nordvik University epidemiologist Ingrid Halvorsen.')).toBe(true);
    expect(sentenceNamesAgent('In 1995, Agnes Thornquist founded the Friends of the Marguerite.')).toBe(true);
    expect(sentenceNamesAgent('The company said it had received 37 reports.')).toBe(false);
    expect(sentenceNamesAgent('It was sold in Canada.')).toBe(false);
  });

  it('knows which third-person pronouns a text uses', () => {
    expect(pronounGender('when did she die')).toBe('f');
    expect(pronounGender('He died in 2009.')).toBe('m');
    expect(pronounGender('She married him in 1956.')).toBeUndefined();
    expect(pronounGender('The ferry sank.')).toBeUndefined();
  });
});

describe('cues in ranking', () => {
  it('answers "when" with a sentence that has a date over a closer match that has none', () => {
    const story = storyOf(
      'Drivers say they will walk out, and drivers at every depot agree.\n\nThe walk out by drivers starts on Tuesday 3 June, with trams and buses affected across the whole network.',
    );
    expect(findSnippets(story, 'when will drivers walk out', { limit: 3 })[0].text).toMatch(/Tuesday 3 June/);
  });

  it('answers a question about "she" with the sentence about her, not about him', () => {
    const story = storyOf('Lind’s husband died in 2009; he was a fisherman.\n\nMarta Lind died on Sunday at her home in Kirren after a long career on the ferries.');
    expect(findSnippets(story, 'when did she die', { limit: 3 })[0].text).toMatch(/Marta Lind died on Sunday/);
  });

  it('answers a field of a fact box whose label the question names', () => {
    const story = storyOf(
      'Units: About 5,000 were sold in Canada and the rest in stores across the country.\n\nSold at: Greenleaf Hardware and other stores nationwide from May 2023 through June 2024 for about $40.',
    );
    expect(findSnippets(story, 'where were they sold', { limit: 3 })[0].text).toMatch(/^Sold at:/);
  });

  it('finds the answer through a plain-English synonym when the story never uses the word typed', () => {
    const story = storyOf('She is survived by two daughters and a son.\n\nThe ferry ran every hour in summer.');
    const answers = findSnippets(story, 'how many kids did she have', { limit: 3 });
    expect(answers[0]?.text).toBe('She is survived by two daughters and a son.');
  });
});
