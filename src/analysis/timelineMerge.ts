/**
 * Reports into events: each dated sentence is a report (trimmed to the clause that carries the date when it is
 * long); reports of one date that tell the same event (most of the shorter one's words in the longer) are one
 * event with every citation; a vague date ("later this year") and a precise one inside it ("in the fall") for
 * the same event keep the precise date and every report. Events are ordered by date, then by first report.
 */
import { terms } from '../search/tokenize.ts';
import type { Story } from '../story/story.ts';
import type { Citation, Sentence } from '../story/types.ts';
import { words } from './lexicon/index.ts';
import { compareDates, contains, dateKey, type ResolvedDate } from './dateMath.ts';
import type { DateExplanation } from './dateAnchors.ts';
import { TermOverlapIndex, termFrequency, unionOfAscending } from './termOverlap.ts';

/** One dated sentence (or clause) of one article. */
export interface Report {
  date: ResolvedDate;
  text: string;
  expression: string;
  sentence: Sentence;
  terms: ReadonlySet<string>;
  /** For a year that names a thing ("the 2016 election"), the words of that thing, as terms. */
  named?: Set<string>;
  /** The rules that found and placed its date. */
  explanation: DateExplanation;
}

export interface TimelineEvent {
  date: ResolvedDate;
  /** The event as reported first (the clause carrying the date when the sentence is long). */
  text: string;
  /** The date expression as written in that first report. */
  expression: string;
  /** Number of distinct articles reporting it. */
  sources: number;
  citations: Citation[];
  /** Story.sentences indexes of every report (for filtering). */
  sentences: number[];
  /** Which rules found and placed the date of the report shown (--explain). */
  explanation: DateExplanation;
}

/** Relative words that are content words too ("the past president", "the coming months", "prior convictions"). */
const ALSO_CONTENT = new Set(['past', 'coming', 'current', 'preceding', 'prior']);
const RELATIVE = [...words('relativePast'), ...words('relativeNext'), ...words('relativeThis')].filter((w) => !ALSO_CONTENT.has(w));

/** Words that date an event rather than describe it: two reports of one event may date it differently. */
const DATE_TERMS = new Set(
  terms(
    [
      ...words('weekday'),
      ...words('month'),
      ...words('season'),
      ...words('dayPart'),
      ...RELATIVE,
      ...'today tonight yesterday tomorrow day days week weeks weekend month months year years earlier later ago'.split(' '),
    ].join(' '),
  ),
);

export function contentTerms(text: string): Set<string> {
  return contentOf(terms(text));
}

function contentOf(all: readonly string[]): Set<string> {
  return new Set(all.filter((t) => !DATE_TERMS.has(t) && !/^\d+$/.test(t)));
}

/** Each sentence's content terms, worked out once (the timeline compares a sentence with others many times). */
const termsOfSentence = new WeakMap<Sentence, ReadonlySet<string>>();

/** The content terms of a whole sentence of the story (from its terms as the story keeps them for its index). */
export function sentenceTerms(story: Story, sentence: Sentence): ReadonlySet<string> {
  let found = termsOfSentence.get(sentence);
  if (!found) termsOfSentence.set(sentence, (found = contentOf(story.termsOf(sentence))));
  return found;
}

/** Sentences longer than this are trimmed to the clause that carries the date. */
export const LONG_SENTENCE = 170;

/** Where a long sentence may be cut: semicolons, dashes, and commas before a new clause. */
const CLAUSE_BREAK = /;\s+|\s[—–-]{1,2}\s|,\s+(?=(?:but|and|while|whereas|which|who|where|although|though|when|saying|adding|according|amid|after|as)\b)|\s(?=but\s)/g;
/** More places to cut a sentence that dates several events: before a gerund, a subordinate clause or "and" with a past verb. */
const BROAD_BREAK = new RegExp(
  `${CLAUSE_BREAK.source}|,\\s+(?=\\p{L}{2,}ing\\b)|\\s(?=(?:before|after|while|when|until|because|although)\\s)|\\s(?=and\\s+(?:\\p{L}{2,}ed|was|were|had|won|lost|left|took|made|ran|began|came|went)\\b)`,
  'gu',
);
const MIN_CLAUSE = 40;

