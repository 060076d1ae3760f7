import { describe, expect, it } from 'vitest';
import { analyse, who } from './analyse.ts';

/**
 * Whether a speaker carries over to the next paragraph: a quotation running over paragraphs, a paragraph of
 * quotation introduced by the one before ("gave the following statement:"), and the paragraphs where the
 * speaker must not carry (narration between, another name, an interrupted quote).
 */
const HEADLINE = 'Harbour story\n\n';

describe('a quotation running over paragraphs, its speaker named only in another outlet', () => {
  it('gives the paragraphs that continue the open quote to that speaker', () => {
    const a = analyse(
      'Wire\n\nMayor Ingrid Solberg said: “The pier will close on Monday for repairs to the deck.”',
      HEADLINE + '“The pier will close on Monday for repairs to the deck.\n\n“The ferries will use the north quay until the work is done.”',
    );
    expect(who(a, 'ferries will use the north quay')).toBe('Ingrid Solberg');
  });

  it('does not continue a quote that was closed', () => {
    const a = analyse(
      'Wire\n\nMayor Ingrid Solberg said: “The pier will close on Monday for repairs to the deck.”',
      HEADLINE + '“The pier will close on Monday for repairs to the deck.”\n\n“Nobody asked the fishermen.”',
    );
    expect(who(a, 'Nobody asked the fishermen')).toBeNull();
  });
});

describe('a quotation paragraph introduced by the paragraph before ("gave the following statement:")', () => {
  it('goes to the subject of that paragraph', () => {
    const a = analyse(
      HEADLINE + 'Martin Holm, Tobias Lindqvist’s father, gave the following statement to reporters:\n\n“He checked the boats every night. Nobody asked him to.”\n\n' +
        'She issued a statement on Friday:\n\n“We are shocked.”',
    );
    expect(who(a, 'He checked the boats every night')).toBe('Martin Holm');
    // "She" has nobody to refer to.
    expect(who(a, 'We are shocked')).toBeNull();
  });

  it('does not reach over a paragraph that does not end with a colon', () => {
    const a = analyse(HEADLINE + 'Martin Holm, Tobias Lindqvist’s father, spoke to reporters on Friday.\n\n“The crowd was singing.”');
    expect(who(a, 'The crowd was singing')).toBeNull();
  });
});

describe('a speaker does not carry into a paragraph of its own', () => {
  it('does not carry the last paragraph’s speaker into a paragraph that opens with narration', () => {
    const a = analyse('"We were asleep," said Ilse Marwick.\n\nThe crowd, however, was loud all night. "Best game of the year."');
    expect(who(a, 'Best game of the year')).toBeNull();
  });

  it('does not carry a speaker into a paragraph whose narration names someone else', () => {
    const a = analyse(
      '"We will rebuild," said Councillor Marisol Tenbury-Walsh.\n\n' +
        '"The water came up through the floor." Eustace Varnham-Oduya spent the night on his roof.',
    );
    expect(who(a, 'The water came up')).not.toBe('Marisol Tenbury-Walsh');
  });

  it('does not continue an interrupted quote with the next paragraph\'s bare quote', () => {
    const a = analyse(HEADLINE + 'Cornelius Abernethy-Osei rose to speak. "The bus is the great leveller, and for too long —"\n\n"Give way!"');
    expect(who(a, 'The bus is the great leveller')).toBe('Cornelius Abernethy-Osei');
    expect(who(a, 'Give way!')).toBeNull();
  });
});
