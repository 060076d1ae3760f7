/**
 * Times one analysis step (or all of them) on a generated story of N news articles, in this thread: wall
 * and CPU time. With `node --cpu-prof` it is the way to profile a step.
 *
 *   node --max-old-space-size=8192 --import tsx bench/probe/steps.ts STEP [N=5000]
 *   STEP: load | index | people | quotes (people first) | timeline | topics | all
 */
import { peopleOf } from '../../src/analysis/people.ts';
import { quotesOf } from '../../src/analysis/quotes.ts';
import { timelineOf } from '../../src/analysis/timeline.ts';
import { topicsOf } from '../../src/analysis/topics.ts';
import { articleFromText } from '../../src/story/loadStory.ts';
import { Story } from '../../src/story/story.ts';
import type { Article } from '../../src/story/types.ts';
import { newsArticles } from '../lib/newsText.ts';

const step = process.argv[2] ?? 'all';
const count = Number(process.argv[3] ?? 5000);
const texts = newsArticles(count);

function time(name: string, work: () => unknown): void {
  const cpu = process.cpuUsage();
  const start = performance.now();
  work();
  const used = process.cpuUsage(cpu);
  console.log(`${name.padEnd(9)} wall ${Math.round(performance.now() - start)} ms  cpu ${Math.round((used.user + used.system) / 1000)} ms`);
}

let articles: Article[] = [];
time('load', () => (articles = texts.map((text, i) => articleFromText(`${String(i).padStart(5, '0')}.txt`, text).article)));
const story = new Story({ dir: '/bench', name: 'bench', version: 'bench', articles });
const steps: Record<string, () => unknown> = { index: () => story.index, people: () => peopleOf(story), quotes: () => quotesOf(story), timeline: () => timelineOf(story), topics: () => topicsOf(story) };
if (step === 'all') for (const [name, work] of Object.entries(steps)) time(name, work);
else if (step === 'quotes') for (const name of ['people', 'quotes']) time(name, steps[name]);
else if (steps[step]) time(step, steps[step]);
else if (step !== 'load') throw new Error(`no step ${step}: load, index, people, quotes, timeline, topics or all`);
