import { describe, expect, it } from 'vitest';
import { analyse, who } from './analyse.ts';

/**
 * Words an organisation says: "a spokesperson for X", "the company said", "X, which said", "Analysts at X
 * wrote", a company's short name, and the spokespeople who are not that organisation's.
 */
const HEADLINE = 'Harbour story\n\n';
const VILLAGE_HEADLINE = 'Village story\n\n';

describe('organisations and their spokespeople', () => {
  it('gives "a spokesperson for X" to the organisation, unless the source is kept anonymous', () => {
    const a = analyse('A spokesperson for the Harbour Licensing Board said: "The permit was valid."');
    expect(who(a, 'The permit was valid')).toBe('Harbour Licensing Board');
    const hidden = analyse('A spokesperson for the Harbour Licensing Board, who asked not to be named, said: "The permit was valid."');
    expect(who(hidden, 'The permit was valid')).toBe('anonymous');
  });

  it('gives "the company said" to the organisation the paragraph named as a speaker', () => {
    const a = analyse('Tessaly Freight, which employs 900 people, said the strike had cost it millions. "We remain open to talks," the company said.');
    expect(who(a, 'We remain open to talks')).toBe('Tessaly Freight');
  });

  it('does not give "a council spokesperson" to the only other organisation quoted, a library\'s friends', () => {
    const a = analyse(
      VILLAGE_HEADLINE + 'The Friends of Quillan Museum said it was "appalled" by the cuts.\n\n' + 'A council spokesperson said the savings were "unavoidable this year."',
    );
    expect(who(a, 'appalled')).toBe('Friends of Quillan Museum');
    expect(who(a, 'unavoidable this year')).not.toBe('Friends of Quillan Museum');
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

  it('takes a one-word company the story calls an operator or retailer as an organisation, but not a one-word person', () => {
    const a = analyse(
      VILLAGE_HEADLINE + 'Brumbly, the online grocery retailer, will stop deliveries to the islands.\n\n' + 'Brumbly said the routes were "simply not viable."\n\n' + 'Kestrin said the decision was "a disgrace."',
    );
    expect(who(a, 'simply not viable')).toBe('Brumbly');
    expect(who(a, 'a disgrace')).toBeNull();
  });
});
