import { describe, expect, it } from 'vitest';
import { analyse, who } from './analyse.ts';

/**
 * "he said", "she said", "she added": which person the pronoun means, and when it means nobody the story lets
 * us name.
 */
const HEADLINE = 'Harbour story\n\n';
const VILLAGE_HEADLINE = 'Village story\n\n';

describe('"he said" after a sentence whose subject and object are both men', () => {
  it('goes to the subject of the sentence before, not the man named last', () => {
    const a = analyse(
      HEADLINE + 'Chairman of Orvik Rovers, Harold Myre, thanked Peter Colijn for three hard seasons.\n\n' +
        '“Peter never once complained about the pitch,” he said.\n\n' +
        'Mayor Tobias Lind said he had called the harbour master, Jens Aalto, and the ferry captains. “I will not resign,” he said.',
    );
    expect(who(a, 'never once complained about the pitch')).toBe('Harold Myre');
    expect(who(a, 'I will not resign')).toBe('Tobias Lind');
  });

  it('keeps the man named last when the subject is no person ("Police", "The club") or does not fit', () => {
    const a = analyse(
      HEADLINE + 'Police arrested Tomas Lindqvist on Friday. “I did nothing,” he said.\n\n' +
        'Mayor Ingrid Solberg thanked Jens Aalto for his work. “It was an honour,” he said.',
    );
    expect(who(a, 'I did nothing')).toBe('Tomas Lindqvist');
    expect(who(a, 'It was an honour')).toBe('Jens Aalto');
  });
});

describe('a speaker named by their tie to someone else ("his father said")', () => {
  it('stops "he said" from jumping back to the man the sentence is about', () => {
    const a = analyse(HEADLINE + 'Tobias Lindqvist coached the junior team, his father said. "Saturdays were for the boys on the pitch," he said.');
    expect(who(a, 'Saturdays were for the boys')).toBeNull();
  });

  it('still lets "he said" continue a man named as the subject', () => {
    const a = analyse(HEADLINE + 'Tobias Lindqvist said his shift had ended at six. "I heard the bang from the car park," he said.');
    expect(who(a, 'I heard the bang')).toBe('Tobias Lindqvist');
  });
});

describe('"she added" after a sentence naming an unplaced person by honorific', () => {
  it('names nobody rather than the woman named later in that sentence', () => {
    const a = analyse(
      HEADLINE + 'In a ruling on Friday, Mrs Justice Hale dismissed the claim, adding that the agent Ann Whitlow probably sold the photographs.\n\n' +
        'She further added, “The diary pages were torn out after the hearing began.”',
    );
    expect(who(a, 'diary pages were torn out')).toBeNull();
  });

  it('still resolves "she" when the honorific names someone known', () => {
    const a = analyse(
      HEADLINE + 'Ann Whitlow, a literary agent, met Ingrid Solberg on Friday. Ms Solberg said the contract was signed, adding that Ann Whitlow had read it.\n\n' +
        '“It was all above board,” she said.',
    );
    expect(who(a, 'above board')).not.toBeNull();
  });
});

describe('the gender and the people a pronoun can mean', () => {
  it('prefers the named woman of the paragraph for "she" over a nearer name of unknown gender', () => {
    const a = analyse('Club chairwoman Ines Tarrow, who watched from the stand, said she had never doubted Castellan. "He has my full backing," she said.');
    expect(who(a, 'He has my full backing')).toBe('Ines Tarrow');
  });

  it('reads "Her" in the next sentence as the gender of a name it does not know, so "he" skips her', () => {
    const a = analyse(
      'The chief executive, Nkechinyere Valdés-Orr, announced the merger on Monday. She said it would close in June.\n\n' +
        'Analyst Rufus Tambling, of Carrow Partners, was sceptical. "It is a defensive deal," he said.',
    );
    expect(a.people.all.find((p) => p.name === 'Nkechinyere Valdés-Orr')?.gender).toBe('female');
    expect(who(a, 'It is a defensive deal')).toBe('Rufus Tambling');
  });

  it('gives the words of "Her post calling …" to the woman the pronoun refers to', () => {
    const a = analyse('The petition was started by Clementine Ashworth-Boateng, a florist.\n\nHer post calling the closure "a betrayal" has been shared widely.');
    expect(who(a, 'a betrayal')).toBe('Clementine Ashworth-Boateng');
  });

  it('leaves a quote unattributed when a name it cannot place stands between the pronoun and anyone known', () => {
    const a = analyse(
      HEADLINE + 'Rosalind Achebe-Grant spoke first. "Buses matter," she said.\n\nPerpetua Llewelyn-Osei offered what she called "a word of advice".',
    );
    expect(who(a, 'a word of advice')).not.toBe('Rosalind Achebe-Grant');
  });

  it('takes a lone first name in apposition to a family noun as a person, so "he said" is not the man before', () => {
    const a = analyse(
      VILLAGE_HEADLINE +
        'Gregory Adjei-Lund, a retired postman, pulled her out. "Anyone would have jumped in," he said.\n\n' +
        'Her brother, Matteo, was quieter. "I thought she was gone," he said.',
    );
    expect(who(a, 'Anyone would have jumped in')).toBe('Gregory Adjei-Lund');
    expect(who(a, 'I thought she was gone')).toBe('Matteo');
  });

  it('takes "my neighbour Rosalind" as a person the pronoun can mean', () => {
    const a = analyse(
      VILLAGE_HEADLINE + 'Councillor Evander Mwangi-Holt said the bus "was never profitable."\n\n' + 'My neighbour Rosalind, who is 79, disagrees. "It was my only way into town," she said.',
    );
    expect(who(a, 'only way into town')).toBe('Rosalind');
  });
});
