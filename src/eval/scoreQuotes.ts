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
import { contextOf, placeWords, type RawTexts } from './labelText.ts';

const NOT_FOUND = 'quotation not found';

export type QuoteVerdict = 'right' | 'abstained' | 'wrong';

export interface QuoteOutcome {
  label: QuoteLabel;
  verdict: QuoteVerdict;
  /** What the bot said: a person's name, "unnamed source (…)", "unattributed" or "quotation not found". */
  said: string;
  /** For a miss: the text around the words, to see why. */
  context?: string;
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
  return found ? 'unattributed' : NOT_FOUND;
}

/**
 * An answer the bot gave of its own accord: a quote occurrence it gave a speaker or an unnamed source. right
 * when every label on it is right; wrong when one is not; unlabelled when no label covers it (with every
 * quotation labelled, a quote given to someone that nobody labelled: a scare quote, a title, or a missed label).
 */
export interface ClaimOutcome {
  file: string;
  paragraph: number;
  text: string;
  said: string;
  verdict: 'right' | 'wrong' | 'unlabelled';
}

export interface QuoteScore {
  outcomes: QuoteOutcome[];
  claims: ClaimOutcome[];
  errors: LabelError[];
}

/** Labels whose words are in their file scored; label errors for the others. */
export function scoreQuotes(story: Story, analysis: QuoteAnalysis, labels: readonly QuoteLabel[], raw?: RawTexts): QuoteScore {
  const errors: LabelError[] = [];
  const notes = new Map<QuoteLabel, string>();
  const usable = labels.filter((label, i) => {
    const place = placeWords(story, label.file, label.words, raw);
    if (place.in === 'nowhere') errors.push({ where: `quotes[${i}]`, label: `${label.file}: “${label.words}”`, reason: place.error });
    if (place.in === 'unread') notes.set(label, place.note);
    return place.in !== 'nowhere';
  });
  const { outcomes, claims } = attributionOutcomes(analysis, usable);
  for (const o of outcomes) {
    if (notes.has(o.label) && o.said === NOT_FOUND) o.said = `${NOT_FOUND} (${notes.get(o.label)})`;
    if (o.verdict !== 'right') o.context = contextOf(story, o.label.file, o.label.words, 240, 100);
  }
  return { outcomes, claims, errors };
}

/** Each label's verdict, and each claim's, from the analysis alone (the labels' words are taken as found). */
export function attributionOutcomes(analysis: QuoteAnalysis, labels: readonly QuoteLabel[]): { outcomes: QuoteOutcome[]; claims: ClaimOutcome[] } {
  const outcomes: QuoteOutcome[] = [];
  const texts = new Map<QuoteOccurrence, string>();
  const textOf = (o: QuoteOccurrence) => texts.get(o) ?? texts.set(o, normalise(o.text)).get(o)!;
  const used = new Set<QuoteOccurrence>();
  const wrong = new Set<QuoteOccurrence>();
  for (const label of labels) {
    // Quote marks or a comma copied with the words at either end are not part of the quote's text.
    const words = normalise(label.words).replace(/^["'\s,.;:]+|["'\s,;:]+$/g, '');
    const here = (o: QuoteOccurrence) => o.file === label.file && (label.paragraph === undefined || o.paragraph === label.paragraph) && textOf(o).includes(words);
    // Two labelled quotes the extractor joined into one passage share that occurrence.
    const occurrence = analysis.occurrences.find((o) => !used.has(o) && here(o)) ?? analysis.occurrences.find(here);
    if (occurrence) used.add(occurrence);
    const said = saidAt(analysis, occurrence);
    const verdict = verdictOf(label, said);
    if (occurrence && verdict !== 'right') wrong.add(occurrence);
    outcomes.push({ label, verdict, said: describe(said, occurrence !== undefined) });
  }
  const claims = analysis.occurrences
    .filter((o) => o.attribution !== 'unattributed')
    .map((o): ClaimOutcome => ({
      file: o.file,
      paragraph: o.paragraph,
      text: o.text,
      said: describe(saidAt(analysis, o), true),
      verdict: !used.has(o) ? 'unlabelled' : wrong.has(o) ? 'wrong' : 'right',
    }));
  return { outcomes, claims };
}
