import type { QuoteAnalysis } from '../../../src/analysis/quotes.ts';
import { attributionOutcomes } from '../../../src/eval/scoreQuotes.ts';
import { countOutcomes, missesOf } from '../../../src/eval/tally.ts';
import type { QuoteLabel } from '../../../src/eval/labels.ts';
import { precisionRecall } from '../../eval/fixtureScore.ts';

/** A label written in a test as a labels.json quote label ('anonymous': an unnamed source). */
const asQuoteLabel = ({ speaker, ...rest }: Label): QuoteLabel => (speaker === 'anonymous' ? { ...rest, unnamed: 'an unnamed source' } : { ...rest, speaker });

/** A hand-labelled quote: where it is, a few of its words, and who said it ('anonymous' for an unnamed source). */
export interface Label {
  file: string;
  paragraph: number;
  words: string;
  speaker: string;
}

export interface Score {
  precision: number;
  recall: number;
  correct: number;
  attributed: number;
  labels: number;
  mistakes: string[];
}

/**
 * The eval scorer (src/eval/scoreQuotes.ts) on labels written in a test. Precision: quotes given a speaker (or
 * an unnamed source) whose labels all name that speaker, among every quote given one (one no label covers counts
 * as wrong). Recall: right speakers among the labels.
 */
export function scoreAttribution(analysis: QuoteAnalysis, labels: Label[]): Score {
  const { outcomes, claims } = attributionOutcomes(analysis, labels.map(asQuoteLabel));
  const all = { quotes: outcomes, claims, speakers: [], dates: [], extraDates: { unlabelled: [], notDatesRead: [], notDates: 0 }, questions: [], errors: [] };
  const counts = countOutcomes(all);
  const mistakes = missesOf(all).map((m) => `${m.label}: expected ${m.expected}, got ${m.said}`);
  return { ...precisionRecall(counts), correct: counts.quotes.right, attributed: counts.quotes.claims, labels: counts.quotes.labels, mistakes };
}
