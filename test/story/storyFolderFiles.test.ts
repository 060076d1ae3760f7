import { execFileSync } from 'node:child_process';
import { mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadStory } from '../../src/story/loadStory.ts';

const GOOD = 'Harbor City voted on Tuesday to build a seawall. The mayor said it was overdue.\n';
let dir: string;
let outside: string;

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'storyline-folder-'));
  outside = await mkdtemp(join(tmpdir(), 'storyline-outside-'));
  await writeFile(join(dir, 'a.txt'), GOOD);
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
  await rm(outside, { recursive: true, force: true });
});

describe('story.json is read with the checks an article gets', () => {
  it('does not hang on a story.json that is a FIFO', async () => {
    execFileSync('mkfifo', [join(dir, 'story.json')]);
    const story = await loadStory(dir);
    expect(story.articles).toHaveLength(1);
    expect(story.warnings).toContainEqual({ file: 'story.json', reason: 'not a regular file; metadata ignored' });
  });

  it('does not read a story.json that links outside the folder, nor /dev/zero', async () => {
    await writeFile(join(outside, 'secret.json'), '{"name": "SECRET FIRST LINE"}');
    await symlink(join(outside, 'secret.json'), join(dir, 'story.json'));
    const story = await loadStory(dir);
    expect(story.name).not.toContain('SECRET');
    expect(story.warnings).toContainEqual({ file: 'story.json', reason: 'points outside the story folder; metadata ignored' });
    await rm(join(dir, 'story.json'));
    await symlink('/dev/zero', join(dir, 'story.json'));
    const again = await loadStory(dir);
    expect(again.warnings.map((w) => w.file)).toContain('story.json');
  });

  it('strips any number of byte-order marks, from articles and story.json', async () => {
    await writeFile(join(dir, 'b.md'), '\uFEFF\uFEFF---\ntitle: Seawall vote\n---\nThe council voted on Tuesday. The mayor was pleased.\n');
    await writeFile(join(dir, 'story.json'), '\uFEFF\uFEFF{"name": "Seawall"}');
    const story = await loadStory(dir);
    expect(story.name).toBe('Seawall');
    expect(story.article('b.md').title).toBe('Seawall vote');
    expect(story.sentences.map((s) => s.text).join(' ')).not.toContain('title:');
  });

  it('skips an article that is a FIFO or links outside, naming it', async () => {
    execFileSync('mkfifo', [join(dir, 'pipe.txt')]);
    await writeFile(join(outside, 'x.txt'), GOOD);
    await symlink(join(outside, 'x.txt'), join(dir, 'link.txt'));
    const story = await loadStory(dir);
    expect(story.articles.map((a) => a.file)).toEqual(['a.txt']);
    expect(story.warnings).toEqual(
      expect.arrayContaining([
        { file: 'pipe.txt', reason: 'not a regular file; skipped' },
        { file: 'link.txt', reason: 'symbolic link pointing outside the story folder; skipped' },
      ]),
    );
  });
});
