import { describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { decodeHtml } from '../../src/stories/charset.ts';
import { extractArticle } from '../../src/stories/extractArticle.ts';
import { readHtmlPage } from '../../src/stories/pageArticle.ts';
import { loadStory } from '../../src/story/loadStory.ts';
import { COURIER, LEDGER, newsPage, RADIO, windows1252 } from './newsPages.ts';

const FURNITURE = /cookie|Advertisement|Related stories|readerbob|typical council|Bin collections|Privacy|Subscribe|Weather/i;

describe('reading a news page', () => {
  it('takes headline, date, outlet, author and canonical address from JSON-LD, and only the article text', async () => {
    const page = await extractArticle(newsPage(COURIER), 'http://127.0.0.1/courier/fire');
    expect(page).toMatchObject({ kind: 'article', title: COURIER.title, outlet: 'Dunmore Courier', author: 'Hana Whitlock', published: '2025-10-14', url: COURIER.url });
    expect(page.text).toContain('fire tore through its ground floor on Monday night');
    expect(page.text).toContain('"We lost the local history room');
    expect(page.text).not.toMatch(FURNITURE);
    expect(page.warnings).toEqual([]);
  });
  it('falls back to Open Graph and meta tags', async () => {
    const page = await extractArticle(newsPage(RADIO));
    expect(page).toMatchObject({ kind: 'article', title: RADIO.title, outlet: 'Valley Radio', author: 'Sam Oyelaran', published: '2025-10-15', url: RADIO.url });
  });
  it('keeps the page’s own calendar date of a datePublished with a time zone', async () => {
    const html = newsPage({ ...COURIER }).replace('2025-10-14T08:30:00+01:00', '2025-10-14T00:30:00+01:00');
    expect((await extractArticle(html)).published).toBe('2025-10-14');
  });
  it('warns when the outlet and the date cannot be found', async () => {
    const page = await extractArticle(newsPage({ ...COURIER, jsonLd: false }).replace(/<title>.*?<\/title>/, '<title>A page</title>'));
    expect(page.kind).toBe('article');
    expect(page.warnings.join(' ')).toMatch(/no publication date found.*no outlet name found/);
  });
  it('decodes windows-1252 named by <meta charset> or by the header; curly quotes and dashes survive', async () => {
    const bytes = windows1252(newsPage(LEDGER).replace('<meta charset="utf-8">', '<meta charset="windows-1252">'));
    expect(decodeHtml(bytes).charset).toBe('windows-1252');
    const read = await readHtmlPage(bytes);
    expect('markdown' in read && read.markdown).toContain('“Smoke is the enemy, not water — water we know how to handle,” she said.');
    const undeclared = decodeHtml(windows1252(newsPage(LEDGER).replace('<meta charset="utf-8">', '')));
    expect(undeclared.charset).toBe('windows-1252');
    expect(undeclared.warnings[0]).toMatch(/not UTF-8/);
    expect(decodeHtml(Buffer.from('<meta charset="utf-8"><p>é</p>')).text).toContain('é');
  });
  it('refuses markup nested deeper than Readability can take in reasonable time, and a page with no body', async () => {
    const nested = (n: number) => `<html><body><article>${'<div>'.repeat(n)}<p>${'Deep words here, and more of them. '.repeat(40)}</p>${'</div>'.repeat(n)}</article></body></html>`;
    expect((await extractArticle(nested(100))).kind).toBe('article');
    expect((await extractArticle(nested(20_000))).kind).toBe('too-deep');
    expect((await extractArticle('')).kind).not.toBe('article');
  });
});

describe('HTML files dropped into a story folder', () => {
  it('are read through the same extractor; a page that is not an article is skipped with a warning', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'storyline-html-'));
    try {
      writeFileSync(join(dir, 'courier.html'), newsPage(COURIER));
      writeFileSync(join(dir, 'ledger.htm'), windows1252(newsPage(LEDGER).replace('<meta charset="utf-8">', '<meta charset="windows-1252">')));
      writeFileSync(join(dir, 'home.html'), '<html><head><meta property="og:type" content="website"></head><body><ul><li><a href="/a">A</a></li></ul></body></html>');
      const warnings: string[] = [];
      const story = await loadStory(dir, { onWarning: (w) => warnings.push(`${w.file}: ${w.reason}`) });
      expect(story.articles.map((a) => [a.file, a.meta.outlet, a.meta.published])).toEqual([
        ['courier.html', 'Dunmore Courier', '2025-10-14'],
        ['ledger.htm', 'Northern Ledger', '2025-10-17'],
      ]);
      expect(warnings).toEqual(['home.html: HTML page not read as an article (not-article); skipped']);
      expect(story.sentences.map((s) => s.text).join(' ')).not.toMatch(FURNITURE);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
