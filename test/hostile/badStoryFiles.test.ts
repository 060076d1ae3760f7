import { mkdtemp, rm, symlink, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Command, UserInputError } from '../../src/commands/command.ts';
import { loadCommands } from '../../src/commands/registry.ts';
import { present } from '../../src/render/present/index.ts';
import { loadStory } from '../../src/story/loadStory.ts';
import type { Story } from '../../src/story/story.ts';
import type { LoadWarning } from '../../src/story/types.ts';

/**
 * A story folder full of hostile files next to one good article: each bad file is skipped or handled
 * with a warning naming it, and every command still answers from what loaded.
 */
let dir: string;
let outside: string;
let story: Story;
let commands: Map<string, Command>;
const warnings: LoadWarning[] = [];

const GOOD = `---
title: Bridge reopens after repairs
outlet: The Valley Post
published: 2025-05-02
---
The Miller Street bridge reopened on Thursday after six weeks of repairs.
"We are glad to have it back," said Mayor Ruth Ellison.
Engineers said the deck would be inspected again in the autumn.
`;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'storyline-hostile-'));
  outside = await mkdtemp(join(tmpdir(), 'storyline-outside-'));
  await writeFile(join(dir, 'good.md'), GOOD);
  await writeFile(join(dir, 'empty.txt'), '');
  await writeFile(join(dir, 'binary.txt'), Buffer.from([0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10, 0x4a, 0x46]));
  await writeFile(join(dir, 'invalid-utf8.txt'), Buffer.from([0x54, 0x68, 0x65, 0x20, 0xc3, 0x28, 0x20, 0x65, 0x6e, 0x64, 0x2e]));
  await writeFile(join(dir, 'huge.txt'), '');
  await truncate(join(dir, 'huge.txt'), 50 * 1024 * 1024);
  await writeFile(join(dir, 'all-quotes.txt'), '"""""""""\n“““““”””””\n\'\'\'\'\'\n"\n”\n'.repeat(200));
  await writeFile(join(dir, 'unterminated.txt'), 'The chief said: "We will never close the bridge again. And then nothing closed the quote.\nAnother line with “an opening mark only.\n');
  await writeFile(join(dir, 'wrong-types.md'), '---\ntitle: 42\npublished: [2025, 5, 2]\noutlet: {name: Post}\nauthor: true\n---\nThe council met on Monday and said nothing new.\n');
  await writeFile(join(dir, 'broken-front-matter.md'), '---\ntitle: "unclosed\n---\nBody.\n');
  await writeFile(join(dir, 'nul-in-text.txt'), 'Looks like text\u0000but has a NUL byte.');
  await writeFile(join(outside, 'private.txt'), 'This file lives outside the story folder and must never be served.');
  await symlink(join(outside, 'private.txt'), join(dir, 'escape.txt'));
  await writeFile(join(dir, 'mentions.txt'), '@everyone the bridge is open. <@123456789012345678> said "@here come see it" on Friday.\n');
  story = await loadStory(dir, { onWarning: (w) => warnings.push(w) });
  commands = await loadCommands();
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
  await rm(outside, { recursive: true, force: true });
});

describe('a story folder with hostile files', () => {
  it('skips each unreadable file with a warning that names it', () => {
    const byFile = new Map(warnings.map((w) => [w.file, w.reason]));
    expect(byFile.get('empty.txt')).toMatch(/empty/);
    expect(byFile.get('binary.txt')).toMatch(/binary|UTF-8/);
    expect(byFile.get('invalid-utf8.txt')).toMatch(/UTF-8/);
    expect(byFile.get('huge.txt')).toMatch(/larger than 5 MB/);
    expect(byFile.get('broken-front-matter.md')).toMatch(/front matter/);
    expect(byFile.get('nul-in-text.txt')).toMatch(/binary/);
    expect(byFile.get('escape.txt')).toMatch(/outside the story folder/);
    expect(byFile.get('wrong-types.md')).toMatch(/front matter: field/);
    const loaded = story.articles.map((a) => a.file);
    expect(loaded).toEqual(expect.arrayContaining(['good.md', 'unterminated.txt', 'wrong-types.md', 'mentions.txt']));
    for (const skipped of ['empty.txt', 'binary.txt', 'invalid-utf8.txt', 'huge.txt', 'broken-front-matter.md', 'nul-in-text.txt', 'escape.txt']) {
      expect(loaded).not.toContain(skipped);
    }
    expect(story.sentences.some((s) => s.text.includes('must never be served'))).toBe(false);
  });

  it('keeps an article whose front matter has wrong types, without the bad fields', () => {
    const article = story.article('wrong-types.md');
    expect(article.meta.published).toBeUndefined();
    expect(article.meta.outlet).toBeUndefined();
    expect(article.sentences[0].text).toBe('The council met on Monday and said nothing new.');
  });

  it('answers every command, with and without options, from what loaded', async () => {
    const attempts: Record<string, string>[] = [{}, { question: 'bridge', about: 'bridge', quote: 'glad to have it back', speaker: 'Ellison' }, { question: '"', about: '“', quote: '"', speaker: '"' }];
    for (const command of commands.values()) {
      for (const attempt of attempts) {
        const options = Object.fromEntries(command.options.filter((o) => attempt[o.name] !== undefined).map((o) => [o.name, attempt[o.name]]));
        try {
          const answer = await command.handler(story, options);
          expect(present(command.name, answer).title.length).toBeGreaterThan(0);
        } catch (err) {
          expect(err, `/${command.name} ${JSON.stringify(options)}`).toBeInstanceOf(UserInputError);
        }
      }
    }
  });

  it('still attributes the good article\'s quote correctly next to the all-quotes file', async () => {
    const whoSaid = commands.get('who-said')!;
    const answer = (await whoSaid.handler(story, { quote: 'glad to have it back' })) as { quotes: { speaker: { name: string } | null }[] };
    expect(answer.quotes[0]?.speaker?.name).toBe('Ruth Ellison');
  });
});
