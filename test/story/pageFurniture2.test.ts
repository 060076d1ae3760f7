import { describe, expect, it } from 'vitest';
import { dateOfLine, isBoilerplate, isDateLine, parseBareByline, parseByline } from '../../src/story/boilerplate.ts';
import { parseArticle } from '../../src/story/parseArticle.ts';
import { splitSentences } from '../../src/story/sentences.ts';

const parse = (body: string) => parseArticle('x.txt', body, {});
const texts = (body: string) => parse(body).sentences.map((s) => s.text);

describe('bylines of round 2', () => {
  it('reads a name run into its job title, and a byline with an email address', () => {
    expect(parseBareByline('Nadia Petrakis Health correspondent')).toEqual({ author: 'Nadia Petrakis' });
    expect(parseByline('By Carla Wendt cwendt@sentinel.example')).toEqual({ author: 'Carla Wendt' });
  });

  it('does not take a town and its state, or a headline, for a byline', () => {
    expect(parseBareByline('Orrin Falls, MN')).toBeUndefined();
    expect(parseBareByline('Police search for missing reporter')).toBeUndefined();
  });

  it('reads a name over its outlet, its job or its date under the headline', () => {
    const outlet = parse('Zoo panda back home\nPriya Lindqvist\nWXR News, Wexbridge\n\nThe red panda was found in a tree on Sunday afternoon.\n');
    expect(outlet.meta).toMatchObject({ author: 'Priya Lindqvist', outlet: 'WXR News' });
    const job = parse('Island says no to wind farm\nIngrid Solvang\nJournalist\n\nThe residents have rejected the wind farm in a vote on Wednesday.\n');
    expect(job.meta.author).toBe('Ingrid Solvang');
    const dated = parse('Panda found up a tree\nTom Achebe-Reyes\nMon 3 Nov 2025 07.00 GMT\n\nThe red panda was found in a tree on Sunday afternoon.\n');
    expect(dated.meta).toMatchObject({ author: 'Tom Achebe-Reyes', published: '2025-11-03' });
    expect(dated.sentences.map((s) => s.text)).toEqual(['The red panda was found in a tree on Sunday afternoon.']);
  });
});

describe('dates of round 2', () => {
  it('reads European dotted dates and run-together "Published3 November 2025"', () => {
    expect(isDateLine('Published 10.09.2025 23:58')).toBe(true);
    expect(dateOfLine('Published 10.09.2025 23:58')).toBe('2025-09-10');
    expect(isDateLine('Published3 November 2025')).toBe(true);
    expect(dateOfLine('Published3 November 2025')).toBe('2025-11-03');
  });
});

describe('furniture of forums, newsletters, releases, translations, weather widgets', () => {
  it('recognises the furniture lines', () => {
    for (const line of [
      '((Corrects paragraph 3 to show trust has 9,400 staff, not 4,900))',
      ' -- (Reporting by Tomasz Wierzbicki; Editing by Kim Lattimore)',
      'Keywords: BRITAIN-HEALTH/CYBER (UPDATE 2, CORRECTED)',
      'Sort by: best',
      'level 2',
      '93% Upvoted',
      '48 Followers',
      'View in browser',
      'Know someone who’d like this? Forward to a friend',
      'You are receiving this because you subscribed to Wexbridge Weekly.',
      'Water, weather and the outdoors in Orrin County · Issue #214',
      'This page has been translated from Norwegian. (Translated)',
      'Show original',
      'Translated by Google. The translation may contain errors.',
      'NEWS PROVIDED BY',
      '78°F Partly Cloudy',
      'Wed 84° / 65° Sunny',
      'Page 2 of 14',
      'Image caption, Mochi was spotted by a parent on Sunday',
      'The Lakes Letter, 14 Dock Street, Orrin Falls, MN 56401',
      'Sign in or create your Meridian account to join the discussion.',
    ]) {
      expect(isBoilerplate(line), line).toBe(true);
    }
  });

  it('keeps reporting that looks like furniture', () => {
    for (const line of [
      'Search for missing hiker called off',
      'Temperatures hit 40°C in Madrid',
      'The fire started at 14 Dock Street, police said.',
      'The union said the translation of the contract was wrong.',
      'Level 2 of the car park was closed.',
    ]) {
      expect(isBoilerplate(line), line).toBe(false);
    }
  });

  it('drops a caption under a bare "Image caption," label and a sidebar of obituaries', () => {
    const body =
      'Beaches closed after algae bloom\nBy Carla Wendt\n\nAll three beaches were closed on Monday after tests found toxins.\n\nImage caption,\nThe beach was empty on Monday\n\nObituaries\nDoris M. Feeney, 91, of Orrin Falls\nView all obituaries\n\nThe county said the beaches would stay closed until two tests come back clean.\n';
    expect(texts(body)).toEqual([
      'All three beaches were closed on Monday after tests found toxins.',
      'The county said the beaches would stay closed until two tests come back clean.',
    ]);
  });
});

