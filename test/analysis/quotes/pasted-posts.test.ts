import { describe, expect, it } from 'vitest';
import { analyse, who } from './analyse.ts';
import { pastedPosts } from '../../../src/analysis/speechPosts.ts';
import { paragraphText } from '../../../src/analysis/speechText.ts';
import { quotesOf } from '../../../src/analysis/quotes.ts';
import { fixtureStory } from '../fixtureStories.ts';

/**
 * Social posts pasted into an article as text: each post goes to the account line under it, the account line
 * and the narration around it to nobody.
 */
const HEADLINE = 'Harbour story\n\n';

describe('social posts pasted as text', () => {
  it('gives a post to the account line after it, in the same paragraph or the next', () => {
    const a = analyse(
      'Ferry timetable change angers islanders\n\nIslanders woke on Saturday to find that the ferry timetable had changed overnight, with the first crossing now leaving forty minutes later than before.\n\nThe reaction online was immediate.\n\n' +
        'Nobody told the night-shift workers about the new times. Disgraceful. #FerryChaos\n— Wenonah Achterlonie (@wenachter) May 4, 2024\n\n' +
        'A second resident was calmer:\n\n' +
        'Ferries run late every spring. Give them a week.\n\n' +
        '— Bartholomew Nsiah-Quaye (@bnq_writes) 5 May 2024\n\n' +
        'The ferry operator replied:\n\n' +
        'We are sorry for the disruption and will restore the old times on Monday.\n— Tarrow Island Ferry Company (@TarrowFerries) May 5, 2024',
    );
    expect(who(a, 'Nobody told the night-shift workers')).toBe('Wenonah Achterlonie');
    expect(who(a, 'Ferries run late every spring')).toBe('Bartholomew Nsiah-Quaye');
    const ferry = a.occurrences.find((o) => o.text.startsWith('We are sorry'))!;
    expect(a.people.get(ferry.speakerId!)).toMatchObject({ name: 'Tarrow Island Ferry Company', kind: 'organisation' });
    // The account lines themselves are nobody's words, and the narration before a post is not the post.
    expect(a.occurrences.some((o) => o.text.includes('@wenachter') || o.text.includes('@bnq_writes'))).toBe(false);
    expect(a.occurrences.some((o) => o.text.includes('was calmer'))).toBe(false);
  });

  it('finds the author of a Reddit post in its "Posted by" line, with the words in the same paragraph or the next', () => {
    // pastedPosts is tested on paragraphs directly: whether the story parser keeps the "Posted by" line is its own business.
    const paragraphs = ['Posted by u/quayside_mo The ferry was forty minutes late again.', 'Posted by u/harbour_gull', 'Nobody apologised either.'].map((text, i) =>
      paragraphText('r.txt', { number: i + 1, text, sentences: [{ id: `r.txt#p${i + 1}s1`, file: 'r.txt', paragraph: i + 1, sentence: 1, text, index: i }] }),
    );
    const posts = pastedPosts(paragraphs);
    expect(posts.bodies.get('r.txt#1')).toMatchObject({ author: 'u/quayside_mo', text: 'The ferry was forty minutes late again.' });
    expect(posts.bodies.get('r.txt#3')).toMatchObject({ author: 'u/harbour_gull', text: 'Nobody apologised either.' });
    expect(posts.accountLines.has('r.txt#2')).toBe(true);
  });
});

describe('posts pasted as text, one line each, among one-line paragraphs', () => {
  const PAGE = [
    'Council results night live',
    'Polls closed at ten and the count began in the sports hall.',
    'Turnout was the highest in twenty years, officials said.',
    'Recount ordered in Harbour ward – nine votes in it',
    '— Greta Vinter (@gvinter) May 4, 2025',
    'Confirmed: Ola Berg takes Harbour ward after the recount.',
    '— Sven Dahl (@svendahl) May 4, 2025',
    'Berg thanked her team.',
  ].join('\n');

  it('keeps each line a paragraph, so each post goes to its own account and the narration to nobody', () => {
    const a = analyse(PAGE);
    expect(who(a, 'Recount ordered in Harbour ward')).toBe('Greta Vinter');
    expect(who(a, 'Ola Berg takes Harbour ward')).toBe('Sven Dahl');
    expect(a.occurrences.some((o) => o.text.includes('Polls closed'))).toBe(false);
  });

  it('reads an account line with an aside after the display name', () => {
    const a = analyse('Live\nThe count went on past two.\nNine votes! My thanks to every door we knocked on.\n— Ola Berg (Text VOTE to 555) (@olaberg) May 4, 2025\nMore results soon.');
    expect(who(a, 'every door we knocked on')).toBe('Ola Berg');
  });

  it('never gives a long paragraph to the account line that ends it', () => {
    const narration = 'Polls closed at ten and the count began in the sports hall, where the tellers worked through the night. '.repeat(5);
    const a = analyse(`${HEADLINE}${narration}— Sven Dahl (@svendahl) May 4, 2025`);
    expect(a.occurrences).toEqual([]);
  });
});

describe('a pasted post in a labelled fixture story', () => {
  it('gives a pasted tweet one quote with its author, and the same author in every outlet', async () => {
    const analysis = quotesOf(await fixtureStory('quotes-blind-social'));
    const tweet = analysis.quotes.find((q) => q.text.startsWith('Fifteen years of lanterns'))!;
    expect(tweet.speaker).toMatchObject({ name: 'Ottoline Fairweather' });
    expect(tweet.speaker!.aliases).toContain('@ottobakes');
    expect(tweet.text).not.toContain('@ottobakes');
    const fairweather = analysis.speakers.find((s) => s.name === 'Ottoline Fairweather')!;
    expect(fairweather.quotes).toBeGreaterThanOrEqual(5);
  });
});
