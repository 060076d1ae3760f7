import { describe, expect, it } from 'vitest';
import { analyse, who } from './quoteRules.ts';
import { pastedPosts } from '../../src/analysis/speechPosts.ts';
import { paragraphText } from '../../src/analysis/speechText.ts';

/**
 * The general rules added after the second blind round (test/analysis/quotes.blind.test.ts), each on
 * a short text of its own with names the fixtures do not use.
 */
describe('social posts pasted as text', () => {
  it('gives a post to the account line after it, in the same paragraph or the next', () => {
    const a = analyse(
      'Ferry timetable change angers islanders\n\nIslanders woke on Saturday to find that the ferry timetable had changed overnight, with the first crossing now leaving forty minutes later than before.\n\nThe reaction online was immediate.\n\n' +
        'Nobody told the night-shift workers about the new times. Disgraceful. #FerryChaos\n— Wenonah Achterlonie (@wenachter) May 4, 2024\n\n' +
        'A second resident was calmer:\n\n' +
        'Ferries run late every spring. Give them a week.\n\n' +
        '— Bartholomew Nsiah-Quaye (@bnq_writes) 5 May 2024\n\n' +
        'The ferry operator replied:\n\n' +
        'We are sorry for the disruption and will restore the old times on Monday.\n— Tarrow Island Ferry Company (@TarrowFerries) May 5, 2024',
    );
    expect(who(a, 'Nobody told the night-shift workers')).toBe('Wenonah Achterlonie');
    expect(who(a, 'Ferries run late every spring')).toBe('Bartholomew Nsiah-Quaye');
    const ferry = a.occurrences.find((o) => o.text.startsWith('We are sorry'))!;
    expect(a.people.get(ferry.speakerId!)).toMatchObject({ name: 'Tarrow Island Ferry Company', kind: 'organisation' });
    // The account lines themselves are nobody's words, and the narration before a post is not the post.
    expect(a.occurrences.some((o) => o.text.includes('@wenachter') || o.text.includes('@bnq_writes'))).toBe(false);
    expect(a.occurrences.some((o) => o.text.includes('was calmer'))).toBe(false);
  });

  it('finds the author of a Reddit post in its "Posted by" line, with the words in the same paragraph or the next', () => {
    // pastedPosts is tested on paragraphs directly: whether the story parser keeps the "Posted by" line is its own business.
    const paragraphs = ['Posted by u/quayside_mo The ferry was forty minutes late again.', 'Posted by u/harbour_gull', 'Nobody apologised either.'].map((text, i) =>
      paragraphText('r.txt', { number: i + 1, text, sentences: [{ id: `r.txt#p${i + 1}s1`, file: 'r.txt', paragraph: i + 1, sentence: 1, text, index: i }] }),
    );
    const posts = pastedPosts(paragraphs);
    expect(posts.bodies.get('r.txt#1')).toMatchObject({ author: 'u/quayside_mo', text: 'The ferry was forty minutes late again.' });
    expect(posts.bodies.get('r.txt#3')).toMatchObject({ author: 'u/harbour_gull', text: 'Nobody apologised either.' });
    expect(posts.accountLines.has('r.txt#2')).toBe(true);
  });
});

describe('speakers the name lexicon does not know', () => {
  it('takes a name in apposition after a role as the speaker, and keeps the role as the description', () => {
    const a = analyse(
      "Halloran Biotech's chief scientific officer, Oyelaran Fitzwilliam, said the trial had been \"clean from start to finish.\"\n\n" +
        'Investors were less sure. "The data is thin," said Priyamvada Koothrappali, senior analyst at Brenlow Securities. "Very thin."',
    );
    expect(who(a, 'clean from start to finish')).toBe('Oyelaran Fitzwilliam');
    expect(who(a, 'The data is thin')).toBe('Priyamvada Koothrappali');
    expect(a.people.all.find((p) => p.name === 'Oyelaran Fitzwilliam')).toMatchObject({ kind: 'person', description: expect.stringMatching(/officer$/) });
  });

  it('reads "Her" in the next sentence as the gender of a name it does not know, so "he" skips her', () => {
    const a = analyse(
      'The chief executive, Nkechinyere Valdés-Orr, announced the merger on Monday. She said it would close in June.\n\n' +
        'Analyst Rufus Tambling, of Carrow Partners, was sceptical. "It is a defensive deal," he said.',
    );
    expect(a.people.all.find((p) => p.name === 'Nkechinyere Valdés-Orr')?.gender).toBe('female');
    expect(who(a, 'It is a defensive deal')).toBe('Rufus Tambling');
  });

  it('never makes a person of a title a sentence splitter cut off ("said Det. Sgt. …")', () => {
    const a = analyse('"We are following several lines of inquiry," said Det. Sgt. Eamonn Quigley of the Coastal Division.');
    expect(who(a, 'several lines of inquiry')).toBe('Eamonn Quigley');
    expect(a.people.all.map((p) => p.name)).not.toContain('Det.');
  });
});