/**
 * The clause of a long sentence that carries the date (exact words, "…" where cut); with `always`,
 * of any sentence (one that dates several events).
 */
export function clauseAround(text: string, index: number, length: number, always = false): string {
  if (text.length <= LONG_SENTENCE && !always) return text;
  const cuts = [0];
  const resumes = [0];
  for (const m of text.matchAll(always ? BROAD_BREAK : CLAUSE_BREAK)) {
    cuts.push(m.index);
    resumes.push(m.index + m[0].length);
  }
  cuts.push(text.length);
  // Clause i runs from resumes[i] to cuts[i + 1].
  let i = 0;
  while (i + 1 < resumes.length && resumes[i + 1] <= index) i++;
  let from = i;
  let to = i;
  const span = () => cuts[to + 1] - resumes[from];
  while (span() < MIN_CLAUSE && (from > 0 || to + 2 < cuts.length)) {
    if (to + 2 < cuts.length) to++;
    else from--;
  }
  const start = resumes[from];
  const end = Math.max(cuts[to + 1], index + length);
  const clause = text.slice(start, end).replace(/[\s,;:]+$/, '');
  if (start === 0 && end >= text.length) return text;
  return `${start > 0 ? '…' : ''}${clause}${end < text.length ? '…' : ''}`;
}

/** Two reports tell the same event when most of the shorter one's words are in the longer. */
export function sameEvent(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  const [small, large] = a.size <= b.size ? [a, b] : [b, a];
  const size = small.size;
  if (size === 0) return false;
  if (size <= 3) {
    if (large.size > size + 2) return false;
    for (const t of small) if (!large.has(t)) return false;
    return true;
  }
  // Stops as soon as the terms left, all shared, could not make enough.
  let shared = 0;
  let left = size;
  for (const t of small) {
    left--;
    if (large.has(t)) shared++;
    else if (shared + left < 4 || (shared + left) / size < 0.6) return false;
  }
  return shared >= 4 && shared / size >= 0.6;
}

interface Group {
  date: ResolvedDate;
  leader: ReadonlySet<string>;
  /** The thing a year names, when the group's first report is such a mention. */
  named?: Set<string>;
  members: Report[];
}

/** Two mentions of a year naming the same thing ("the 2016 election", "the 2016 U.S. elections"). */
function sameNamedEvent(a: ReadonlySet<string> | undefined, b: ReadonlySet<string> | undefined): boolean {
  if (!a || !b) return false;
  for (const t of a) if (b.has(t)) return true;
  return false;
}

