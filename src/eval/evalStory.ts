/** Scores one labelled story folder: loads it with the project's loader, runs the real analyses and handlers. */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { quotesOf } from '../analysis/quotes.ts';
import { timelineOf } from '../analysis/timeline.ts';
import { loadStory } from '../story/loadStory.ts';
import type { Story } from '../story/story.ts';
import { askStory, lookUpSpeaker } from './botAnswers.ts';
import { readLabels, type Labels, type LabelError } from './labels.ts';
import type { StoryReport } from './report.ts';
import { scoreDates } from './scoreDates.ts';
import { scoreQuestions } from './scoreQuestions.ts';
import { scoreQuotes } from './scoreQuotes.ts';
import { scoreSpeakers } from './scoreSpeakers.ts';
import { countOutcomes, missesOf, type Outcomes } from './tally.ts';
import type { RawTexts } from './labelText.ts';

export const LABELS_FILE = 'labels.json';

export class EvalInputError extends Error {}

/** Every outcome of a story's labels, with the bot's answers. */
export async function scoreStory(story: Story, labels: Labels, raw?: RawTexts): Promise<Outcomes> {
  const quotes = scoreQuotes(story, quotesOf(story), labels.quotes, raw);
  const speakers = await scoreSpeakers(labels.speakers, (query) => lookUpSpeaker(story, query));
  const dates = scoreDates(story, timelineOf(story).mentions, labels.dates, raw);
  const questions = await scoreQuestions(story, labels.questions, (question) => askStory(story, question));
  return {
    quotes: quotes.outcomes,
    speakers: speakers.outcomes,
    dates: dates.outcomes,
    questions: questions.outcomes,
    errors: [...quotes.errors, ...speakers.errors, ...dates.errors, ...questions.errors],
  };
}

async function rawTexts(story: Story): Promise<RawTexts> {
  const raw = new Map<string, string>();
  for (const a of story.articles) raw.set(a.file, await readFile(join(story.dir, a.file), 'utf8').catch(() => ''));
  return raw;
}

/** labels.json of a folder, read and checked. */
export async function readLabelsFile(dir: string): Promise<{ labels: Labels; errors: LabelError[] }> {
  const path = join(dir, LABELS_FILE);
  let data: unknown;
  try {
    data = JSON.parse(await readFile(path, 'utf8'));
  } catch (err) {
    throw new EvalInputError(`${path}: ${(err as NodeJS.ErrnoException).code === 'ENOENT' ? 'no labels file' : `not valid JSON (${(err as Error).message})`}`);
  }
  return readLabels(data);
}

export async function evalStoryDir(dir: string): Promise<StoryReport> {
  const { labels, errors } = await readLabelsFile(dir);
  const story = await loadStory(dir);
  const outcomes = await scoreStory(story, labels, await rawTexts(story));
  outcomes.errors.unshift(...errors);
  return {
    dir,
    name: labels.story ?? story.name,
    articles: story.articles.length,
    counts: countOutcomes(outcomes),
    misses: missesOf(outcomes),
    labelErrors: outcomes.errors,
  };
}

const exists = (path: string) => stat(path).then(() => true, () => false);

/** The story folders a DIR argument names: itself when it holds labels.json, else its sub-folders that do. */
export async function storyDirs(dir: string): Promise<string[]> {
  const info = await stat(dir).catch(() => undefined);
  if (!info?.isDirectory()) throw new EvalInputError(`${dir}: not a folder`);
  if (await exists(join(dir, LABELS_FILE))) return [dir];
  const found: string[] = [];
  for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
    if (entry.isDirectory() && (await exists(join(dir, entry.name, LABELS_FILE)))) found.push(join(dir, entry.name));
  }
  if (!found.length) throw new EvalInputError(`${dir}: no ${LABELS_FILE} in it or in its sub-folders (see eval/LABELS.md)`);
  return found;
}
