import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  fingerprint,
  groupDuplicates,
  sameStatement,
  sentenceFingerprint,
  storyDuplicates,
} from '../../src/search/groupDuplicates.ts';
import { articleFromText } from '../../src/story/loadStory.ts';
import { Story } from '../../src/story/story.ts';

/** The definition: each text joins the first earlier group whose leader says the same thing (all pairs compared). */
function reference(texts: string[]): number[][] {
  const groups: { leader: ReturnType<typeof fingerprint>; members: number[] }[] = [];
  texts.forEach((text, i) => {
    const print = fingerprint(text);
    const group = groups.find((g) => sameStatement(g.leader, print));
    if (group) group.members.push(i);
    else groups.push({ leader: print, members: [i] });
  });
  return groups.map((g) => g.members);
}

function storyOf(texts: string[]): Story {
  // One sentence per paragraph, a few paragraphs per article.
  const articles = [];
  for (let a = 0; a * 4 < texts.length; a++) {
    const body = texts.slice(a * 4, a * 4 + 4).join('\n\n');
    articles.push(articleFromText(`a${a}.txt`, body).article);
  }
  return new Story({ dir: '/tmp', name: 'test', version: 'v', articles });
}

/** Sentences over a tiny vocabulary, many sharing long runs of words, so duplicates and near misses abound. */
const VOCAB = ['the', 'council', 'voted', 'to', 'build', 'a', 'wall', 'by', 'pier', 'and', 'mayor', 'said', 'it', 'was', 'late'];
const sentenceArb = fc
  .array(fc.constantFrom(...VOCAB), { minLength: 1, maxLength: 14 })
  .map((w) => w.join(' '));
/** A base sentence and edits of it (words dropped, swapped or appended), shuffled together. */
const textsArb = fc
  .array(
    fc.tuple(sentenceArb, fc.array(fc.tuple(fc.nat(20), fc.constantFrom(...VOCAB)), { maxLength: 3 }), fc.nat(3)),
    { minLength: 1, maxLength: 40 },
  )
  .map((items) =>
    items.flatMap(([base, edits, copies]) => {
      const out = [base];
      for (let c = 0; c < copies; c++) {
        const w = base.split(' ');
        for (const [at, word] of edits) w.splice(at % (w.length + 1), c % 2, word);
        out.push(w.join(' '));
      }
      return out;
    }),
  );

describe('groupDuplicates', () => {
  it('groups a statement quoted with small differences, and keeps topic-sharing sentences apart', () => {
    const texts = [
      'In Helsinki, @POTUS agreed to ongoing working level dialogue between the two security council staffs.',
      'The council voted to build the wall along the pier.',
      '“In Helsinki, [Trump] agreed to ongoing working level dialogue between the two security council staffs,” she tweeted.',
      'The council will meet again to choose who builds the wall.',
    ];
    const groups = groupDuplicates(texts.map((text) => ({ text })));
    expect(groups.map((g) => g.map((x) => texts.indexOf(x.text)))).toEqual([[0, 2], [1], [3]]);
  });

  it('gives the same groups as comparing every sentence with every group (indexed past 16 groups)', () => {
    fc.assert(
      fc.property(textsArb, (texts) => {
        const expected = reference(texts);
        const items = texts.map((text, i) => ({ text, i }));
        expect(groupDuplicates(items).map((g) => g.map((x) => x.i))).toEqual(expected);
      }),
      { numRuns: 150 },
    );
  });

  it('groups a whole story the same way with integer fingerprints', () => {
    fc.assert(
      fc.property(textsArb, (texts) => {
        // Sentences must end like sentences for the story parser to keep them one per paragraph.
        const story = storyOf(texts.map((t) => `${t[0].toUpperCase()}${t.slice(1)}.`));
        const expected = reference(story.sentences.map((s) => s.text));
        const { groups, groupOf } = storyDuplicates(story);
        expect(groups).toEqual(expected);
        groups.forEach((g, id) => g.forEach((i) => expect(groupOf[i]).toBe(id)));
      }),
      { numRuns: 60 },
    );
  });

  it('with maxGroups, opens no more groups but still collects every copy of the ones it keeps', () => {
    const texts = [
      'Alpha beta gamma delta epsilon zeta eta.',
      'Theta iota kappa lambda mu nu xi.',
      'Omicron pi rho sigma tau upsilon phi.',
      'Alpha beta gamma delta epsilon zeta eta theta.',
      'Chi psi omega alpha beta gamma delta.',
      'Theta iota kappa lambda mu nu xi omicron.',
    ];
    const groups = groupDuplicates(texts.map((text) => ({ text })), { maxGroups: 2 });
    expect(groups.map((g) => g.map((x) => texts.indexOf(x.text)))).toEqual([[0, 3], [1, 5]]);
  });

  it('fingerprints each sentence of a story once', () => {
    const story = storyOf(['The wall will cost forty million dollars.', 'The pier stays open.']);
    const first = sentenceFingerprint(story, story.sentences[0]);
    expect(sentenceFingerprint(story, story.sentences[0])).toBe(first);
    expect(first.words).toEqual(['the', 'wall', 'will', 'cost', 'forty', 'million', 'dollars']);
  });
});
