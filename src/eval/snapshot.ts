/**
 * npm run snapshot -- DIR…: every result of the analyses on story folders, one line each, in a stable order:
 * people, every quote occurrence with its speaker, every date mention with what it resolved to, and the
 * timeline's events. Two snapshots taken before and after a change that should not change behaviour
 * (a refactor) must be identical: `diff` shows every answer it moved.
 * DIR is a story folder (it holds articles) or a folder of story folders.
 */
import { readdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { quotesOf } from '../analysis/quotes.ts';
import { timelineOf } from '../analysis/timeline.ts';
import { loadStory } from '../story/loadStory.ts';

const ARTICLE = /\.(?:md|txt|html?|eml|json)$/i;

async function storyFolders(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true });
  if (entries.some((e) => e.isFile() && ARTICLE.test(e.name) && e.name !== 'labels.json')) return [dir];
  const subs = entries.filter((e) => e.isDirectory() && !e.name.startsWith('.')).map((e) => join(dir, e.name)).sort();
  return (await Promise.all(subs.map(storyFolders))).flat();
}

const short = (text: string, length = 70): string => (text.length > length ? `${text.slice(0, length)}…` : text).replace(/\s+/g, ' ');

/** The snapshot lines of one story folder. */
export async function snapshotStory(dir: string): Promise<string[]> {
  const lines = [`# ${dir}`];
  let story;
  try {
    story = await loadStory(dir, { onWarning: () => undefined });
  } catch (err) {
    return [...lines, `load error: ${(err as Error).message}`];
  }
  lines.push(`articles ${story.articles.length} sentences ${story.sentences.length}`);
  const analysis = quotesOf(story);
  for (const person of analysis.people.all) lines.push(`person ${person.kind} ${person.name} [${person.aliases.join('|')}] ${person.description ?? ''} ${person.gender ?? ''}`);
  const nameOf = (id: string | null): string => (id === null ? '-' : (analysis.people.get(id)?.name ?? id));
  for (const o of analysis.occurrences) lines.push(`quote ${o.file}:${o.paragraph} ${o.attribution} ${nameOf(o.speakerId)}${o.source ? ` (${o.source})` : ''} ${short(o.text)}`);
  const timeline = timelineOf(story);
  for (const m of timeline.mentions) {
    const where = `${m.sentence.file}:${m.sentence.paragraph}`;
    lines.push(`date ${where} @${m.index} "${m.expression}" → ${m.date ? `${m.date.start}..${m.date.end} ${m.date.granularity}` : `unresolved: ${m.unresolved ?? ''}`}`);
  }
  for (const e of timeline.events) lines.push(`event ${e.date.start}..${e.date.end} ${e.date.granularity} ×${e.sources} ${short(e.text)}`);
  for (const u of timeline.unplaced) lines.push(`unplaced "${u.expression}" ${u.label}`);
  return lines;
}

export async function snapshot(dirs: readonly string[]): Promise<string> {
  const out: string[] = [];
  for (const dir of dirs) {
    if (!(await stat(dir).catch(() => undefined))?.isDirectory()) throw new Error(`${dir}: not a folder`);
    for (const folder of await storyFolders(dir)) out.push(...(await snapshotStory(folder)));
  }
  return out.join('\n') + '\n';
}

if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const dirs = process.argv.slice(2);
  if (!dirs.length) {
    process.stderr.write('usage: npm run snapshot -- DIR…  (story folders, or folders of story folders)\n');
    process.exitCode = 2;
  } else process.stdout.write(await snapshot(dirs));
}
