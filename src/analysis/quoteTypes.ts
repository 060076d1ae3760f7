/** The data /who-said returns: quotes, their occurrences in each article, speakers, and a verdict on who spoke. */
import type { Citation, Sentence } from '../story/types.ts';
import type { People, Person } from './people.ts';

export type Attribution = 'named' | 'pronoun' | 'anonymous' | 'unattributed';

export interface QuoteSpeaker {
  name: string;
  aliases: string[];
  description: string | null;
}

/** One quote of the story, as the command returns it. */
export interface Quote {
  text: string;
  speaker: QuoteSpeaker | null;
  attribution: Attribution;
  /** For an anonymous source: how the story describes them ("one person familiar with the talks"). */
  source?: string;
  /** Other outlets' wording of the same quote. */
  variants: string[];
  citations: Citation[];
}

/** A quote where it appears in one article. */
export interface QuoteOccurrence {
  text: string;
  file: string;
  paragraph: number;
  sentences: Sentence[];
  speakerId: string | null;
  attribution: Attribution;
  source?: string;
  /** Position in the story, for ordering. */
  order: number;
}

export interface SpeakerEntry extends QuoteSpeaker {
  id: string;
  /** Every role the story gives them ("Calder fire commander", "commander of the Calder fire brigade"). */
  roles?: string[];
  kind: Person['kind'];
  quotes: number;
}

export interface QuoteAnalysis {
  quotes: Quote[];
  /** quotes[i] was said by speakerIds[i] (a Person id), or null. */
  speakerIds: (string | null)[];
  occurrences: QuoteOccurrence[];
  /** Everyone with at least one attributed quote, most quotes first. */
  speakers: SpeakerEntry[];
  people: People;
}

export interface Verdict {
  speakerId: string | null;
  attribution: Attribution;
  source?: string;
}

export const UNATTRIBUTED: Verdict = { speakerId: null, attribution: 'unattributed' };
