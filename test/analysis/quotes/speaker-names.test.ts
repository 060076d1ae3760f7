import { describe, expect, it } from 'vitest';
import { analyse, who } from './analyse.ts';

/**
 * Where a speaker's name starts and ends: letters and titles around it, names of other languages, names the
 * lexicon does not know, and titles that are no one's name.
 */
const HEADLINE = 'Harbour story\n\n';
const VILLAGE_HEADLINE = 'Village story\n\n';

describe('names and what stands around them', () => {
  it('keeps letters after a name (KC, MP, Jr) out of the name', () => {
    const a = analyse('Opening the case, Imogen Tarrant KC told the court: ‘This was theft, plainly.’');
    expect(who(a, 'This was theft')).toBe('Imogen Tarrant');
    expect(a.people.all.flatMap((p) => [p.name, ...p.aliases])).not.toContain('KC');
  });

  it('takes a name in apposition after a role as the speaker, and keeps the role as the description', () => {
    const a = analyse(
      "Halloran Biotech's chief scientific officer, Oyelaran Fitzwilliam, said the trial had been \"clean from start to finish.\"\n\n" +
        'Investors were less sure. "The data is thin," said Priyamvada Koothrappali, senior analyst at Brenlow Securities. "Very thin."',
    );
    expect(who(a, 'clean from start to finish')).toBe('Oyelaran Fitzwilliam');
    expect(who(a, 'The data is thin')).toBe('Priyamvada Koothrappali');
    expect(a.people.all.find((p) => p.name === 'Oyelaran Fitzwilliam')).toMatchObject({ kind: 'person', description: expect.stringMatching(/officer$/) });
  });

  it('never makes a person of a title a sentence splitter cut off ("said Det. Sgt. …")', () => {
    const a = analyse('"We are following several lines of inquiry," said Det. Sgt. Eamonn Quigley of the Coastal Division.');
    expect(who(a, 'several lines of inquiry')).toBe('Eamonn Quigley');
    expect(a.people.all.map((p) => p.name)).not.toContain('Det.');
  });

  it('ends a name where a title starts after it ("Ida Marsh President and CEO of …")', () => {
    const a = analyse(
      HEADLINE + '“Our network fell short,” read a letter released by Ida Marsh President and CEO of Brightwave Communications on Wednesday.',
      'Other story\n\nORVIK – Ida Marsh, President and CEO of Brightwave states, “The fault was ours and so is the repair.”',
    );
    expect(a.people.all.map((p) => p.name)).toEqual(['Ida Marsh']);
    expect(who(a, 'The fault was ours')).toBe('Ida Marsh');
  });

  it('joins a full name opened by a sentence\'s function word to the first name used alone elsewhere', () => {
    const a = analyse(
      VILLAGE_HEADLINE + '"I want a dog now," Priyanka said. Her aunt, Farida Solberg-Nwosu, laughed.',
      VILLAGE_HEADLINE + 'When Priyanka Solberg-Nwosu went home on Friday, the street came out to clap.',
    );
    expect(who(a, 'I want a dog now')).toBe('Priyanka Solberg-Nwosu');
  });
});

describe('names from other languages', () => {
  it('keeps "bin" and "al-" inside a name and links a surname written with its article', () => {
    const a = analyse(HEADLINE + 'Producer Yusuf bin Tariq al-Haddadi paid for the restoration.\n\n"We are in no hurry," said al-Haddadi.');
    expect(who(a, 'We are in no hurry')).toBe('Yusuf bin Tariq al-Haddadi');
  });

  it('reads letters with combining marks as part of the word', () => {
    // "ẹ̀" has no precomposed form: the grave accent is a combining mark at the end of the first name.
    const a = analyse(HEADLINE + 'The score is by the Ibadan-born singer Tèmítọ́pẹ̀ Àdìgún, who wrote it in a week. "The drum is the engine," Àdìgún said.');
    expect(who(a, 'The drum is the engine')).toBe('Tèmítọ́pẹ̀ Àdìgún');
  });
});

describe('a title cut off mid-word ("Deputy Prime Mini")', () => {
  it('is nobody: its words are a title, never a first name', () => {
    const a = analyse(
      HEADLINE + 'The party leader has announced he will step down as leader and as Deputy Prime Minister on Monday.\n\n“I will say on Monday that I go,” he said.',
      'Other story\n\nKarl Brandt served the party well as its leader and Deputy Prime Mini',
    );
    expect(who(a, 'I will say on Monday')).toBeNull();
    expect(a.people.all.map((p) => p.name)).toEqual(['Karl Brandt']);
  });

  it('still finds people whose first name is also a word of a title ("Major", "General" as names)', () => {
    const a = analyse(HEADLINE + 'Grace Major, a nurse, said: “We were ready.”');
    expect(who(a, 'We were ready')).toBe('Grace Major');
  });
});
