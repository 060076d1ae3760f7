/** The eval's text report: per story and in total, counts and percentages; misses and label errors listed. */
import type { LabelError } from './labels.ts';
import type { Counts, Miss } from './tally.ts';

export interface StoryReport {
  dir: string;
  name: string;
  articles: number;
  counts: Counts;
  misses: Miss[];
  labelErrors: LabelError[];
}

export interface EvalReport {
  stories: StoryReport[];
  total: Counts;
}

export function percent(part: number, whole: number): string {
  return whole ? `${((100 * part) / whole).toFixed(1)}%` : '–';
}

const share = (part: number, whole: number) => `${part} (${percent(part, whole)})`;

/** The score lines of one set of counts, each starting with its command. */
export function scoreLines(c: Counts): string[] {
  const lines: string[] = [];
  const q = c.quotes;
  if (q.labels) lines.push(`who-said quotes    ${q.labels}: right ${share(q.right, q.labels)} · abstained ${share(q.abstained, q.labels)} · WRONG ${share(q.wrong, q.labels)}`);
  const s = c.speakers;
  if (s.labels) lines.push(`who-said speakers  ${s.labels}: right ${share(s.right, s.labels)} · right person ${share(s.person, s.labels)}`);
  const d = c.dates;
  if (d.labels) lines.push(`timeline dates     ${d.labels}: date right ${share(d.date, d.labels)} · date and granularity ${share(d.dateAndGranularity, d.labels)}`);
  const a = c.questions;
  if (a.labels || a.notInStory) {
    const answerable = a.labels ? `top-1 ${share(a.top1, a.labels)} · top-3 ${share(a.top3, a.labels)} · MRR ${(a.reciprocalRanks / a.labels).toFixed(3)}` : '';
    const notIn = a.notInStory ? `not in story ${a.notInStory}: said so ${share(a.saidNotInStory, a.notInStory)}` : '';
    lines.push(`/ask questions     ${a.labels}: ${[answerable, notIn].filter(Boolean).join(' · ')}`);
  }
  if (c.labelErrors) lines.push(`label errors       ${c.labelErrors}`);
  return lines;
}

export function formatReport(report: EvalReport, verbose: boolean): string {
  const out: string[] = [];
  for (const story of report.stories) {
    out.push(`${story.name} (${story.dir}, ${story.articles} article${story.articles === 1 ? '' : 's'})`);
    out.push(...scoreLines(story.counts).map((l) => `  ${l}`));
    for (const e of story.labelErrors) out.push(`  label error ${e.where} ${e.label}: ${e.reason}`);
    if (verbose) for (const m of story.misses) out.push(`  miss ${m.kind} ${m.label}\n       expected ${m.expected}\n       bot said ${m.said}`);
    out.push('');
  }
  if (report.stories.length > 1) {
    out.push(`TOTAL (${report.stories.length} stories)`);
    out.push(...scoreLines(report.total).map((l) => `  ${l}`));
  }
  return out.join('\n').trimEnd() + '\n';
}
