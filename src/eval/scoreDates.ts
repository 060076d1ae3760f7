/**
 * Timeline dates scored: each label finds the sentence of its file containing its words and, in it, the
 * expression; the date mention overlapping that expression must resolve to the labelled first and last day
 * (date right), and to the labelled granularity too (date and granularity right).
 */
import type { ResolvedMention } from '../analysis/timeline.ts';
import type { Story } from '../story/story.ts';
import type { DateLabel, LabelError, NotDateLabel } from './labels.ts';
import { findNormalised, normalise } from './normalise.ts';
import { contextOf, placeWords, sentencesWith, type RawTexts } from './labelText.ts';

/** right: date and granularity; date: the days right, another granularity; wrong: other days; unresolved; missed: no mention there. */
export type DateVerdict = 'right' | 'date' | 'wrong' | 'unresolved' | 'missed';

export interface DateOutcome {
  label: DateLabel;
  verdict: DateVerdict;
  said: string;
  /** For a miss: the text around the words, to see why. */
  context?: string;
}

interface Span {
  sentence: number;
  from: number;
  to: number;
}

/** The expression's place: in a sentence holding the words, the occurrence nearest the words. */
function expressionSpan(story: Story, label: DateLabel): Span | undefined {
  let best: (Span & { distance: number }) | undefined;
  for (const s of sentencesWith(story, label.file, label.words)) {
    const words = findNormalised(s.text, label.words);
    for (const e of findNormalised(s.text, label.expression)) {
      const distance = words.length ? Math.min(...words.map((w) => (e.to <= w.from ? w.from - e.to : e.from >= w.to ? e.from - w.to : 0))) : crossing(s.text, e, label.words) ? 0 : 1e9;
      if (!best || distance < best.distance) best = { sentence: s.index, from: e.from, to: e.to, distance };
    }
  }
  return best;
}

/**
 * Words that run across a sentence break hold this occurrence: the sentence ends with the start of the
 * words and the occurrence is in that part, or begins with their end and the occurrence is in that part.
 */
function crossing(text: string, e: { from: number; to: number }, words: string): boolean {
  const wanted = normalise(words);
  const before = normalise(text.slice(0, e.from)).length;
  const through = normalise(text.slice(0, e.to)).length;
  const own = normalise(text);
  for (let k = 0; k <= before; k++) if (wanted.startsWith(own.slice(k))) return true;
  for (let j = own.length; j >= through; j--) if (wanted.endsWith(own.slice(0, j))) return true;
  return false;
}

function overlap(m: ResolvedMention, span: Span): number {
  if (m.sentence.index !== span.sentence) return 0;
  return Math.max(0, Math.min(span.to, m.index + m.expression.length) - Math.max(span.from, m.index));
}

export function describeMention(m: ResolvedMention): string {
  return m.date ? `“${m.expression}” → ${m.date.start}..${m.date.end} ${m.date.granularity}` : `“${m.expression}” → unresolved (${m.unresolved ?? '?'})`;
}

export interface DateScore {
  outcomes: DateOutcome[];
  /** Dates the bot read where no label is: every dated expression labelled, a date nobody sees there. */
  unlabelled: string[];
  /** notDates words read as a date anyway. */
  notDatesRead: string[];
  notDates: number;
  errors: LabelError[];
}

const where = (m: ResolvedMention) => `${m.sentence.file}: ${describeMention(m)}`;

function verdictOf(label: DateLabel, m: ResolvedMention): DateVerdict {
  if (label.unresolved !== undefined) return m.date ? 'wrong' : m.unresolved === label.unresolved ? 'right' : 'unresolved';
  if (!m.date) return 'unresolved';
  if (m.date.start !== label.start || m.date.end !== label.end) return 'wrong';
  return m.date.granularity === label.granularity && (label.label === undefined || m.date.label === label.label) ? 'right' : 'date';
}

export function scoreDates(
  story: Story,
  mentions: readonly ResolvedMention[],
  labels: readonly DateLabel[],
  notDates: readonly NotDateLabel[] = [],
  raw?: RawTexts,
): DateScore {
  const outcomes: DateOutcome[] = [];
  const errors: LabelError[] = [];
  const claimed = new Set<ResolvedMention>();
  labels.forEach((label, i) => {
    const at = `dates[${i}]`;
    const name = `${label.file}: “${label.expression}” in “${label.words}”`;
    const place = placeWords(story, label.file, label.words, raw);
    if (place.in === 'nowhere') return void errors.push({ where: at, label: name, reason: place.error });
    if (place.in === 'unread') return void outcomes.push({ label, verdict: 'missed', said: `no date found there (${place.note})` });
    const span = expressionSpan(story, label);
    if (!span) return void errors.push({ where: at, label: name, reason: 'the expression is not in the sentence holding the words' });
    const found = mentions.filter((m) => overlap(m, span) > 0).sort((a, b) => overlap(b, span) - overlap(a, span));
    found.forEach((m) => claimed.add(m));
    const m = found[0];
    if (!m) return void outcomes.push({ label, verdict: 'missed', said: 'no date found there' });
    const said = found.length > 1 ? `${describeMention(m)} (and ${found.slice(1).map((x) => describeMention(x)).join(', ')})` : describeMention(m);
    outcomes.push({ label, verdict: verdictOf(label, m), said });
  });
  for (const o of outcomes) if (o.verdict !== 'right') o.context = contextOf(story, o.label.file, o.label.words);
  const notDatesRead = notDates.flatMap((n) =>
    mentions
      .filter((m) => (!n.file || m.sentence.file === n.file) && findNormalised(m.sentence.text, n.words).some((w) => overlap(m, { sentence: m.sentence.index, ...w }) > 0))
      .map((m) => `“${n.words}”: ${where(m)}`),
  );
  const unlabelled = mentions.filter((m) => !claimed.has(m)).map(where);
  return { outcomes, unlabelled, notDatesRead, notDates: notDates.length, errors };
}
