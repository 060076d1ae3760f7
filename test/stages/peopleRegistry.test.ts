/**
 * The names-and-people stage hands later stages a frozen registry: what they add (an organisation named only
 * as a quote's source, a surname-only speaker, a post's handle) is a proposal in a layer of its own, read by
 * every lookup, never written into the built records.
 */
import { describe, expect, it } from 'vitest';
import { peopleOf } from '../../src/analysis/people.ts';
import { articleFromText } from '../../src/story/loadStory.ts';
import { Story } from '../../src/story/story.ts';

function story(...texts: string[]): Story {
  const articles = texts.map((t, i) => articleFromText(`${i}.txt`, t).article);
  return new Story({ dir: '.', name: 'test', version: String(texts.length), articles });
}

const TEXT = 'Harbour Director Olumide Adeyemi closed the port on Monday.\n\nAdeyemi said it would reopen on Friday.';

describe('the people registry once built', () => {
  it('is frozen: its mentions and records cannot be written', () => {
    const people = peopleOf(story(TEXT));
    expect(people.isFrozen).toBe(true);
    const count = people.mentions.length;
    expect(() => people.mentions.push({ ...people.mentions[0] })).toThrow(TypeError);
    expect(people.mentions).toHaveLength(count);
    const adeyemi = people.lookup('Adeyemi')!;
    expect(() => people.addDescription(people.record(adeyemi.id)!, 'harbour master')).toThrow(/registry is built/);
    expect(people.get(adeyemi.id)!.description).toBe('Harbour Director');
  });

  it('takes a new organisation or person as a proposal, listed after the people it found', () => {
    const people = peopleOf(story(TEXT));
    const found = people.all.map((p) => p.id);
    expect(people.proposals).toEqual([]);
    const board = people.organisation('the Harbour Board');
    const kowalczyk = people.single('Kowalczyk')!;
    expect(board).toMatchObject({ name: 'Harbour Board', kind: 'organisation' });
    expect(people.all.map((p) => p.id)).toEqual([...found, board.id, kowalczyk.id]);
    expect(people.proposals.map((p) => p.id)).toEqual([board.id, kowalczyk.id]);
    // Later look-ups read the proposals: the same organisation, the same person.
    expect(people.organisation('Harbour Board')).toBe(board);
    expect(people.lookup('Kowalczyk')).toBe(kowalczyk);
  });

  it('adds to a built person through a proposal: the person shows it, the built record is untouched', () => {
    const people = peopleOf(story(TEXT));
    const adeyemi = people.lookup('Adeyemi')!;
    const built = people.record(adeyemi.id)!;
    people.addAlias(adeyemi.id, '@adeyemi_port');
    expect(people.get(adeyemi.id)).toBe(adeyemi);
    expect(adeyemi.aliases).toContain('@adeyemi_port');
    expect([...built.forms.keys()]).not.toContain('@adeyemi_port');
    expect(Object.isFrozen(built)).toBe(true);
    expect(people.proposals.map((p) => p.id)).toEqual([adeyemi.id]);
  });
});
