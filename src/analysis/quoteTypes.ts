/** The data /who-said returns: quotes, their occurrences in each article, speakers, and a verdict on who spoke. */
import type { Citation, Sentence } from '../story/types.ts';
import type { People, Person } from './people.ts';
import type { Explanation } from './rules/ruleTable.ts';

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
  /** The speaker rule's verdict, when a speaker rule decided it (a cue naming someone outright has none). */
  explanation?: SpeakerExplanation;
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

/**
 * Why a speaker rule decided what it did: the rule, the words it read, the candidates it passed over, and
 * whom it named (an occurrence whose speaker is changed afterwards, by the other outlets' wording of the
 * same quote, no longer matches its explanation).
 */
export interface SpeakerExplanation extends Explanation {
  speakerId: string | null;
}

export interface Verdict {
  speakerId: string | null;
  attribution: Attribution;
  source?: string;
  explanation?: SpeakerExplanation;
}

export const UNATTRIBUTED: Verdict = { speakerId: null, attribution: 'unattributed' };
