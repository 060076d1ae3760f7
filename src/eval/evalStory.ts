/** Scores one labelled story folder: loads it with the project's loader, runs the real analyses and handlers. */
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { quotesOf } from '../analysis/quotes.ts';
import { timelineOf } from '../analysis/timeline.ts';
import { loadStory, StoryLoadError } from '../story/loadStory.ts';
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
  const dates = scoreDates(story, timelineOf(story).mentions, labels.dates, labels.notDates, raw);
  const questions = await scoreQuestions(story, labels.questions, (question) => askStory(story, question), raw);
  // What the bot found beyond the labels counts only for a kind the story labels.
  return {
    quotes: quotes.outcomes,
    claims: labels.quotes.length ? quotes.claims : [],
    speakers: speakers.outcomes,
    dates: dates.outcomes,
    extraDates: { unlabelled: labels.dates.length ? dates.unlabelled : [], notDatesRead: dates.notDatesRead, notDates: dates.notDates },
    questions: questions.outcomes,
    errors: [...quotes.errors, ...speakers.errors, ...dates.errors, ...questions.errors],
  };
}

/** Each article's file as written, to tell words the loader dropped from words that are not there. */
export async function rawTexts(story: Story): Promise<RawTexts> {
  const raw = new Map<string, string>();
  for (const a of story.articles) raw.set(a.file, await readFile(join(story.dir, a.file), 'utf8').catch(() => ''));
  return raw;
}

/** A JSON file of a folder, parsed; undefined when there is none. */
async function readJson(dir: string, file: string): Promise<unknown> {
  const path = join(dir, file);
  let text: string;
  try {
    text = await readFile(path, 'utf8');
  } catch (err) {
    if ((err as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new EvalInputError(`${path}: cannot be read (${(err as Error).message})`);
  }
  try {
    return JSON.parse(text);
  } catch (err) {
    throw new EvalInputError(`${path}: not valid JSON (${(err as Error).message})`);
  }
}

/** The labels of a folder (its labels.json); undefined when it has none. */
const labelsData = (dir: string): Promise<unknown> => readJson(dir, LABELS_FILE);

/** The labels of a folder, read and checked. */
export async function readLabelsFile(dir: string): Promise<{ labels: Labels; errors: LabelError[] }> {
  const data = await labelsData(dir);
  if (data === undefined) throw new EvalInputError(`${join(dir, LABELS_FILE)}: no labels file`);
  return readLabels(data);
}

/** A labelled folder scored: its story (loaded unless given), labels, and every outcome with the label errors. */
export async function evalLabelled(dir: string, loaded?: Story): Promise<{ story: Story; labels: Labels; outcomes: Outcomes }> {
  const { labels, errors } = await readLabelsFile(dir);
  let story: Story;
  try {
    story = loaded ?? (await loadStory(dir));
  } catch (err) {
    if (err instanceof StoryLoadError) throw new EvalInputError(`${dir}: ${err.message}`);
    throw err;
  }
  const outcomes = await scoreStory(story, labels, await rawTexts(story));
  outcomes.errors.unshift(...errors);
  return { story, labels, outcomes };
}

export async function evalStoryDir(dir: string): Promise<StoryReport> {
  const { story, labels, outcomes } = await evalLabelled(dir);
  return {
    dir,
    name: labels.story ?? story.name,
    articles: story.articles.length,
    counts: countOutcomes(outcomes),
    misses: missesOf(outcomes),
    labelErrors: outcomes.errors,
  };
}

/** Whether a folder has labels (a labels file that is not valid JSON counts: scoring it reports that). */
const hasLabels = (dir: string) => labelsData(dir).then((data) => data !== undefined, (err) => err instanceof EvalInputError);

/**
 * The story folders a DIR argument names: itself when it holds labels, else its sub-folders that do; `skipped`:
 * the sub-folders without labels.
 */
export async function storyDirs(dir: string): Promise<{ dirs: string[]; skipped: string[] }> {
  const info = await stat(dir).catch(() => undefined);
  if (!info?.isDirectory()) throw new EvalInputError(`${dir}: not a folder`);
  if (await hasLabels(dir)) return { dirs: [dir], skipped: [] };
  const dirs: string[] = [];
  const skipped: string[] = [];
  for (const entry of (await readdir(dir, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
    if (!entry.isDirectory() || entry.name.startsWith('.')) continue;
    ((await hasLabels(join(dir, entry.name))) ? dirs : skipped).push(join(dir, entry.name));
  }
  if (!dirs.length) throw new EvalInputError(`${dir}: no ${LABELS_FILE} in it or in its sub-folders (see eval/LABELS.md)`);
  return { dirs, skipped };
}
