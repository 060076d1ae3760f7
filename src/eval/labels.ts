/**
 * The labels of a story (labels.json, documented in eval/LABELS.md), read from parsed JSON. A label that
 * is not well formed is kept out of the scoring and reported as a label error, never silently dropped.
 */
export interface QuoteLabel {
  file: string;
  words: string;
  /** Exactly one of speaker, unnamed, unattributed. */
  speaker?: string;
  unnamed?: string;
  unattributed?: true;
  /** Other answers that are also right. */
  accept?: string[];
}

export interface SpeakerLabel {
  query: string;
  person: string;
  /** Distinct quotations of theirs in the story. */
  quotes: number;
  accept?: string[];
}

export type LabelGranularity = 'day' | 'week' | 'month' | 'quarter' | 'season' | 'year';

export interface DateLabel {
  file: string;
  expression: string;
  words: string;
  start: string;
  end: string;
  granularity: LabelGranularity;
}

export interface QuestionLabel {
  question: string;
  answers: string[];
  notInStory?: boolean;
}

export interface Labels {
  story?: string;
  note?: string;
  quotes: QuoteLabel[];
  speakers: SpeakerLabel[];
  dates: DateLabel[];
  questions: QuestionLabel[];
}

/** A label the scorer could not use, and why. */
export interface LabelError {
  /** Where it is: "quotes[3]" or "labels.json". */
  where: string;
  /** The label's own words, so it can be found in the file. */
  label: string;
  reason: string;
}

const GRANULARITIES = new Set<string>(['day', 'week', 'month', 'quarter', 'season', 'year']);
const ISO_DAY = /^\d{4}-\d{2}-\d{2}$/;

type Field = Record<string, unknown>;

const isText = (v: unknown): v is string => typeof v === 'string' && v.trim().length > 0;
const textList = (v: unknown): v is string[] => Array.isArray(v) && v.every(isText);

function quoteLabel(x: Field): QuoteLabel | string {
  if (!isText(x.file)) return 'needs "file"';
  if (!isText(x.words)) return 'needs "words" (a few words from inside the quotation)';
  const kinds = [x.speaker !== undefined, x.unnamed !== undefined, x.unattributed !== undefined].filter(Boolean).length;
  if (kinds !== 1) return 'needs exactly one of "speaker", "unnamed", "unattributed"';
  if (x.speaker !== undefined && !isText(x.speaker)) return '"speaker" should be a name';
  if (x.unnamed !== undefined && !isText(x.unnamed)) return '"unnamed" should describe the source';
  if (x.unattributed !== undefined && x.unattributed !== true) return '"unattributed" should be true';
  if (x.accept !== undefined && !textList(x.accept)) return '"accept" should be a list of names';
  return {
    file: x.file,
    words: x.words,
    ...(isText(x.speaker) ? { speaker: x.speaker } : {}),
    ...(isText(x.unnamed) ? { unnamed: x.unnamed } : {}),
    ...(x.unattributed === true ? { unattributed: true as const } : {}),
    ...(textList(x.accept) ? { accept: x.accept } : {}),
  };
}

function speakerLabel(x: Field): SpeakerLabel | string {
  if (!isText(x.query)) return 'needs "query" (what a member types)';
  if (!isText(x.person)) return 'needs "person"';
  if (typeof x.quotes !== 'number' || !Number.isInteger(x.quotes) || x.quotes < 0) return '"quotes" should be a whole number';
  if (x.accept !== undefined && !textList(x.accept)) return '"accept" should be a list of names';
  return { query: x.query, person: x.person, quotes: x.quotes, ...(textList(x.accept) ? { accept: x.accept } : {}) };
}

function dateLabel(x: Field): DateLabel | string {
  if (!isText(x.file)) return 'needs "file"';
  if (!isText(x.expression)) return 'needs "expression"';
  if (!isText(x.words)) return 'needs "words" (words of the sentence around the expression)';
  if (typeof x.start !== 'string' || !ISO_DAY.test(x.start)) return '"start" should be YYYY-MM-DD';
  if (typeof x.end !== 'string' || !ISO_DAY.test(x.end)) return '"end" should be YYYY-MM-DD';
  if (x.end < x.start) return '"end" is before "start"';
  if (typeof x.granularity !== 'string' || !GRANULARITIES.has(x.granularity)) return `"granularity" should be one of ${[...GRANULARITIES].join(', ')}`;
  return { file: x.file, expression: x.expression, words: x.words, start: x.start, end: x.end, granularity: x.granularity as LabelGranularity };
}

function questionLabel(x: Field): QuestionLabel | string {
  if (!isText(x.question)) return 'needs "question"';
  if (!Array.isArray(x.answers) || !x.answers.every((a) => typeof a === 'string')) return '"answers" should be a list of fragments';
  const answers = (x.answers as string[]).filter((a) => a.trim());
  if (x.notInStory === true && answers.length) return 'a "notInStory" question should have no answers';
  if (x.notInStory !== true && !answers.length) return 'needs "answers" (or "notInStory": true)';
  return { question: x.question, answers, ...(x.notInStory === true ? { notInStory: true } : {}) };
}

function labelText(x: unknown): string {
  if (!x || typeof x !== 'object') return JSON.stringify(x) ?? String(x);
  const f = x as Field;
  const text = [f.words, f.expression, f.query, f.question].find(isText);
  return text ?? JSON.stringify(x).slice(0, 80);
}

function readList<T>(data: Field, key: string, read: (x: Field) => T | string, errors: LabelError[]): T[] {
  const list = data[key];
  if (list === undefined) return [];
  if (!Array.isArray(list)) {
    errors.push({ where: key, label: '', reason: `"${key}" should be a list` });
    return [];
  }
  const out: T[] = [];
  list.forEach((x, i) => {
    const read_ = x && typeof x === 'object' && !Array.isArray(x) ? read(x as Field) : 'should be an object';
    if (typeof read_ === 'string') errors.push({ where: `${key}[${i}]`, label: labelText(x), reason: read_ });
    else out.push(read_);
  });
  return out;
}

/** The labels of parsed labels.json, and the labels that could not be read. */
export function readLabels(data: unknown): { labels: Labels; errors: LabelError[] } {
  const errors: LabelError[] = [];
  if (!data || typeof data !== 'object' || Array.isArray(data)) {
    return { labels: { quotes: [], speakers: [], dates: [], questions: [] }, errors: [{ where: 'labels.json', label: '', reason: 'should be a JSON object' }] };
  }
  const d = data as Field;
  const labels: Labels = {
    ...(isText(d.story) ? { story: d.story } : {}),
    ...(isText(d.note) ? { note: d.note } : {}),
    quotes: readList(d, 'quotes', quoteLabel, errors),
    speakers: readList(d, 'speakers', speakerLabel, errors),
    dates: readList(d, 'dates', dateLabel, errors),
    questions: readList(d, 'questions', questionLabel, errors),
  };
  return { labels, errors };
}
