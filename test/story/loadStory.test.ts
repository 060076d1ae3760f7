import { mkdtemp, rm, symlink, writeFile, mkdir } from 'node:fs/promises';
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadStory, MAX_ARTICLE_BYTES, StoryLoadError } from '../../src/story/loadStory.ts';
import type { LoadWarning } from '../../src/story/types.ts';

const GOOD = 'Harbor City voted on Tuesday to build a seawall. The mayor said it was overdue.\n';

describe('loading the seed story', () => {
  it('loads all five articles with the manifest metadata and stable sentence ids', async () => {
    const story = await loadStory('seeds');
    expect(story.articles.map((a) => a.file)).toEqual([
      '000_1c426f88f6299e34.txt',
      '001_97d33c003b3ba0ae.txt',
      '002_8d624164c51a8544.txt',
      '003_1d7a7702461e28db.txt',
      '004_063e0528626d6d2d.txt',
    ]);
    expect(story.warnings).toEqual([]);
    expect(story.name).toMatch(/Putin/);
    expect(story.articles.map((a) => a.meta.published)).toEqual(['2018-07-19', '2018-07-19', '2018-07-19', '2018-07-20', '2018-07-19']);
    const nbc = story.article('001_97d33c003b3ba0ae.txt');
    expect(nbc.meta.outlet).toBe('NBC News');
    expect(nbc.meta.author).toBe('Dartunorro Clark');
    expect(nbc.title).toBe('Talks underway for Putin visit to Washington, White House says');
    expect(story.article('002_8d624164c51a8544.txt').title).toBe("Trump's White House Is Inviting Putin To Washington & Wow, That Was Fast");
    // Unstated outlets stay unset; an untitled article shows its first sentence.
    const untitled = story.article('003_1d7a7702461e28db.txt');
    expect(untitled.meta.outlet).toBeUndefined();
    expect(untitled.title).toBeUndefined();
    expect(untitled.displayTitle).toMatch(/^President Donald Trump has invited his Russian counterpart/);
    const ids = story.sentences.map((s) => s.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(ids[0]).toBe('000_1c426f88f6299e34.txt#p1s1');
  });

  it('removes page furniture and keeps the story', async () => {
    const story = await loadStory('seeds');
    const text = story.sentences.map((s) => s.text).join('\n');
    for (const furniture of ['Share this article', 'Close Button', 'More From This Section', 'Copyright Alexei Nikolsky', 'Getty Images', 'Please check back for updates', 'By Dartunorro Clark', 'Sarah Sanders@PressSec']) {
      expect(text).not.toContain(furniture);
    }
    expect(text).toContain('He laughed and said: "That\'s going to be special."');
    // The embedded tweet's account line is kept as who posted the paragraph that follows.
    const tweet = story.article('000_1c426f88f6299e34.txt').paragraphs.find((p) => p.embeddedPost);
    expect(tweet?.embeddedPost).toEqual({ name: 'Sarah Sanders', handle: 'PressSec' });
    expect(tweet?.text).toMatch(/^In Helsinki, @POTUS agreed/);
  });

  it('splits sentences without breaking at U.S., D.C. or inside quoted ellipses', async () => {
    const story = await loadStory('seeds');
    const texts = story.sentences.map((s) => s.text);
    expect(texts).toContain('President Donald Trump has invited Russian President Vladimir Putin to Washington, D.C., this fall.');
    expect(texts.some((t) => t.startsWith('President Trump disagreed with the findings of U.S. intelligence analyses'))).toBe(true);
    expect(texts.every((t) => !/^(S\.|C\.|\.\.)/.test(t))).toBe(true);
  });

  it('gives the same version for the same content and a different one when an article changes', async () => {
    const a = await loadStory('seeds');
    const b = await loadStory('seeds');
    expect(a.version).toBe(b.version);
    const dir = await mkdtemp(join(tmpdir(), 'storyline-version-'));
    await writeFile(join(dir, 'a.txt'), GOOD);
    const v1 = (await loadStory(dir)).version;
    await writeFile(join(dir, 'a.txt'), GOOD + 'One more sentence.\n');
    const v2 = (await loadStory(dir)).version;
    expect(v2).not.toBe(v1);
    await rm(dir, { recursive: true });
  });
});

describe('loading a folder with bad files', () => {
  let dir: string;
  beforeEach(async () => {
    dir = await mkdtemp(join(tmpdir(), 'storyline-bad-'));
  });
  afterEach(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  async function load() {
    const warnings: LoadWarning[] = [];
    const story = await loadStory(dir, { onWarning: (w) => warnings.push(w) });
    return { story, warnings, reasons: Object.fromEntries(warnings.map((w) => [w.file, w.reason])) };
  }

  it('skips each bad file with a warning naming it and the reason, and loads the rest', async () => {
    await writeFile(join(dir, 'good.txt'), GOOD);
    await writeFile(join(dir, 'empty.txt'), '');
    await writeFile(join(dir, 'binary.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01, 0x02]));
    await writeFile(join(dir, 'latin1.txt'), Buffer.from('Caf\xe9 society met on Monday.', 'latin1'));
    await writeFile(join(dir, 'huge.txt'), Buffer.alloc(MAX_ARTICLE_BYTES + 1, 'a'));
    await writeFile(join(dir, 'unclosed.md'), '---\ntitle: never closed\n\nBody text here.\n');
    await writeFile(join(dir, 'badyaml.md'), '---\ntitle: [unclosed\n---\nBody text here.\n');
    await writeFile(join(dir, 'furniture.txt'), 'Share this article\nComments\nAdvertisement\n');
    await writeFile(join(dir, 'notes.json'), '{"not": "an article"}');
    const { story, reasons } = await load();
    expect(story.articles.map((a) => a.file)).toEqual(['good.txt']);
    expect(reasons['empty.txt']).toMatch(/empty/);
    expect(reasons['binary.txt']).toMatch(/binary/);
    expect(reasons['latin1.txt']).toMatch(/UTF-8/);
    expect(reasons['huge.txt']).toMatch(/larger than 5 MB/);
    expect(reasons['unclosed.md']).toMatch(/never closed/);
    expect(reasons['badyaml.md']).toMatch(/not valid YAML/);
    expect(reasons['furniture.txt']).toMatch(/no article text/);
    expect(reasons['notes.json']).toBeUndefined();
  });

  it('keeps an article whose front matter has fields of the wrong type, dropping those fields', async () => {
    await writeFile(join(dir, 'typed.md'), '---\ntitle: [1, 2]\npublished: yesterday\noutlet: The Ledger\n---\n' + GOOD);
    const { story, reasons } = await load();
    const article = story.article('typed.md');
    expect(article.meta.outlet).toBe('The Ledger');
    expect(article.meta.published).toBeUndefined();
    expect(reasons['typed.md']).toMatch(/published|title/);
  });

  it('skips a symbolic link that points outside the story folder', async () => {
    const outside = await mkdtemp(join(tmpdir(), 'storyline-outside-'));
    await writeFile(join(outside, 'secret.txt'), 'A private note that must not be served. It has two sentences.');
    await writeFile(join(dir, 'good.txt'), GOOD);
    await symlink(join(outside, 'secret.txt'), join(dir, 'link.txt'));
    const { story, reasons } = await load();
    expect(story.articles.map((a) => a.file)).toEqual(['good.txt']);
    expect(reasons['link.txt']).toMatch(/outside the story folder/);
    await rm(outside, { recursive: true });
  });

  it('reads a manifest, warns about its bad entries and about files it lists that do not exist', async () => {
    await writeFile(join(dir, 'good.txt'), GOOD);
    await writeFile(
      join(dir, 'story.json'),
      JSON.stringify({ name: 'Seawall', articles: { 'good.txt': { outlet: 'Ledger', published: '2024-02-30' }, 'gone.txt': {}, 'x.txt': 5 } }),
    );
    const { story, warnings } = await load();
    expect(story.name).toBe('Seawall');
    expect(story.article('good.txt').meta.outlet).toBe('Ledger');
    expect(story.article('good.txt').meta.published).toBeUndefined();
    const text = warnings.map((w) => `${w.file}: ${w.reason}`).join('\n');
    expect(text).toMatch(/good\.txt: story\.json: field "published"/);
    expect(text).toMatch(/lists gone\.txt/);
    expect(text).toMatch(/entry for x\.txt/);
  });

  it('fails with a clear error when no article is readable', async () => {
    await writeFile(join(dir, 'empty.txt'), '');
    await expect(loadStory(dir)).rejects.toThrow(StoryLoadError);
    await expect(loadStory(dir)).rejects.toThrow(/no readable article.*empty\.txt: empty file/);
  });

  it('fails with a clear error when the folder does not exist', async () => {
    await expect(loadStory(join(dir, 'missing'))).rejects.toThrow(/cannot read the story folder .*ENOENT/);
  });

  it('ignores sub-folders and hidden files', async () => {
    await writeFile(join(dir, 'good.txt'), GOOD);
    await writeFile(join(dir, '.hidden.txt'), GOOD);
    await mkdir(join(dir, 'sub.txt'));
    const { story, warnings } = await load();
    expect(story.articles.map((a) => a.file)).toEqual(['good.txt']);
    expect(warnings).toEqual([]);
  });
});

describe('publication dates from wire datelines', () => {
  it('dates an article with no date in its metadata from its dateline, and cites it so', async () => {
    const story = await loadStory('test/fixtures/stories/dates-disaster');
    const wire = story.article('a-wire.txt');
    expect(wire.meta.published).toBe('2022-09-28');
    expect(story.cite(wire.sentences[0]).published).toBe('2022-09-28');
  });
});

describe('reloading with the articles parsed before', () => {
  it('parses only files that changed, and gives the same story as a fresh load', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'storyline-parsed-'));
    try {
      cpSync('seeds', dir, { recursive: true });
      const parsed = new Map();
      await loadStory(dir, { parsed });
      const first = new Map([...parsed].map(([file, entry]) => [file, entry.article]));
      writeFileSync(join(dir, '003_1d7a7702461e28db.txt'), 'An edited article. It has two sentences.\n');
      const again = await loadStory(dir, { parsed });
      const fresh = await loadStory(dir);
      expect(again.version).toBe(fresh.version);
      expect(JSON.stringify(again.articles)).toBe(JSON.stringify(fresh.articles));
      expect(again.sentences.map((s) => s.index)).toEqual(fresh.sentences.map((s) => s.index));
      for (const [file, entry] of parsed) expect(entry.article === first.get(file), file).toBe(file !== '003_1d7a7702461e28db.txt');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
