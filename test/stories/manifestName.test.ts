/** The story library names a folder from its story.json read with the loader's checks, never from a file outside it. */
import { mkdtemp, mkdir, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { manifestNameOf } from '../../src/story/loadStory.ts';

const made: string[] = [];
afterEach(async () => {
  await Promise.all(made.splice(0).map((d) => rm(d, { recursive: true, force: true })));
});

async function folder(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'storyline-manifest-'));
  made.push(dir);
  return dir;
}

describe('manifestNameOf', () => {
  it("reads the story's name from its story.json", async () => {
    const dir = await folder();
    await writeFile(join(dir, 'story.json'), JSON.stringify({ name: '  Harbour strike  ' }));
    expect(await manifestNameOf(dir)).toBe('Harbour strike');
  });

  it('gives no name for a story.json that links outside the folder, or none at all', async () => {
    const dir = await folder();
    const outside = await folder();
    await writeFile(join(outside, 'secret.json'), JSON.stringify({ name: 'Outside text' }));
    await symlink(join(outside, 'secret.json'), join(dir, 'story.json'));
    expect(await manifestNameOf(dir)).toBeUndefined();
    const empty = await folder();
    await mkdir(join(empty, 'sub'));
    expect(await manifestNameOf(empty)).toBeUndefined();
  });
});
