import { describe, expect, it } from 'vitest';
import { parseByline } from '../../src/story/boilerplate.ts';
import { splitRunTogether } from '../../src/story/markup.ts';
import { parseArticle } from '../../src/story/parseArticle.ts';

const parse = (body: string) => parseArticle('x.txt', body, {});
const texts = (body: string) => parse(body).sentences.map((s) => s.text);

describe('loader rules of round 3', () => {
  it('reads an aggregator byline with the story age, and a blog byline with its date', () => {
    expect(parseByline('Story by Jane Moor • 3h')).toEqual({ author: 'Jane Moor' });
    const blog = parse('Bridge reopens after repairs\nPosted on 4 May 2025 by Ola Brandt\n\nThe old bridge over the river reopened to traffic on Saturday morning.\n');
    expect(blog.meta).toMatchObject({ author: 'Ola Brandt', published: '2025-05-04' });
  });

  it('takes the outlet a syndicated copy credits', () => {
    const page = parse('Bridge reopens after repairs\nStory by Jane Moor • 3h\nProvided by The Valley Ledger\n\nThe old bridge over the river reopened to traffic on Saturday morning.\n');
    expect(page.meta).toMatchObject({ author: 'Jane Moor', outlet: 'The Valley Ledger' });
    expect(page.title).toBe('Bridge reopens after repairs');
  });

  it('drops a pull quote that repeats a sentence, but keeps a short sentence that two paragraphs share', () => {
    const body = [
      'Pool to close for a year',
      '',
      'The town pool will close in June for repairs to its roof. "We have patched it for the last time," the manager, Rosa Lind, said.',
      '',
      '"We have patched it for the last time."',
      '',
      'Swimmers will be bussed to the pool in the next town. A spokesman declined to comment.',
      '',
      'A spokesman declined to comment.',
    ].join('\n');
    const sentences = texts(body);
    expect(sentences.filter((s) => s.includes('patched it for the last time'))).toHaveLength(1);
    expect(sentences.filter((s) => s === 'A spokesman declined to comment.')).toHaveLength(2);
  });

  it('removes footnote markers from sentences and drops the endnotes', () => {
    const sentences = texts('A short history\n\nThe hall was built in 1901.[1] It burned down in 1950.[2]\n\nIt was rebuilt two years later by the town.\n\nNotes\n\n[1] Town records, 1901.\n[2] Fire report, 1950.\n');
    expect(sentences).toEqual(['The hall was built in 1901.', 'It burned down in 1950.', 'It was rebuilt two years later by the town.']);
  });

  it('splits a header that lost its line breaks, but not prose with two spaces after full stops', () => {
    expect(splitRunTogether('Radio Vale  News  Local  Bridge reopens  By Jane Moor  4 May 2025')).toHaveLength(6);
    const prose = 'The bridge reopened.  Drivers were pleased.  The council said so.';
    expect(splitRunTogether(prose)).toEqual([prose]);
    const page = parse('Radio Vale  News  Local  Bridge reopens after repairs  By Jane Moor  4 May 2025  Share\n\nThe old bridge over the river reopened to traffic on Saturday morning.\n');
    expect(page.meta).toMatchObject({ title: 'Bridge reopens after repairs', author: 'Jane Moor', outlet: 'Radio Vale', published: '2025-05-04' });
  });

  it('reads a council notice: its dated line, its title and the body that issued it', () => {
    const page = parse('Vale Borough Council\nPUBLIC NOTICE\nDate of notice: 2 June 2025\n\nCLOSURE OF MILL LANE\n\nMill Lane will be closed to traffic from 9 June 2025 for drainage works.\n\nTelephone: 01234 000 111\nWas this page helpful? Yes No\n');
    expect(page.meta).toMatchObject({ title: 'CLOSURE OF MILL LANE', outlet: 'Vale Borough Council', published: '2025-06-02' });
    expect(page.sentences.map((s) => s.text)).toEqual(['Mill Lane will be closed to traffic from 9 June 2025 for drainage works.']);
  });
});
