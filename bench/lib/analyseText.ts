/** Times loading one or more article texts and building every analysis a command needs, as the bot's warm-up does. */
import { peopleOf } from '../../src/analysis/people.ts';
import { quotesOf } from '../../src/analysis/quotes.ts';
import { timelineOf } from '../../src/analysis/timeline.ts';
import { topicsOf } from '../../src/analysis/topics.ts';
import { articleFromText } from '../../src/story/loadStory.ts';
import { Story } from '../../src/story/story.ts';

export interface StepTimes {
  load: number;
  /** The search index (a story now builds it on first use; the search worker builds it for the bot). */
  index: number;
  people: number;
  quotes: number;
  timeline: number;
  topics: number;
  total: number;
}

/** Parses the texts as articles of one story, indexes it and builds each analysis, timing each step (ms). */
export function analyseTexts(texts: readonly string[]): StepTimes {
  const time = <T>(f: () => T): [T, number] => {
    const start = performance.now();
    const value = f();
    return [value, performance.now() - start];
  };
  const [story, load] = time(
    () =>
      new Story({
        dir: '/bench',
        name: 'bench',
        version: 'bench',
        articles: texts.map((text, i) => articleFromText(`${String(i).padStart(5, '0')}.txt`, text).article),
      }),
  );
  const [, index] = time(() => story.index);
  const [, people] = time(() => peopleOf(story));
  const [, quotes] = time(() => quotesOf(story));
  const [, timeline] = time(() => timelineOf(story));
  const [, topics] = time(() => topicsOf(story));
  return { load, index, people, quotes, timeline, topics, total: load + index + people + quotes + timeline + topics };
}