describe('press releases and newsletters', () => {
  it('drops the "About" section and the contact box, and takes the outlet from "SOURCE"', () => {
    const article = parse(
      'Acme Water confirms outage\n\nACME CITY, March 4, 2025 /PRNewswire/ -- Acme Water today confirmed an outage affecting 3,000 homes.\n\nCrews expect to restore supply by Friday.\n\nAbout Acme Water\nAcme Water supplies 90,000 homes in the valley.\n\nMedia contact:\nJo Bloggs\npress@acme.example\n\n###\n\nSOURCE Acme Water\n',
    );
    expect(article.meta.outlet).toBe('Acme Water');
    expect(article.meta.author).toBeUndefined();
    expect(article.sentences.map((s) => s.text).join(' ')).not.toMatch(/90,000|Jo Bloggs|press@/);
    expect(article.sentences.map((s) => s.text)).toContain('Crews expect to restore supply by Friday.');
  });

  it('keeps an "About …" section of a feature that is not a press release', () => {
    const sentences = texts(
      'Lake Orrin in numbers\n\nThe lake has had three blooms in six years.\n\nThe county has not acted on any of them.\n\nAbout Lake Orrin\nLake Orrin covers 1,400 acres and is 40 feet deep at its deepest point.\n',
    );
    expect(sentences).toContain('Lake Orrin covers 1,400 acres and is 40 feet deep at its deepest point.');
  });

  it('reads an email paste: the subject is the title, the sender the outlet or author, the date the date', () => {
    const letter = parse(
      'From: The Lakes Letter <hello@lakes.example>\nDate: Thu, Jul 24, 2025 at 6:02 AM\nSubject: What the algae tests mean\n\nView in browser\n\nThe state found toxins at 88 micrograms per liter at North Beach.\n\nUntil next week,\nJoanna Markle\nEditor, The Lakes Letter\n\nUnsubscribe | Update your preferences\n',
    );
    expect(letter.title).toBe('What the algae tests mean');
    expect(letter.meta).toMatchObject({ outlet: 'The Lakes Letter', author: 'Joanna Markle', published: '2025-07-24' });
    expect(letter.sentences.map((s) => s.text)).toEqual(['The state found toxins at 88 micrograms per liter at North Beach.']);
    const personal = parse('From: Sam Ortiz <sam@weekly.example>\nSubject: Mochi is home\n\nThe red panda was found up a tree on Sunday.\n');
    expect(personal.meta.author).toBe('Sam Ortiz');
    expect(personal.meta.outlet).toBeUndefined();
  });

  it('keeps a Medium post but not the author card, reading list and sign-up box after it', () => {
    const article = parse(
      '# Why I voted yes\n\nErik Haugland\n\nI spent 31 years as an engineer on the ferries, so I have seen the sea.\n\nWe lost, 58 to 42.\n\nWritten by Erik Haugland\n\n48 Followers\n\nRetired ferry engineer. Born and bred.\n\nSign up to discover human stories that deepen your understanding of the world.\n\nDistraction-free reading. No ads.\n',
    );
    expect(article.sentences.map((s) => s.text)).toEqual(['I spent 31 years as an engineer on the ferries, so I have seen the sea.', 'We lost, 58 to 42.']);
    expect(article.meta.author).toBe('Erik Haugland');
  });
});

describe('text pasted from a PDF', () => {
  it('mends words hyphenated at line ends, keeps compound hyphens, and joins a paragraph cut by a page footer', () => {
    const body = [
      'The referendum was held on Wednesday 10 Sep-',
      'tember under the municipal govern-',
      'ment rules, which a well-',
      'known lawyer drafted. The count was declared',
      '',
      'Skerrholm Municipality        Referendum Report',
      '                                   Page 1 of 2',
      '',
      'at 23.40 on the night.',
      '',
      'No complaints were received.',
      '',
      'Skerrholm Municipality        Referendum Report',
      '                                   Page 2 of 2',
    ].join('\n');
    expect(texts(body)).toEqual([
      'The referendum was held on Wednesday 10 September under the municipal government rules, which a well-known lawyer drafted.',
      'The count was declared at 23.40 on the night.',
      'No complaints were received.',
    ]);
  });
});

describe('sentences', () => {
  it('ends a sentence after a quoted question, unless the speaker follows', () => {
    expect(splitSentences('It asked the question: "Should the farm be built?" Of the 4,912 votes, most were no.')).toEqual([
      'It asked the question: "Should the farm be built?"',
      'Of the 4,912 votes, most were no.',
    ]);
    expect(splitSentences('"Why now?" Jane Doe asked the council.')).toEqual(['"Why now?" Jane Doe asked the council.']);
  });
});
