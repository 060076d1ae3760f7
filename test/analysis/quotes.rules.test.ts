import { describe, expect, it } from 'vitest';
import { analyse, who } from './quoteRules.ts';

describe('names and shared surnames', () => {
  it('keeps letters after a name (KC, MP, Jr) out of the name', () => {
    const a = analyse('Opening the case, Imogen Tarrant KC told the court: ‘This was theft, plainly.’');
    expect(who(a, 'This was theft')).toBe('Imogen Tarrant');
    expect(a.people.all.flatMap((p) => [p.name, ...p.aliases])).not.toContain('KC');
  });

  it('tells a husband and wife apart by Mr and Mrs, with the gender the story gives them', () => {
    const a = analyse(
      'Kasimir Lund, 61, and his wife, Ottilie Lund, 58, ran the bakery for thirty years.\n\n' +
        '‘We never missed a morning,’ Mrs Lund said.\n\n' +
        '‘Not even when the oven caught fire,’ Mr Lund said.',
    );
    expect(who(a, 'We never missed a morning')).toBe('Ottilie Lund');
    expect(who(a, 'Not even when the oven')).toBe('Kasimir Lund');
  });

  it('leaves a surname two people share unattributed, and never invents a person for it', () => {
    const a = analyse('Kasimir Lund, 61, and Ottilie Lund, 58, ran the bakery.\n\n"It was our life," Lund said.');
    expect(who(a, 'It was our life')).toBeNull();
    expect(a.people.all.filter((p) => p.name === 'Lund')).toEqual([]);
  });

  it('does not let "he" jump over a surname two people share', () => {
    const a = analyse(
      'Substitute Aurel Brandvold scored against his brother, goalkeeper Sten Brandvold.\n\n' +
        '"He got lucky," said Sten Brandvold.\n\n' +
        'Asked about the goal, the younger Brandvold grinned. "I will remind him at Christmas," he said.',
    );
    expect(who(a, 'He got lucky')).toBe('Sten Brandvold');
    expect(who(a, 'I will remind him')).toBeNull();
  });

  it('gives "said the 34-year-old" to the one person the article says is 34', () => {
    const a = analyse('Captain Radek Holub, 34, scored twice. Teammate Ondrej Vesely, 22, made both goals.\n\n"My legs are gone," said the 34-year-old.');
    expect(who(a, 'My legs are gone')).toBe('Radek Holub');
    const twins = analyse('Radek Holub, 34, and Ondrej Vesely, 34, both scored.\n\n"What a night," said the 34-year-old.');
    expect(who(twins, 'What a night')).toBeNull();
  });
});

describe('speakers that are not a plain name', () => {
  it('gives "a spokesperson for X" to the organisation, unless the source is kept anonymous', () => {
    const a = analyse('A spokesperson for the Harbour Licensing Board said: "The permit was valid."');
    expect(who(a, 'The permit was valid')).toBe('Harbour Licensing Board');
    const hidden = analyse('A spokesperson for the Harbour Licensing Board, who asked not to be named, said: "The permit was valid."');
    expect(who(hidden, 'The permit was valid')).toBe('anonymous');
  });

  it('keeps "the woman" anonymous when the story said she cannot be named', () => {
    const a = analyse('One tenant, a retired teacher who cannot be named for legal reasons, said she lost her deposit. ‘I trusted them,’ the woman said.');
    expect(who(a, 'I trusted them')).toBe('anonymous');
  });

  it('gives "the company said" to the organisation the paragraph named as a speaker', () => {
    const a = analyse('Tessaly Freight, which employs 900 people, said the strike had cost it millions. "We remain open to talks," the company said.');
    expect(who(a, 'We remain open to talks')).toBe('Tessaly Freight');
  });

  it('gives a first-person column’s "I" to the byline’s author, and never "he" to the author', () => {
    const column = '"You will regret that," I told him.\n\nI asked coach Nico Ferrante about the move. He laughed. "Then I will regret it happily."';
    const a = analyse([column, { author: 'Odile Sarkis' }]);
    expect(who(a, 'You will regret that')).toBe('Odile Sarkis');
    expect(who(a, 'Then I will regret it happily')).toBe('Nico Ferrante');
    const anonymousColumn = analyse(column);
    expect(who(anonymousColumn, 'You will regret that')).toBeNull();
  });
});

describe('interviews without quote marks', () => {
  it('gives Q&A answers to the one person the introduction names', () => {
    const a = analyse('Coach Ilse Marwick has led the team for ten years. She spoke to us after the final.\n\nQ: Were you nervous?\n\nA: Not at all. We had prepared for this.\n\nQ: What next?\n\nA: A holiday.');
    expect(who(a, 'We had prepared for this')).toBe('Ilse Marwick');
    expect(who(a, 'A holiday')).toBe('Ilse Marwick');
    expect(a.occurrences.some((o) => o.text.includes('Were you nervous'))).toBe(false);
  });

  it('leaves Q&A answers unattributed when the introduction names two people', () => {
    const a = analyse('Ilse Marwick and Jorund Haalke spoke to us after the final.\n\nQ: Were you nervous?\n\nA: Not at all.');
    expect(who(a, 'Not at all')).toBeNull();
  });

  it('reads transcript lines that start with a known speaker’s name', () => {
    const a = analyse('Mayor Ilse Marwick met council leader Jorund Haalke on Monday.\n\nMarwick: We need the bridge open by June.\n\nHaalke: Then we need the money by March.');
    expect(who(a, 'bridge open by June')).toBe('Ilse Marwick');
    expect(who(a, 'money by March')).toBe('Jorund Haalke');
  });
});

describe('quotes with their speaker in the narration around them', () => {
  it('takes the speaker from the next sentence when a quote opens the paragraph', () => {
    const a = analyse('Coach Ilse Marwick spoke after the game.\n\n"We were asleep for an hour." Coach Ilse Marwick said the first half was the worst of the season. "Then we woke up."');
    expect(who(a, 'We were asleep')).toBe('Ilse Marwick');
    expect(who(a, 'Then we woke up')).toBe('Ilse Marwick');
  });

  it('does not carry the last paragraph’s speaker into a paragraph that opens with narration', () => {
    const a = analyse('"We were asleep," said Ilse Marwick.\n\nThe crowd, however, was loud all night. "Best game of the year."');
    expect(who(a, 'Best game of the year')).toBeNull();
  });

  it('prefers the named woman of the paragraph for "she" over a nearer name of unknown gender', () => {
    const a = analyse('Club chairwoman Ines Tarrow, who watched from the stand, said she had never doubted Castellan. "He has my full backing," she said.');
    expect(who(a, 'He has my full backing')).toBe('Ines Tarrow');
  });
});
