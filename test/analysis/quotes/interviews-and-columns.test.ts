import { describe, expect, it } from 'vitest';
import { analyse, who } from './analyse.ts';

/**
 * Words without quote marks or without a named speaker in the sentence: Q&A interviews, transcripts, and a
 * first-person column whose "I" is the byline's author.
 */

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

describe('first-person columns', () => {
  it('gives a first-person column’s "I" to the byline’s author, and never "he" to the author', () => {
    const column = '"You will regret that," I told him.\n\nI asked coach Nico Ferrante about the move. He laughed. "Then I will regret it happily."';
    const a = analyse([column, { author: 'Odile Sarkis' }]);
    expect(who(a, 'You will regret that')).toBe('Odile Sarkis');
    expect(who(a, 'Then I will regret it happily')).toBe('Nico Ferrante');
    const anonymousColumn = analyse(column);
    expect(who(anonymousColumn, 'You will regret that')).toBeNull();
  });
});