/** The months a date spans, as YYYY-MM. */
function monthsOf(date: ResolvedDate): string[] {
  const months: string[] = [];
  let [year, month] = date.start.split('-').map(Number);
  const last = date.end.slice(0, 7);
  for (let k = 0; k < 1200; k++) {
    const key = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}`;
    months.push(key);
    if (key >= last) break;
    month = month === 12 ? 1 : month + 1;
    if (month === 1) year++;
  }
  return months;
}

/** The groups of reports, in order of first report, and the frequency of each term among the reports. */
interface Grouped {
  groups: Group[];
  frequency: Map<string, number>;
}

/**
 * Reports of one date that tell the same event, as groups. Per date, the groups are indexed by their leader's
 * terms and their named thing's terms (see termOverlap.ts): the first group of the date that tells the same
 * event is found without comparing with every group of the date.
 */
function groupReports(reports: readonly Report[]): Grouped {
  const byKey = new Map<string, { leaders: TermOverlapIndex<Group>; named: TermOverlapIndex<Group>; count: number }>();
  const frequency = termFrequency(reports.map((r) => r.terms));
  const namedFrequency = termFrequency(reports.map((r) => r.named));
  const groups: Group[] = [];
  for (const report of reports) {
    const key = dateKey(report.date);
    let list = byKey.get(key);
    if (!list) byKey.set(key, (list = { leaders: new TermOverlapIndex(frequency), named: new TermOverlapIndex(namedFrequency, true), count: 0 }));
    // A date's groups are numbered in order of first report: the first that tells the same event takes the report.
    const leaders = list.leaders.candidateOrders(report.terms);
    const orders = report.named ? unionOfAscending([leaders, list.named.candidateOrders(report.named)]) : leaders;
    let group: Group | undefined;
    for (const order of orders) {
      const g = list.leaders.item(order);
      if (sameNamedEvent(g.named, report.named) || sameEvent(g.leader, report.terms)) {
        group = g;
        break;
      }
    }
    if (group) group.members.push(report);
    else {
      const created: Group = { date: report.date, leader: report.terms, named: report.named, members: [report] };
      list.leaders.add(created.leader, created, list.count);
      if (created.named) list.named.add(created.named, created, list.count);
      list.count++;
      groups.push(created);
    }
  }
  return { groups, frequency };
}

/**
 * A vague date ("later this year") and a precise one inside it ("in the fall") for the same event: the vague
 * group's reports join the precise one. Returns the groups merged away.
 */
function mergeVagueIntoPrecise({ groups, frequency }: Grouped): Set<Group> {
  const merged = new Set<Group>();
  // Indexed by the month each group's date starts in (numbered in order of first report): a vaguer date looks only in the months it spans.
  const leaders = new Map<string, TermOverlapIndex<Group>>();
  groups.forEach((g, k) => {
    const month = g.date.start.slice(0, 7);
    let index = leaders.get(month);
    if (!index) leaders.set(month, (index = new TermOverlapIndex<Group>(frequency)));
    index.add(g.leader, g, k);
  });
  const within = (date: ResolvedDate, leader: ReadonlySet<string>): Group[] => {
    const found: number[][] = [];
    const months = /^\d{4}-\d\d/.test(date.start) && /^\d{4}-\d\d/.test(date.end) ? monthsOf(date) : [...leaders.keys()];
    for (const month of months) {
      const index = leaders.get(month);
      if (index) found.push(index.candidateOrders(leader));
    }
    return unionOfAscending(found).map((k) => groups[k]);
  };
  for (const vague of groups) {
    // A day contains no more precise date: only vaguer dates look for one.
    if (vague.date.granularity === 'day') continue;
    // Two dates of one sentence are two events, not two reports of one.
    const own = new Set(vague.members.map((m) => m.sentence.index));
    const precise = within(vague.date, vague.leader).find(
      (g) => g !== vague && !merged.has(g) && contains(vague.date, g.date) && sameEvent(vague.leader, g.leader) && !g.members.some((m) => own.has(m.sentence.index)),
    );
    if (precise) {
      precise.members.push(...vague.members);
      merged.add(vague);
    }
  }
  return merged;
}

function eventOf(story: Story, g: Group): TimelineEvent {
  const members = [...g.members].sort((a, b) => a.sentence.index - b.sentence.index);
  // A named past event is told by the shortest of its mentions' clauses.
  const first = g.named ? [...members].sort((a, b) => a.text.length - b.text.length)[0] : members[0];
  return {
    date: g.date,
    text: first.text,
    expression: first.expression,
    sources: new Set(members.map((m) => m.sentence.file)).size,
    // The report whose words are shown is cited first.
    citations: [first, ...members.filter((m) => m !== first)].map((m) => story.cite(m.sentence)),
    sentences: members.map((m) => m.sentence.index),
    explanation: first.explanation,
  };
}

/** The story's reports as events: merged, and ordered by date, then by first report. */
export function mergeReports(story: Story, reports: readonly Report[]): TimelineEvent[] {
  const grouped = groupReports(reports);
  const merged = mergeVagueIntoPrecise(grouped);
  return grouped.groups
    .filter((g) => !merged.has(g))
    .map((g) => eventOf(story, g))
    .sort((a, b) => compareDates(a.date, b.date) || a.sentences[0] - b.sentences[0]);
}
