import { describe, expect, it } from 'vitest';
import { findSnippets } from '../../src/search/findSnippets.ts';
import {
  countedFigure,
  countedWords,
  pronounGender,
  questionCue,
  sentenceAnswersCue,
  sentenceNamesAgent,
  sentenceNamesDoerOf,
} from '../../src/search/questionCues.ts';
import { stem, terms } from '../../src/search/tokenize.ts';
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

  it('reads "whats the …", "how hot" and "what temp" as questions wanting a figure', () => {
    expect(questionCue('whats the hotline number')).toBe('count');
    expect(questionCue("what's the fine")).toBe('count');
    expect(questionCue('how hot did it get at night')).toBe('count');
    expect(questionCue('what temp was the cooler at')).toBe('count');
    expect(questionCue('whos the mayor')).toBe('who');
  });

  it('does not take "one" as a pronoun for a figure', () => {
    expect(sentenceAnswersCue('count', 'You will be asked to choose a new one the next time you sign in.')).toBe(false);
    expect(sentenceAnswersCue('count', 'No one was hurt.')).toBe(false);
    expect(sentenceAnswersCue('count', 'One death has been reported.')).toBe(true);
  });

  it('reads ages given as a range or a decade', () => {
    expect(sentenceAnswersCue('age', 'Ill people range in age from 4 to 81 years.')).toBe(true);
    expect(sentenceAnswersCue('age', 'A woman in her 70s died on Wednesday.')).toBe(true);
    expect(sentenceAnswersCue('age', 'Temperatures were in the 30s all week.')).toBe(false);
  });

  it('finds what a "how many" question counts, and a figure given for it', () => {
    expect(countedWords('how many premium subscribers were hit')).toEqual(['premium', 'subscribers']);
    expect(countedWords('how many other companies did glasshouse hack')).toEqual(['other', 'companies']);
    expect(countedWords('how much did it cost')).toEqual([]);
    const counted = new Set(terms('users'));
    const stemOf = (w: string) => terms(w)[0] ?? '';
    expect(countedFigure('Hackers stole data on 2.3 million StrideLoop users.', counted, stemOf)).toBe('2.3 million user');
    expect(countedFigure('At least 14 other users complained.', counted, stemOf)).toBe('14 user');
    expect(countedFigure('Users were asked in 2024 to choose stronger passwords.', counted, stemOf)).toBeUndefined();
  });

  it('tells a sentence naming who did what the question asks from one naming someone doing something else', () => {
    const verbs = new Set([stem('invited'), stem('putin')]);
    const stemOf = (w: string) => stem(w);
    expect(sentenceNamesDoerOf('President Donald Trump has invited Russian President Vladimir Putin to Washington.', verbs, stemOf)).toBe(true);
    expect(sentenceNamesDoerOf('Putin was invited by Trump last week.', verbs, stemOf)).toBe(true);
    expect(sentenceNamesDoerOf('Sanders did not give details of the planned invitation to Putin.', verbs, stemOf)).toBe(false);
    expect(sentenceNamesDoerOf('He invited Putin.', verbs, stemOf)).toBe(false);
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

  it('answers "how many X" with the sentence giving a figure for X, not another figure near X', () => {
    const story = storyOf(
      'Users were told in 2024 to pick stronger passwords.\n\nThe attackers took the names and email addresses of about 40,000 users from a server the company had not updated for months.',
    );
    expect(findSnippets(story, 'how many users were affected', { limit: 3 })[0].text).toMatch(/40,000 users/);
  });

  it('finds a figure written with its unit from the number and a word for the unit', () => {
    const story = storyOf('Firefighters spent nine days on the moor.\n\nThe town had 14 consecutive days above 30C, the longest run since records began.');
    expect(findSnippets(story, 'how many days over 30 degrees', { limit: 3 })[0].text).toMatch(/above 30C/);
  });

  it('offers the sentence after a short lead-in, which has the detail the lead-in promises', () => {
    const story = storyOf(
      'Hospitals also felt the strain. The health authority said emergency departments saw 18 per cent more patients than usual, many of them elderly.\n\nThe ferry ran every hour in summer.',
    );
    const answers = findSnippets(story, 'what happened at hospitals', { limit: 3 }).map((a) => a.text);
    expect(answers.slice(0, 2)).toContain('The health authority said emergency departments saw 18 per cent more patients than usual, many of them elderly.');
  });

  it('answers "what did X say" with a quote attributed to X only by a pronoun in the next sentence', () => {
    const story = storyOf(
      'Chief executive Ana Ruiz apologized to customers in a video on Friday. "We let you down, and I take full responsibility," she said.\n\nThe company has 640 employees and an office in Lisbon.\n\nCustomers said the chief executive should have spoken sooner.',
    );
    const answers = findSnippets(story, 'what did the ceo say', { limit: 3 }).map((a) => a.text);
    expect(answers).toContain('"We let you down, and I take full responsibility," she said.');
  });
});
