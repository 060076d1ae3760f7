/** Speaker look-ups scored: what a member types finds the labelled person, with exactly their number of quotes. */
import type { LabelError, SpeakerLabel } from './labels.ts';
import { namesPerson } from './scoreQuotes.ts';

/** What /who-said speaker: returned: the person found and their quotes, or nobody. */
export interface SpeakerFound {
  name: string;
  aliases: string[];
  quotes: number;
}

export type SpeakerVerdict = 'right' | 'count' | 'other' | 'none';

export interface SpeakerOutcome {
  label: SpeakerLabel;
  /** right: that person with that many quotes; count: that person, another count; other: someone else; none: nobody. */
  verdict: SpeakerVerdict;
  said: string;
}

export async function scoreSpeakers(
  labels: readonly SpeakerLabel[],
  lookUp: (query: string) => SpeakerFound | undefined | Promise<SpeakerFound | undefined>,
): Promise<{ outcomes: SpeakerOutcome[]; errors: LabelError[] }> {
  const outcomes: SpeakerOutcome[] = [];
  for (const label of labels) outcomes.push(scoreOne(label, await lookUp(label.query)));
  return { outcomes, errors: [] };
}

function scoreOne(label: SpeakerLabel, found: SpeakerFound | undefined): SpeakerOutcome {
  if (!found) return { label, verdict: 'none', said: 'nobody found' };
  const said = `${found.name}, ${found.quotes} quote${found.quotes === 1 ? '' : 's'}`;
  if (!namesPerson(found, [label.person, ...(label.accept ?? [])])) return { label, verdict: 'other', said };
  return { label, verdict: found.quotes === label.quotes ? 'right' : 'count', said };
}
