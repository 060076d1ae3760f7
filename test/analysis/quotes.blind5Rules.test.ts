import { describe, expect, it } from 'vitest';
import { analyse, who } from './quoteRules.ts';

/**
 * The general rules added after the fifth blind round (test/analysis/quotes.blind5.test.ts), each on a
 * short text of its own with names and places the fixtures do not use.
 */
const HEADLINE = 'Village story\n\n';

describe('fifth blind round rules', () => {
  it('takes a lone first name in apposition to a family noun as a person, so "he said" is not the man before', () => {
    const a = analyse(
      HEADLINE +
        'Gregory Adjei-Lund, a retired postman, pulled her out. "Anyone would have jumped in," he said.\n\n' +
        'Her brother, Matteo, was quieter. "I thought she was gone," he said.',
    );
    expect(who(a, 'Anyone would have jumped in')).toBe('Gregory Adjei-Lund');
    expect(who(a, 'I thought she was gone')).toBe('Matteo');
  });

  it('takes "my neighbour Rosalind" as a person the pronoun can mean', () => {
    const a = analyse(
      HEADLINE + 'Councillor Evander Mwangi-Holt said the bus "was never profitable."\n\n' + 'My neighbour Rosalind, who is 79, disagrees. "It was my only way into town," she said.',
    );
    expect(who(a, 'only way into town')).toBe('Rosalind');
  });

  it('joins a full name opened by a sentence\'s function word to the first name used alone elsewhere', () => {
    const a = analyse(
      HEADLINE + '"I want a dog now," Priyanka said. Her aunt, Farida Solberg-Nwosu, laughed.',
      HEADLINE + 'When Priyanka Solberg-Nwosu went home on Friday, the street came out to clap.',
    );
    expect(who(a, 'I want a dog now')).toBe('Priyanka Solberg-Nwosu');
  });

  it('gives "my editor told me" to an unnamed source, never the writer or the last name', () => {
    const a = analyse(
      HEADLINE + 'The mayor, Ottilie Brandvold-Achebe, called the plan "overdue."\n\n' + 'My editor told me to drop it. "Nobody reads about drains," she said.',
    );
    expect(who(a, 'Nobody reads about drains')).toBe('anonymous');
  });

  it('reads "did not want to be named" as an unnamed source', () => {
    const a = analyse(HEADLINE + 'A porter at the station, who did not want to be named, said the lifts had "been broken since spring."');
    expect(who(a, 'been broken since spring')).toBe('anonymous');
  });

  it('does not give "a council spokesperson" to the only other organisation quoted, a library\'s friends', () => {
    const a = analyse(
      HEADLINE + 'The Friends of Quillan Museum said it was "appalled" by the cuts.\n\n' + 'A council spokesperson said the savings were "unavoidable this year."',
    );
    expect(who(a, 'appalled')).toBe('Friends of Quillan Museum');
    expect(who(a, 'unavoidable this year')).not.toBe('Friends of Quillan Museum');
  });

  it('takes a one-word company the story calls an operator or retailer as an organisation, but not a one-word person', () => {
    const a = analyse(
      HEADLINE + 'Brumbly, the online grocery retailer, will stop deliveries to the islands.\n\n' + 'Brumbly said the routes were "simply not viable."\n\n' + 'Kestrin said the decision was "a disgrace."',
    );
    expect(who(a, 'simply not viable')).toBe('Brumbly');
    expect(who(a, 'a disgrace')).toBeNull();
  });
});
