import { describe, expect, it } from 'vitest';
import { analyse, who } from './quoteRules.ts';

/**
 * The general rules added after the third blind round (test/analysis/quotes.blind3.test.ts), each on a
 * short text of its own with names and places the fixtures do not use.
 */
const HEADLINE = 'Harbour story\n\n';

describe('quotation marks of other languages', () => {
  it('reads „German“ and « French » quotes, and keeps a title apart from the words after it', () => {
    const a = analyse(
      HEADLINE +
        'The conductor Wilhelmina Obuya-Strand, 52, rehearsed for a month. „Every bar of it hurts“, she told Tonhalle. „That is how I know it is good.“\n\n' +
        '« We leave on Friday, » said Wilhelmina Obuya-Strand.\n\n' +
        'The finale, „Morning Tide“, builds around a refrain, „the sea is older than the town“.',
    );
    expect(who(a, 'Every bar of it hurts')).toBe('Wilhelmina Obuya-Strand');
    expect(who(a, 'That is how I know')).toBe('Wilhelmina Obuya-Strand');
    expect(who(a, 'We leave on Friday')).toBe('Wilhelmina Obuya-Strand');
    expect(who(a, 'the sea is older')).toBeNull();
    expect(a.occurrences.find((o) => o.text.includes('the sea is older'))!.text).not.toContain('Morning Tide');
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

describe('reviews: characters and their actors', () => {
  it('gives a line a character says to the character, not to the actor named in brackets', () => {
    const a = analyse(
      HEADLINE + 'Phạm Thị Mai Anh, who plays the pilot, learned to sail for the part.',
      HEADLINE + 'The pilot, Quyen (Phạm Thị Mai Anh, excellent), is the heart of the film. "Nobody owns the river," she tells the captain.',
    );
    expect(who(a, 'Nobody owns the river')).toBe('Quyen');
    expect(a.people.all.find((p) => p.name === 'Quyen')?.description).toBe('character played by Phạm Thị Mai Anh');
  });

  it('leaves a song nobody is named singing unattributed, and gives "she sings" to the singer', () => {
    const a = analyse(HEADLINE + 'The music is by the singer Temperance Oyelude-Marsh. Over the credits she sings "the tide will turn for you". Another song on the radio repeats "come back, come back".');
    expect(who(a, 'the tide will turn')).toBe('Temperance Oyelude-Marsh');
    expect(who(a, 'come back, come back')).toBeNull();
  });
});

describe('parliament', () => {
  it('tells two members of one surname apart by "Ms" once the narration has given the other a gender', () => {
    const a = analyse(
      HEADLINE +
        'Imelda Mwangi-Ross, the shadow housing secretary, opened for the opposition.\n\n' +
        'Anselm Mwangi-Ross, who sits for Eastmere, said his constituents had waited long enough.\n\n' +
        'Ms Mwangi-Ross told reporters afterwards that the vote was close. "We will be back," she said.',
    );
    expect(who(a, 'We will be back')).toBe('Imelda Mwangi-Ross');
  });

  it('does not take "the minister" for the junior minister, nor "the Deputy Speaker" for the Speaker', () => {
    const a = analyse(
      HEADLINE +
        'Health Minister Bartholomew Achterkirk opened the debate. The junior minister, Ottoline Fraser-Nkemelu, closed it.\n\n' +
        'The Deputy Speaker, Dame Hyacinth Oduwole, called for quiet.\n\n' +
        '"We will fund every clinic," the minister said.\n\n' +
        'The Deputy Speaker, who had shouted "Order!" twice, sat down.',
    );
    expect(who(a, 'We will fund every clinic')).toBe('Bartholomew Achterkirk');
    expect(who(a, 'Order!')).toBe('Hyacinth Oduwole');
  });

  it('leaves a quote unattributed when a name it cannot place stands between the pronoun and anyone known', () => {
    const a = analyse(
      HEADLINE + 'Rosalind Achebe-Grant spoke first. "Buses matter," she said.\n\nPerpetua Llewelyn-Osei offered what she called "a word of advice".',
    );
    expect(who(a, 'a word of advice')).not.toBe('Rosalind Achebe-Grant');
  });

  it('does not continue an interrupted quote with the next paragraph\'s bare quote', () => {
    const a = analyse(HEADLINE + 'Cornelius Abernethy-Osei rose to speak. "The bus is the great leveller, and for too long —"\n\n"Give way!"');
    expect(who(a, 'The bus is the great leveller')).toBe('Cornelius Abernethy-Osei');
    expect(who(a, 'Give way!')).toBeNull();
  });
});

describe('science and business write-ups', () => {
  it('gives "X, which said" to the organisation and "X was blunt:" to the person', () => {
    const a = analyse(
      HEADLINE +
        'The work was funded by the Baltic Marine Science Foundation, which said in a statement that it was "delighted".\n\n' +
        'Asked about the risk, Dr. Ilse Varga-Mbeki was blunt: "There is none."',
    );
    expect(who(a, 'delighted')).toBe('Baltic Marine Science Foundation');
    expect(who(a, 'There is none')).toBe('Ilse Varga-Mbeki');
  });

  it('gives "Analysts at a firm wrote" to the firm and reads "the warning was" as a noun', () => {
    const a = analyse(HEADLINE + 'Analysts at Hollis & Crane wrote in a note to clients that the warning was "the fourth this year."');
    expect(who(a, 'the fourth this year')).toBe('Hollis & Crane');
  });

  it('reads a bare company word as the longer name the story gives it', () => {
    const a = analyse(
      'Marrick Foods cuts jobs\n\nMarrick Foods said on Monday it would close two plants.',
      HEADLINE + 'Shares in Marrick Foods fell. In its statement, Marrick said trading had been "very difficult". A company spokeswoman said the board "fully supports" the plan.',
    );
    expect(who(a, 'very difficult')).toBe('Marrick Foods');
    expect(who(a, 'fully supports')).toBe('Marrick Foods');
  });

  it('leaves hypothetical speakers unattributed', () => {
    const a = analyse(
      HEADLINE +
        'Chief executive Rosamund Achterberg-Vale said sales were weak.\n\n' +
        'When a chief executive says "the weather was against us," ask whether rivals had the same weather. If your boss says "no", ask why.',
    );
    expect(who(a, 'the weather was against us')).toBeNull();
    expect(who(a, 'no')).toBeNull();
  });
});
