/**
 * Timeline dates scored: each label finds the sentence of its file containing its words and, in it, the
 * expression; the date mention overlapping that expression must resolve to the labelled first and last day
 * (date right), and to the labelled granularity too (date and granularity right).
 */
import type { ResolvedMention } from '../analysis/timeline.ts';
import type { Story } from '../story/story.ts';
import type { DateLabel, LabelError } from './labels.ts';
import { findNormalised } from './normalise.ts';
import { sentencesWith, textProblem, type RawTexts } from './labelText.ts';

/** right: date and granularity; date: the days right, another granularity; wrong: other days; unresolved; missed: no mention there. */
export type DateVerdict = 'right' | 'date' | 'wrong' | 'unresolved' | 'missed';

export interface DateOutcome {
  label: DateLabel;
  verdict: DateVerdict;
  said: string;
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
      const distance = words.length ? Math.min(...words.map((w) => (e.to <= w.from ? w.from - e.to : e.from >= w.to ? e.from - w.to : 0))) : 1e9;
      if (!best || distance < best.distance) best = { sentence: s.index, from: e.from, to: e.to, distance };
    }
  }
  return best;
}

function overlap(m: ResolvedMention, span: Span): number {
  if (m.sentence.index !== span.sentence) return 0;
  return Math.max(0, Math.min(span.to, m.index + m.expression.length) - Math.max(span.from, m.index));
}

export function describeMention(m: ResolvedMention): string {
  return m.date ? `“${m.expression}” → ${m.date.start}..${m.date.end} ${m.date.granularity}` : `“${m.expression}” → unresolved (${m.unresolved ?? '?'})`;
}

export function scoreDates(story: Story, mentions: readonly ResolvedMention[], labels: readonly DateLabel[], raw?: RawTexts): { outcomes: DateOutcome[]; errors: LabelError[] } {
  const outcomes: DateOutcome[] = [];
  const errors: LabelError[] = [];
  labels.forEach((label, i) => {
    const where = `dates[${i}]`;
    const name = `${label.file}: “${label.expression}” in “${label.words}”`;
    const problem = textProblem(story, label.file, label.words, raw);
    if (problem) return void errors.push({ where, label: name, reason: problem });
    const span = expressionSpan(story, label);
    if (!span) return void errors.push({ where, label: name, reason: 'the expression is not in the sentence holding the words' });
    const found = mentions.filter((m) => overlap(m, span) > 0).sort((a, b) => overlap(b, span) - overlap(a, span));
    const m = found[0];
    if (!m) return void outcomes.push({ label, verdict: 'missed', said: 'no date found there' });
    const said = describeMention(m);
    if (!m.date) return void outcomes.push({ label, verdict: 'unresolved', said });
    const days = m.date.start === label.start && m.date.end === label.end;
    outcomes.push({ label, verdict: days ? (m.date.granularity === label.granularity ? 'right' : 'date') : 'wrong', said });
  });
  return { outcomes, errors };
}
