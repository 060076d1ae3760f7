import { describe, expect, it } from 'vitest';
import { isBoilerplate, parseByline, parsePostAccount } from '../../src/story/boilerplate.ts';
import { splitFrontMatter, FrontMatterError } from '../../src/story/frontMatter.ts';
import { parseArticle } from '../../src/story/parseArticle.ts';
import { splitSentences } from '../../src/story/sentences.ts';

describe('sentences', () => {
  it('does not split at news abbreviations, initials or inside a quoted ellipsis', () => {
    expect(splitSentences('Sen. Ada Moss of Calif. met Gov. Ray Kim in Washington, D.C., on Friday. The U.S. Senate then voted.')).toEqual([
      'Sen. Ada Moss of Calif. met Gov. Ray Kim in Washington, D.C., on Friday.',
      'The U.S. Senate then voted.',
    ]);
    expect(splitSentences('"We will see... but not today," Dr. Lee said. Then she left.')).toEqual(['"We will see... but not today," Dr. Lee said.', 'Then she left.']);
    expect(splitSentences('“I don’t know. ..I think it will pass,” she said.')).toEqual(['“I don’t know. ..I think it will pass,” she said.']);
  });
});

describe('page furniture', () => {
  it('recognises share widgets, captions, credits and notices but not reporting', () => {
    for (const line of ['Share this articleComments', 'Share on Facebook', 'More From This Section', 'Image: A boat at dawn', 'Jane Roe/Getty Images News/Getty Images', 'Photo by Sam Lee', 'Advertisement', 'This is a breaking news story. Please check back for updates.', 'Read more: why the vote matters']) {
      expect(isBoilerplate(line), line).toBe(true);
    }
    for (const line of ['According to Reuters, the talks collapsed on Monday after both sides walked out of the room.', 'Share prices fell 4% on Tuesday.', 'More than 200 people attended.']) {
      expect(isBoilerplate(line), line).toBe(false);
    }
  });

  it('reads bylines and embedded post account lines', () => {
    expect(parseByline('By Ana Ruiz and Tom Li, The Ledger')).toEqual({ author: 'Ana Ruiz and Tom Li', outlet: 'The Ledger' });
    expect(parseByline('By Jane Doe | Reuters')).toEqual({ author: 'Jane Doe', outlet: 'Reuters' });
    expect(parseByline('By the end of the day, the vote was done.')).toBeUndefined();
    expect(parsePostAccount('Mayor Lin Okafor@MayorOkafor')).toEqual({ name: 'Mayor Lin Okafor', handle: 'MayorOkafor' });
    expect(parsePostAccount('Contact us at news@example.com for tips.')).toBeUndefined();
  });
});

describe('front matter', () => {
  it('parses fields, accepts date values, and rejects broken YAML', () => {
    const { meta, body } = splitFrontMatter('---\ntitle: "A: B"\npublished: 2024-03-14\nauthor: Kim\n---\nBody.');
    expect(meta).toEqual({ title: 'A: B', published: '2024-03-14', author: 'Kim' });
    expect(body).toBe('Body.');
    expect(() => splitFrontMatter('---\n: : :\n  - [\n---\nBody')).toThrow(FrontMatterError);
    expect(() => splitFrontMatter('---\n- a list\n---\nBody')).toThrow(/mapping/);
    expect(splitFrontMatter('No front matter here.').meta).toEqual({});
  });
});

describe('paragraphs', () => {
  it('treats one line per paragraph and blank-line paragraphs alike, headline first', () => {
    const article = parseArticle('a.txt', 'Storm closes port\n\nThe port closed on Monday. Ships waited.\nCrews returned on Tuesday.\n', {});
    expect(article.title).toBe('Storm closes port');
    expect(article.paragraphs.map((p) => p.text)).toEqual(['The port closed on Monday. Ships waited.', 'Crews returned on Tuesday.']);
    expect(article.sentences.map((s) => s.id)).toEqual(['a.txt#p1s1', 'a.txt#p1s2', 'a.txt#p2s1']);
  });

  it('does not take a first sentence for a headline', () => {
    const article = parseArticle('b.txt', 'The port closed on Monday.\nCrews returned on Tuesday.', {});
    expect(article.title).toBeUndefined();
    expect(article.displayTitle).toBe('The port closed on Monday.');
  });
});
