/** Outcomes counted into a story's score, scores added into a total, and the list of misses. */
import type { LabelError } from './labels.ts';
import { expectedOf, type QuoteOutcome } from './scoreQuotes.ts';
import type { SpeakerOutcome } from './scoreSpeakers.ts';
import type { DateOutcome } from './scoreDates.ts';
import type { QuestionOutcome } from './scoreQuestions.ts';

export interface Counts {
  quotes: { labels: number; right: number; abstained: number; wrong: number };
  /** person: the right person whatever the count of quotes. */
  speakers: { labels: number; right: number; person: number };
  /** date: first and last day right; dateAndGranularity: the granularity too. */
  dates: { labels: number; date: number; dateAndGranularity: number };
  /** Answerable questions: top1, top3, reciprocalRanks (their sum; MRR = reciprocalRanks / labels). */
  questions: { labels: number; top1: number; top3: number; reciprocalRanks: number; notInStory: number; saidNotInStory: number };
  labelErrors: number;
}

export interface Miss {
  kind: 'quote' | 'speaker' | 'date' | 'question';
  /** The label, as it can be found in labels.json. */
  label: string;
  expected: string;
  said: string;
}

export interface Outcomes {
  quotes: QuoteOutcome[];
  speakers: SpeakerOutcome[];
  dates: DateOutcome[];
  questions: QuestionOutcome[];
  errors: LabelError[];
}

export function emptyCounts(): Counts {
  return {
    quotes: { labels: 0, right: 0, abstained: 0, wrong: 0 },
    speakers: { labels: 0, right: 0, person: 0 },
    dates: { labels: 0, date: 0, dateAndGranularity: 0 },
    questions: { labels: 0, top1: 0, top3: 0, reciprocalRanks: 0, notInStory: 0, saidNotInStory: 0 },
    labelErrors: 0,
  };
}

export function countOutcomes(o: Outcomes): Counts {
  const c = emptyCounts();
  for (const q of o.quotes) {
    c.quotes.labels++;
    c.quotes[q.verdict]++;
  }
  for (const s of o.speakers) {
    c.speakers.labels++;
    if (s.verdict === 'right') c.speakers.right++;
    if (s.verdict === 'right' || s.verdict === 'count') c.speakers.person++;
  }
  for (const d of o.dates) {
    c.dates.labels++;
    if (d.verdict === 'right' || d.verdict === 'date') c.dates.date++;
    if (d.verdict === 'right') c.dates.dateAndGranularity++;
  }
  for (const q of o.questions) {
    if (q.label.notInStory) {
      c.questions.notInStory++;
      if (q.saidNotInStory) c.questions.saidNotInStory++;
      continue;
    }
    c.questions.labels++;
    if (q.rank === 1) c.questions.top1++;
    if (q.rank >= 1 && q.rank <= 3) c.questions.top3++;
    if (q.rank >= 1) c.questions.reciprocalRanks += 1 / q.rank;
  }
  c.labelErrors = o.errors.length;
  return c;
}

/** The sum of several stories' counts. */
export function addCounts(all: readonly Counts[]): Counts {
  const total = emptyCounts();
  for (const c of all) {
    for (const part of ['quotes', 'speakers', 'dates', 'questions'] as const) {
      const into = total[part] as unknown as Record<string, number>;
      for (const [k, v] of Object.entries(c[part])) into[k] += v;
    }
    total.labelErrors += c.labelErrors;
  }
  return total;
}

/** Every label the bot did not get fully right, with what it said. */
export function missesOf(o: Outcomes): Miss[] {
  const misses: Miss[] = [];
  for (const q of o.quotes) {
    if (q.verdict !== 'right') misses.push({ kind: 'quote', label: `${q.label.file}: “${q.label.words}”`, expected: expectedOf(q.label), said: `${q.verdict === 'wrong' ? 'WRONG ' : ''}${q.said}` });
  }
  for (const s of o.speakers) {
    if (s.verdict !== 'right') misses.push({ kind: 'speaker', label: `“${s.label.query}”`, expected: `${s.label.person}, ${s.label.quotes} quote${s.label.quotes === 1 ? '' : 's'}`, said: s.said });
  }
  for (const d of o.dates) {
    if (d.verdict !== 'right') {
      const l = d.label;
      misses.push({ kind: 'date', label: `${l.file}: “${l.expression}” (${l.words})`, expected: `${l.start}..${l.end} ${l.granularity}`, said: d.verdict === 'date' ? `${d.said} (days right)` : d.said });
    }
  }
  for (const q of o.questions) {
    if (q.label.notInStory ? !q.saidNotInStory : q.rank !== 1) {
      misses.push({ kind: 'question', label: `“${q.label.question}”`, expected: q.label.notInStory ? 'not in the story' : q.label.answers.map((a) => `“${a}”`).join(' or '), said: q.rank > 1 ? `(right answer at rank ${q.rank}) ${q.said}` : q.said });
    }
  }
  return misses;
}
