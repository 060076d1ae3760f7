import { randomBytes } from 'node:crypto';
import { link, mkdir, open, rename, unlink } from 'node:fs/promises';
import { extname, join } from 'node:path';
import type { ArticleMeta } from '../story/types.ts';

/** Folder (inside a story folder) where removed articles are kept; the loader never reads it. */
export const REMOVED_DIR = '.removed';

/** The text without dashes at its start or end (a scan from each end: no pattern to go quadratic). */
function withoutEdgeDashes(text: string): string {
  let from = 0;
  let to = text.length;
  while (from < to && text[from] === '-') from++;
  while (to > from && text[to - 1] === '-') to--;
  return text.slice(from, to);
}

/** A file-name-safe, readable slug: lower case ASCII letters, digits and dashes. */
export function slug(text: string, max = 60): string {
  const out = text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-');
  // Dashes at either end go (one at most there, after the replace above), then again after the cut.
  return withoutEdgeDashes(withoutEdgeDashes(out).slice(0, max)) || 'article';
}

/** YAML front matter (values as JSON strings, which YAML reads as double-quoted scalars) and the body. */
export function articleMarkdown(meta: ArticleMeta & { source?: string; added?: string }, body: string): string {
  const lines = ['---'];
  for (const key of ['title', 'outlet', 'author', 'published', 'url', 'source', 'added'] as const) {
    const value = meta[key];
    if (value) lines.push(`${key}: ${JSON.stringify(value.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' '))}`);
  }
  lines.push('---', '', body.trim(), '');
  return lines.join('\n');
}

/**
 * Writes a new file into the folder without ever replacing one: `base.ext`, else `base-2.ext`, … The text is
 * written to a hidden temporary file first and renamed into place, so a watcher never reads half a file.
 */
export async function writeNewFile(dir: string, base: string, ext: string, text: string): Promise<string> {
  const temp = join(dir, `.tmp-${randomBytes(6).toString('hex')}`);
  const handle = await open(temp, 'wx');
  try {
    await handle.writeFile(text, 'utf8');
  } finally {
    await handle.close();
  }
  try {
    for (let n = 1; n < 1000; n++) {
      const name = `${base}${n === 1 ? '' : `-${n}`}${ext}`;
      try {
        // link + unlink: fails when the name exists, so nothing is overwritten even in a race.
        await link(temp, join(dir, name));
        return name;
      } catch (err) {
        if ((err as NodeJS.ErrnoException).code !== 'EEXIST') throw err;
      }
    }
    throw new Error('too many files with the same name');
  } finally {
    await unlink(temp).catch(() => {});
  }
}

/** Moves an article into the story's .removed/ folder (never deletes); returns its new relative path. */
export async function moveToRemoved(dir: string, file: string): Promise<string> {
  const removed = join(dir, REMOVED_DIR);
  await mkdir(removed, { recursive: true });
  const ext = extname(file);
  const base = file.slice(0, file.length - ext.length);
  const stamp = new Date().toISOString().replace(/[:.]/g, '-');
  const target = `${base}.${stamp}${ext}`;
  await rename(join(dir, file), join(removed, target));
  return `${REMOVED_DIR}/${target}`;
}
