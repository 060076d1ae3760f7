/**
 * Who-said scored on quote labels: each label finds the quote occurrence of its file whose text contains
 * its words, and the bot's verdict there is right, an abstention (it named nobody) or WRONG (it named
 * someone who is not the speaker).
 */
import type { Person } from '../analysis/people.ts';
import type { QuoteAnalysis, QuoteOccurrence } from '../analysis/quoteTypes.ts';
import type { Story } from '../story/story.ts';
import type { LabelError, QuoteLabel } from './labels.ts';
import { nameKey, normalise } from './normalise.ts';
import { textProblem, type RawTexts } from './labelText.ts';

export type QuoteVerdict = 'right' | 'abstained' | 'wrong';

export interface QuoteOutcome {
  label: QuoteLabel;
  verdict: QuoteVerdict;
  /** What the bot said: a person's name, "unnamed source (…)", "unattributed" or "quotation not found". */
  said: string;
}

/** What the labeller expects, for reports: the speaker, "unnamed: …" or "unattributed". */
export function expectedOf(label: QuoteLabel): string {
  return label.speaker ?? (label.unnamed !== undefined ? `unnamed: ${label.unnamed}` : 'unattributed');
}

/** Whether a person record is someone the label names (its name or any alias equals a labelled name). */
export function namesPerson(person: Pick<Person, 'name' | 'aliases'>, names: readonly string[]): boolean {
  const wanted = new Set(names.map(nameKey));
  return [person.name, ...person.aliases].some((n) => wanted.has(nameKey(n)));
}

interface Said {
  person?: Person;
  anonymous?: string;
}

function saidAt(analysis: QuoteAnalysis, o: QuoteOccurrence | undefined): Said {
  if (!o) return {};
  const person = o.speakerId ? analysis.people.get(o.speakerId) : undefined;
  if (person) return { person };
  return o.attribution === 'anonymous' ? { anonymous: o.source ?? '' } : {};
}

function verdictOf(label: QuoteLabel, said: Said): QuoteVerdict {
  const names = [...(label.speaker ? [label.speaker] : []), ...(label.accept ?? [])];
  if (said.person) return namesPerson(said.person, names) ? 'right' : 'wrong';
  if (label.unattributed) return 'right';
  if (label.unnamed !== undefined && said.anonymous !== undefined) return 'right';
  return 'abstained';
}

function describe(said: Said, found: boolean): string {
  if (said.person) return said.person.name;
  if (said.anonymous !== undefined) return `unnamed source${said.anonymous ? ` (${said.anonymous})` : ''}`;
  return found ? 'unattributed' : 'quotation not found';
}

export function scoreQuotes(story: Story, analysis: QuoteAnalysis, labels: readonly QuoteLabel[], raw?: RawTexts): { outcomes: QuoteOutcome[]; errors: LabelError[] } {
  const outcomes: QuoteOutcome[] = [];
  const errors: LabelError[] = [];
  const texts = new Map<QuoteOccurrence, string>();
  const textOf = (o: QuoteOccurrence) => texts.get(o) ?? texts.set(o, normalise(o.text)).get(o)!;
  const used = new Set<QuoteOccurrence>();
  labels.forEach((label, i) => {
    const problem = textProblem(story, label.file, label.words, raw);
    if (problem) {
      errors.push({ where: `quotes[${i}]`, label: `${label.file}: “${label.words}”`, reason: problem });
      return;
    }
    // Quote marks or a comma copied with the words at either end are not part of the quote's text.
    const words = normalise(label.words).replace(/^["'\s,.;:]+|["'\s,;:]+$/g, '');
    const here = (o: QuoteOccurrence) => o.file === label.file && textOf(o).includes(words);
    // Two labelled quotes the extractor joined into one passage share that occurrence.
    const occurrence = analysis.occurrences.find((o) => !used.has(o) && here(o)) ?? analysis.occurrences.find(here);
    if (occurrence) used.add(occurrence);
    const said = saidAt(analysis, occurrence);
    outcomes.push({ label, verdict: verdictOf(label, said), said: describe(said, occurrence !== undefined) });
  });
  return { outcomes, errors };
}