describe('unnamed sources', () => {
  it('labels a long indefinite subject with "asked not to be named" anonymous', () => {
    const a = analyse('One manager at a supplier that sells parts to the plant, who asked not to be named because talks are continuing, said orders had been "cut in half".');
    expect(who(a, 'cut in half')).toBe('anonymous');
  });

  it('labels "said a neighbour who asked not to be named" anonymous', () => {
    const a = analyse('"There was glass everywhere," said a neighbour who asked not to be named.');
    expect(who(a, 'There was glass everywhere')).toBe('anonymous');
  });

  it('gives "the 71-year-old retired nurse" to the unnamed person introduced at that age, never to a name', () => {
    const a = analyse(
      'Tobiah Renwick, 40, runs the corner shop.\n\n' +
        'Another resident, a 71-year-old retired nurse who has lived there since 1980, said the street had changed. "I lock the door at six now," the 71-year-old retired nurse said.',
    );
    expect(who(a, 'I lock the door at six')).toBe('anonymous');
    expect(a.occurrences.find((o) => o.text.includes('I lock the door'))!.source).toContain('71-year-old');
  });
});

describe('organisations', () => {
  it('gives "A Halloran spokeswoman said" to the organisation, but not "A French spokesman"', () => {
    const a = analyse(
      'A Halloran spokeswoman said the company had "no plans" to sell the plant.\n\n' +
        'A French spokesman said talks were "at an early stage".',
    );
    const plans = a.occurrences.find((o) => o.text === 'no plans')!;
    expect(a.people.get(plans.speakerId!)).toMatchObject({ name: 'Halloran', kind: 'organisation' });
    expect(who(a, 'at an early stage')).not.toBe('French');
  });

  it('reads "the company said" as the organisation the sentence before was about', () => {
    const a = analyse('Rival grocer Pembury Foodhalls declined to comment on the merger. In a statement, the company said it "competes on price every day".');
    expect(who(a, 'competes on price')).toBe('Pembury Foodhalls');
  });
});

describe('narration around a quote', () => {
  it('gives a paragraph-opening quote to the person "That is how" names, never to the quote before', () => {
    const a = analyse(
      '"We will rebuild," said Councillor Marisol Tenbury-Walsh.\n\n' +
        '"It was the worst night of my life." That is how Joaquin Abernethy-Pike, a retired fisherman, remembers the flood.',
    );
    expect(who(a, 'worst night of my life')).toBe('Joaquin Abernethy-Pike');
  });

  it('does not carry a speaker into a paragraph whose narration names someone else', () => {
    const a = analyse(
      '"We will rebuild," said Councillor Marisol Tenbury-Walsh.\n\n' +
        '"The water came up through the floor." Eustace Varnham-Oduya spent the night on his roof.',
    );
    expect(who(a, 'The water came up')).not.toBe('Marisol Tenbury-Walsh');
  });

  it('gives the words of "Her post calling …" to the woman the pronoun refers to', () => {
    const a = analyse('The petition was started by Clementine Ashworth-Boateng, a florist.\n\nHer post calling the closure "a betrayal" has been shared widely.');
    expect(who(a, 'a betrayal')).toBe('Clementine Ashworth-Boateng');
  });

  it('takes scare quotes around a term for nobody\'s words, even inside reported speech', () => {
    const a = analyse(
      'Mayor Anselm Drury-Kite opened the market. The council\'s so-called "regeneration plan" has cost £4m so far.\n\n' +
        'Trader Hepzibah Loveridge-Amankwah said the so-called "consultation" had been "a waste of everyone\'s time."',
    );
    expect(a.occurrences.some((o) => o.text.includes('regeneration plan') || o.text.includes('consultation'))).toBe(false);
    expect(who(a, 'a waste of everyone')).toBe('Hepzibah Loveridge-Amankwah');
  });

  it('gives a paragraph-opening quote to "The verdict comes from X", and "The council\'s culture lead, X, said" to X', () => {
    const a = analyse(
      'Councillor Ignatius Oduya-Fenwick chairs the committee.\n\n' +
        '"A shambles from start to finish." The verdict comes from Perpetua Gallagher-Osei, who has run the market for a decade.\n\n' +
        'The council\'s markets lead, Ignatius Oduya-Fenwick, said the review had been "thorough and fair."',
    );
    expect(who(a, 'A shambles from start to finish')).toBe('Perpetua Gallagher-Osei');
    expect(who(a, 'thorough and fair')).toBe('Ignatius Oduya-Fenwick');
  });

  it('reads "who did not want her name used" as an anonymous source', () => {
    const a = analyse('A regular customer, who did not want her name used because she works for the council, said the market had been "left to rot."');
    expect(who(a, 'left to rot')).toBe('anonymous');
  });
});
