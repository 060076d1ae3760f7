import { describe, expect, it } from 'vitest';
import { analyse, who } from './analyse.ts';

/**
 * The words of the narration that say who spoke: "That is how X remembers", "The verdict comes from X",
 * "…, stating,", "read a letter released by X", and a speech word that is part of a name ("the Northern States’").
 */
const HEADLINE = 'Harbour story\n\n';

describe('the sentence after a quote names its speaker', () => {
  it('gives a paragraph-opening quote to the person "That is how" names, never to the quote before', () => {
    const a = analyse(
      '"We will rebuild," said Councillor Marisol Tenbury-Walsh.\n\n' +
        '"It was the worst night of my life." That is how Joaquin Abernethy-Pike, a retired fisherman, remembers the flood.',
    );
    expect(who(a, 'worst night of my life')).toBe('Joaquin Abernethy-Pike');
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
});

describe('a participle after a comma (", stating, “…”", ", with X releasing a statement, saying:")', () => {
  it('speaks for the subject of the sentence, or for the one doing the "with" clause', () => {
    const a = analyse(
      HEADLINE + 'Harbour Bank analyst Ken Moberg raised doubts about the merger, stating, "The timetable looks far too tight to us."\n\n' +
        'Rovers confirmed the news on Monday, with Harold Myre releasing a statement, saying: "Peter leaves with our thanks and our respect."\n\n' +
        'Dr. Helena Brandt, the island’s chief vet, reacted to the figures, stating, "The herds look healthier than last spring."',
    );
    expect(who(a, 'timetable looks far too tight')).toBe('Ken Moberg');
    expect(who(a, 'leaves with our thanks')).toBe('Harold Myre');
    expect(who(a, 'herds look healthier')).toBe('Helena Brandt');
  });

  it('names nobody when another person stands between the subject and the participle', () => {
    const a = analyse(HEADLINE + 'Mayor Ann Holt thanked Peter Berg, saying "he kept us safe."');
    expect(who(a, 'he kept us safe')).toBeNull();
  });
});

describe('"“…,” read a letter released by Ida Marsh President and CEO of …"', () => {
  it('gives the letter’s words to its writer, a name followed only by a title', () => {
    const a = analyse(HEADLINE + '“Our network fell short of what we promised,” read a letter released by Ida Marsh President and CEO of Brightwave Communications on Wednesday.');
    expect(who(a, 'Our network fell short')).toBe('Ida Marsh');
  });

  it('leaves “…,” the statement read to nobody, and "read" in a quote is no cue', () => {
    const a = analyse(HEADLINE + '“A new coach starts on Monday,” the statement read.');
    expect(who(a, 'A new coach starts on Monday')).toBeNull();
  });
});

describe('a speech word inside a name ("the Northern States’ top vet says")', () => {
  it('is not the verb, so the place never becomes the speaker', () => {
    const a = analyse(HEADLINE + 'ORVIK — The Northern States’ top animal health expert says the count from the ferry farms “gives no cause for alarm.”');
    expect(who(a, 'gives no cause for alarm')).toBeNull();
    expect(a.speakers.map((s) => s.name)).toEqual([]);
  });

  it('still reads the verb when it is one ("the council states")', () => {
    const a = analyse(HEADLINE + 'The Orvik Harbour Council states in its report that the quay is “safe for now.”');
    expect(who(a, 'safe for now')).toBe('Orvik Harbour Council');
  });
});
