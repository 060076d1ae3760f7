/**
 * Whether a date expression in a sentence speaks of the future or the past. News reports what has
 * happened, so a bare "Monday" is last Monday unless the words around it look forward ("will vote on
 * Tuesday", "is scheduled for March 3").
 *
 * The rules are three named tables, each run in order until one applies (its verdict decides):
 * TENSE_FUTURE (does the sentence look forward at the date?), TENSE_PAST (are the words right before it
 * plainly past?) and TENSE_REPORT (does the date tell when something was said?). When none applies, the
 * table's default holds (`tense.default.*`): not ahead, not plainly past, not a report's date.
 */
import { IRREGULAR_PAST_FORMS, wordSet } from './lexicon/index.ts';
import { pattern } from './rules/pattern.ts';
import { ruleTable, type NamedRule, type RuleTrace } from './rules/ruleTable.ts';

const FUTURE = /\b(?:will|must|should|could|might|won[’']t|shall|going to|plans? to|planning to|plans? for|planned|scheduled|slated|expects? to|expected to|expecting|set to|set for|due to|is due|are due|is to|are to|intends? to|hopes? to|(?:forecast|predicted|projected|likely|poised) to|on (?:track|course) to|upcoming|coming|would(?!\s+have\b|[’']ve\b))\b|[’']ll\b/i;
/**
 * A reporting verb right before the date ("said Thursday", "announced on Monday"): that is the past. So is
 * a day that something was done on ("testified", "voted", "met") or a past "be" or "have".
 */
const REPORTED_BEFORE = pattern('\\b(?:{reportVerb}|testified|voted|met|was|were|had)\\s+(?:on\\s+|late\\s+|early\\s+|earlier\\s+|last\\s+)?$', 'i');
/**
 * A schedule told in the present tense ("the shelter closes on Monday", "talks resume Tuesday",
 * "the season runs until Nov. 30"): news uses it for what is planned, never for what happened. An
 * infinitive takes its tense from the verb before it ("was meant to open on Friday").
 */
const SCHEDULED_BEFORE =
  /(?<!\b(?:to|did|didn[’']t|not|never)\s+)\b(?:opens?|closes?|starts?|begins?|ends?|resumes?|reopens?|convenes?|expires?|launches|kicks? off|runs?|lasts?|continues?|takes? place|go(?:es)? on sale|go(?:es)? into effect|turns? \d{1,3}|takes? effect|arrives?|departs?)\s+(?:again\s+)?(?:at\s+\d{1,2}(?:[:.]\d\d)?\s?(?:[ap]\.?m\.?)?\s+)?(?:on\s+|until\s+|till\s+|through\s+|by\s+)?(?:at least\s+)?$/i;
const PAST = /\b(?:was|were|had|did|ago)\b/i;
const CLAUSE_BREAK = /[,;—–“”"(){}[\]]|:(?!\d)|\b(?:and|but|while|although|though|because|since|after|before)\b/gi;
const SENTENCE_BREAK = /[.;!?]/;

function wordsOf(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

const SPACE = /\s/;

/**
 * The last `max` words of text[from, to), as `wordsOf(text.slice(from, to)).slice(-max)` gives them, read
 * backwards from `to`: the cost is that of the words read, not of the text before them.
 */
function lastWords(text: string, from: number, to: number, max: number): string[] {
  const found: string[] = [];
  let end = to;
  while (found.length < max) {
    while (end > from && SPACE.test(text[end - 1])) end--;
    if (end <= from) break;
    let start = end;
    while (start > from && !SPACE.test(text[start - 1])) start--;
    found.push(text.slice(start, end));
    end = start;
  }
  return found.reverse();
}

/** The clause breaks of the sentence read last: where each ends. Computed once per sentence. */
let breaks: { text: string; ends: number[] } | undefined;

function breakEnds(text: string): number[] {
  if (breaks?.text !== text) breaks = { text, ends: [...text.matchAll(CLAUSE_BREAK)].map((m) => m.index + m[0].length) };
  return breaks.ends;
}

/**
 * How far a clause break reads ahead of where it starts: the longest break word ("although") and the
 * character after it. A break ending this far before the date is the same in the text before the date.
 */
const BREAK_REACH = 10;
const RESCAN = new RegExp(CLAUSE_BREAK.source, CLAUSE_BREAK.flags);
const LONGEST_BREAK = 8;

/**
 * Where the clause holding `index` starts: after the last clause break of text.slice(0, index). Read from
 * the sentence's breaks, computed once, and a rescan of the few characters right before `index` (where
 * cutting the text there could change a break), so no call rescans the sentence.
 */
function clauseStart(text: string, index: number): number {
  const ends = breakEnds(text);
  let low = 0;
  let high = ends.length;
  while (low < high) {
    const mid = (low + high) >> 1;
    if (ends[mid] + BREAK_REACH <= index) low = mid + 1;
    else high = mid;
  }
  let cut = low > 0 ? ends[low - 1] : 0;
  const rescan = RESCAN;
  rescan.lastIndex = Math.max(cut, index - BREAK_REACH - LONGEST_BREAK);
  const before = text.slice(0, index);
  for (let m = rescan.exec(before); m; m = rescan.exec(before)) cut = m.index + m[0].length;
  return cut;
}

/** The words of the same clause before the expression (at most `max`). */
function clauseBefore(text: string, index: number, max = 10): string {
  return lastWords(text, clauseStart(text, index), index, max).join(' ');
}

/** The words after the expression, up to the end of the sentence (at most `max`). */
function wordsAfter(text: string, end: number, max = 8): string {
  const after = text.slice(end);
  const stop = after.search(SENTENCE_BREAK);
  return wordsOf(stop >= 0 ? after.slice(0, stop) : after).slice(0, max).join(' ');
}

/**
 * A fixture told in the present tense ("they travel to Cardle for Sunday's game", "They host the
 * leaders on 2 March"): a plan, as a schedule's present tense is.
 */
const PRESENT_FIXTURE = /\b(?:they|we|he|she|it|[A-Z][\p{L}-]+)\s+(?:travel|host|face|visit|play|meet|welcome|take on|head to|go to|return to|fly to)s?\b/u;

/** What may follow the day in a listing's entry: a time or span of times, and the full stop. */
const LISTING_TIME = '\\d{1,2}(?:[:.]\\d\\d)?\\s?(?:[ap]\\.?m\\.?)?';
const LISTING_REST = new RegExp(`^,?\\s*(?:(?:at|from)\\s+)?(?:${LISTING_TIME}(?:\\s*(?:to|until|till|-|–)\\s*${LISTING_TIME})?)?\\s*[.!]?\\s*$`, 'i');

/** A plan moved to a new date ("slipped to Q4", "postponed until March"): the new date is ahead. */
const MOVED_TO = /\b(?:slipped|slips|slip|pushed(?: back)?|moved(?: back)?|delayed|postponed|rescheduled|put off|deferred|bumped)\s+(?:back\s+)?(?:(?:from\s+[^,;]{1,40}?\s+)?)(?:to|until|till|into)\s+(?:the\s+)?$/i;

/** A present-tense copula in the date's own clause, not a perfect ("has been") or a count from the past ("since"). */
const PRESENT_COPULA = /\b(?:is|are)\b(?!.*\b(?:since|ago|has|have)\b)/i;

/** What may stand before a date that opens its clause: prepositions and a part of the period ("by the end of"). */
const OPENS_CLAUSE = /^(?:(?:on|by|in|during|at|the|end|start|beginning|middle|of|this|early|late|earlier|later)\s*)*$/i;

const REPORTING_VERB = pattern('\\b(?:{reportVerb})\\s+(?:on\\s+|late\\s+|early\\s+|earlier\\s+)?$', 'i');
/** After a date that opens the sentence: a few words (the speaker) and a reporting verb. */
const REPORTING_AFTER = pattern("^\\s*,?\\s*(?:(?:the\\s+)?[\\p{L}.'’-]+\\s+){0,4}(?:{reportVerbAfter})\\b", 'iu');

function isPastVerb(word: string): boolean {
  const w = word.replace(/[^\p{L}]/gu, '');
  // The lists are plain ASCII words: a word with any other letter is none of them.
  const ascii = /^[a-z]+$/i.test(w);
  return (ascii && IRREGULAR_PAST_FORMS.has(w.toLowerCase())) || (/^[a-z]{3,}ed$/i.test(w) && !wordSet('notPastEd').has(w.toLowerCase()));
}

/**
 * A date expression in its sentence, as the tense rules read it: the text before and after it and the
 * words of its own clause, each worked out once, when a rule first reads it.
 */
export class DateInSentence {
  private clauseCut: number | undefined;
  private readonly clauses = new Map<number, string>();

  constructor(
    readonly text: string,
    readonly index: number,
    readonly length: number,
  ) {}

  get before(): string {
    return this.text.slice(0, this.index);
  }

  /** The text after the expression. */
  get after(): string {
    return this.text.slice(this.index + this.length);
  }

  /** "Sunday's memorial service": a possessive day is not the day of the report. */
  get possessive(): boolean {
    return /^['’]s\b/.test(this.after);
  }

  /** The words of the date's own clause before it (at most `max`). */
  clause(max: number): string {
    let words = this.clauses.get(max);
    if (words === undefined) {
      this.clauseCut ??= clauseStart(this.text, this.index);
      this.clauses.set(max, (words = lastWords(this.text, this.clauseCut, this.index, max).join(' ')));
    }
    return words;
  }

  /** The words after the expression, to the end of the sentence (at most eight). */
  get rest(): string {
    return wordsAfter(this.text, this.index + this.length);
  }
}

/** A tense rule: when it applies, its verdict decides. */
export interface TenseRule extends NamedRule<Record<string, unknown>> {
  verdict: boolean;
  /** The words that make the rule apply, or undefined when it does not. */
  applies(at: DateInSentence): string | undefined;
}

/** What a tense table decided for a date, and which rule decided it (`tense.default.*` when none applied). */
export interface TenseDecision extends RuleTrace {
  verdict: boolean;
}

const found = (m: RegExpExecArray | null): string | undefined => (m ? m[0].trim() : undefined);
const when = (condition: boolean, evidence: () => string): string | undefined => (condition ? evidence() : undefined);

/** An example's text with its date in brackets ("will vote on [Tuesday]"): the text and where the date is. */
export function bracketedDate(example: string): DateInSentence {
  const open = example.indexOf('[');
  const close = example.indexOf(']', open);
  if (open < 0 || close < 0) throw new Error(`example without a [date]: ${example}`);
  const text = example.slice(0, open) + example.slice(open + 1, close) + example.slice(close + 1);
  return new DateInSentence(text, open, close - open - 1);
}

/** A table of tense rules: the first that applies (in order) decides; else the default. */
function tenseTable(name: string, key: string, rules: readonly TenseRule[]) {
  return ruleTable<TenseRule>({
    name,
    rules,
    tryRule(rule, text) {
      const evidence = rule.applies(bracketedDate(text));
      return evidence === undefined ? undefined : { [key]: rule.verdict, evidence };
    },
  });
}

function decide(rules: readonly TenseRule[], at: DateInSentence, fallback: string): TenseDecision {
  for (const rule of rules) {
    const evidence = rule.applies(at);
    if (evidence !== undefined) return { rule: rule.id, evidence, verdict: rule.verdict };
  }
  return { rule: fallback, evidence: '', verdict: false };
}

/** A date that opens its clause ("On Tuesday, the council will vote"): what comes after it tells. */
const opensClause = (at: DateInSentence): boolean => OPENS_CLAUSE.test(at.clause(16).replace(/^.*\bthat\s+/i, '').trim());

/** A plan word in the clause before the date ("will", "is set to"), and whether a past "be" or "had" comes before it. */
function planBefore(at: DateInSentence): { word: string; inPast: boolean } | undefined {
  const own = at.clause(16);
  const plan = FUTURE.exec(own);
  return plan ? { word: plan[0], inPast: /\b(?:had|was|were)\b/i.test(own.slice(0, plan.index)) } : undefined;
}

export const TENSE_FUTURE = tenseTable('tenseFuture', 'ahead', [
  {
    id: 'tense.future.moved-to',
    note: 'A plan moved to a new date: the new date is ahead.',
    verdict: true,
    applies: (at) => found(MOVED_TO.exec(at.before)),
    examples: [{ text: 'The opening has been pushed back to [June].', expect: { ahead: true, evidence: 'pushed back to' } }],
    notMatching: ['The pier was pushed into the harbour in [June].'],
  },
  {
    id: 'tense.future.listing-entry',
    note: "A listing's entry that is only its day and time: what is on.",
    verdict: true,
    applies: (at) => when(/^\s*$/.test(at.before) && LISTING_REST.test(at.after), () => at.text.trim()),
    examples: [{ text: '[Sunday] at 6pm.', expect: { ahead: true } }],
    notMatching: ['[Sunday] was the busiest day of the fair.'],
  },
  {
    id: 'tense.future.possessive-plan',
    note: "A possessive day followed by a plan (\"Sunday's service will\"): the day is ahead.",
    verdict: true,
    applies: (at) => (at.possessive ? found(FUTURE.exec(at.rest)) : undefined),
    examples: [{ text: "The mayor said [Sunday]'s memorial service would be held outdoors.", expect: { ahead: true, evidence: 'would' } }],
    notMatching: ["The mayor spoke at [Sunday]'s memorial service."],
  },
  {
    id: 'tense.future.reported-before',
    note: 'A reporting verb or a past verb right before the date ("said Thursday", "voted on Monday"): the past.',
    verdict: false,
    applies: (at) => (at.possessive ? undefined : found(REPORTED_BEFORE.exec(at.before))),
    examples: [{ text: 'The company said [Thursday] it will hire forty people.', expect: { ahead: false, evidence: 'said' } }],
    notMatching: ['The company will hire forty people on [Thursday].'],
  },
  {
    id: 'tense.future.plan-told-in-past',
    note: 'A plan told in the past ("had been set for April 11", "was due to open on Friday"): not ahead.',
    verdict: false,
    applies: (at) => {
      const plan = planBefore(at);
      return plan?.inPast ? plan.word : undefined;
    },
    examples: [{ text: 'The hearing had originally been set for [April 11].', expect: { ahead: false, evidence: 'set for' } }],
    notMatching: ['The hearing is set for [April 11].'],
  },
  {
    id: 'tense.future.plan',
    note: 'A word of plan or expectation in the date\'s clause ("will vote on", "is expected to open in").',
    verdict: true,
    applies: (at) => {
      const plan = planBefore(at);
      return plan && !plan.inPast ? plan.word : undefined;
    },
    examples: [
      { text: 'The council will vote on [Tuesday].', expect: { ahead: true, evidence: 'will' } },
      { text: 'The new footbridge is expected to open in [June].', expect: { ahead: true, evidence: 'expected to' } },
    ],
    notMatching: ['The council voted on [Tuesday].'],
  },
  {
    id: 'tense.future.present-copula',
    note: 'A day told in the present tense is ahead: what happened is told in the past.',
    verdict: true,
    applies: (at) => {
      const own = at.clause(16);
      return when(PRESENT_COPULA.test(own) && !at.possessive && !PAST.test(own) && !wordsOf(own).some(isPastVerb), () => own);
    },
    examples: [
      { text: 'Her first race as captain is a regatta at Port Ellery on [Wednesday].', expect: { ahead: true } },
      { text: 'The cup final is on [Saturday].', expect: { ahead: true, evidence: 'The cup final is on' } },
    ],
    notMatching: ['Her first race as captain was a regatta at Port Ellery on [Wednesday].'],
  },
  {
    id: 'tense.future.available-from',
    note: 'What may be done from a day on ("can be booked from Monday", "is open from June").',
    verdict: true,
    applies: (at) => {
      const own = at.clause(16);
      return when(/\b(?:from|starting|as of)\s*$/i.test(own) && /\b(?:can|may|is|are)\b/i.test(own) && !PAST.test(own), () => own);
    },
    examples: [{ text: 'Tickets can be booked from [Monday].', expect: { ahead: true } }],
    notMatching: ['Tickets were sold from [Monday].'],
  },
  {
    id: 'tense.future.schedule-present',
    note: 'A schedule in the present tense ("the shelter closes on Monday", "talks resume Tuesday").',
    verdict: true,
    applies: (at) => found(SCHEDULED_BEFORE.exec(at.before)),
    examples: [
      { text: 'The winter shelter closes on [Monday].', expect: { ahead: true, evidence: 'closes on' } },
      { text: 'Talks resume [Tuesday] in the capital.', expect: { ahead: true, evidence: 'resume' } },
    ],
    notMatching: ['The winter shelter was meant to close on [Monday].'],
  },
  {
    id: 'tense.future.state-until',
    note: 'A state still in force runs ahead ("remains closed until June", "has been released on bail until April 2").',
    verdict: true,
    applies: (at) => {
      const own = at.clause(16);
      return when(/\b(?:until|till)\s*$/i.test(own) && /\b(?:has|have|is|are|remains?|stays?)\b/i.test(own) && !PAST.test(own), () => own);
    },
    examples: [{ text: 'The footbridge remains closed until [June].', expect: { ahead: true } }],
    notMatching: ['The footbridge was closed until [June].'],
  },
  {
    id: 'tense.future.fixture-present',
    note: 'A fixture told in the present tense ("they travel to Cardle for Sunday\'s game"): a plan.',
    verdict: true,
    applies: (at) => {
      const own = at.clause(16);
      return PAST.test(own) ? undefined : found(PRESENT_FIXTURE.exec(own));
    },
    examples: [{ text: 'They host the league leaders on [2 March].', expect: { ahead: true, evidence: 'They host' } }],
    notMatching: ['They had hosted the league leaders on [2 March].'],
  },
  {
    id: 'tense.future.opens-clause.report',
    note: 'A date opening its clause, followed by a report ("On Sunday, the company said …"): it dates the report.',
    verdict: false,
    applies: (at) => (opensClause(at) ? found(REPORTING_AFTER.exec(at.after)) : undefined),
    examples: [{ text: 'On [Sunday], the company said it would close two depots.', expect: { ahead: false } }],
    notMatching: ['On [Sunday], the company will close two depots.'],
  },
  {
    id: 'tense.future.opens-clause.plan-after',
    note: 'A date opening its clause, with a plan after it ("On Tuesday, the council will vote").',
    verdict: true,
    applies: (at) => (opensClause(at) ? found(FUTURE.exec(at.rest)) : undefined),
    examples: [{ text: 'On [Tuesday], the council will vote on the budget.', expect: { ahead: true, evidence: 'will' } }],
    notMatching: ['On [Tuesday], the council voted on the budget.'],
  },
  {
    id: 'tense.future.opens-clause.own-verb',
    note: 'A date opening its clause with words of its own after it and no plan among them: not ahead.',
    verdict: false,
    applies: (at) => {
      if (!opensClause(at)) return undefined;
      const rest = at.rest;
      if (!at.possessive && /\p{L}/u.test(rest)) return rest;
      return found(/\bsince\s+(?:\S+\s+){0,4}$/i.exec(at.before));
    },
    examples: [{ text: 'He will step down, his aide said, and on [Monday] the party met to pick a successor.', expect: { ahead: false } }],
    notMatching: ["She will hand over the club at a gathering of its members, on [Monday]'s agenda."],
  },
  {
    id: 'tense.future.opens-clause.plan-before',
    note: 'A date opening a clause without a verb of its own ("…, on Monday."): the plan of the sentence before it tells.',
    verdict: true,
    applies: (at) => {
      if (!opensClause(at)) return undefined;
      const wider = lastWords(at.text, 0, at.index, 30).join(' ');
      const ahead = FUTURE.exec(wider);
      return ahead && !/\b(?:had|was|were)\b/i.test(wider.slice(0, ahead.index)) ? ahead[0] : undefined;
    },
    examples: [{ text: "She'll hand over the club at a gathering of its members, on [Monday].", expect: { ahead: true } }],
    notMatching: ['She handed over the club at a gathering of its members, on [Monday].'],
  },
]);

export const TENSE_PAST = tenseTable('tensePast', 'past', [
  {
    id: 'tense.past.since',
    note: '"since the summer", "the best since October": since counts from the past.',
    verdict: true,
    applies: (at) => found(/\bsince\s+(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?$/i.exec(at.before)) ?? found(/^since\b/i.exec(at.text.slice(at.index))),
    examples: [{ text: 'Prices have risen since the [summer].', expect: { past: true, evidence: 'since the' } }],
    notMatching: ['Prices will rise in the [summer].'],
  },
  {
    id: 'tense.past.moved-to',
    note: 'A plan moved to a new date: the new date is not the past.',
    verdict: false,
    applies: (at) => found(MOVED_TO.exec(at.before)),
    examples: [{ text: 'The vote was postponed until [March].', expect: { past: false, evidence: 'postponed until' } }],
    notMatching: ['The vote was held in [March].'],
  },
  {
    id: 'tense.past.listing-state',
    note: '"Open nightly; closed on Christmas Day": a listing\'s state with no subject, not a past event.',
    verdict: false,
    applies: (at) => {
      const own = at.clause(6).trim();
      return /^(?:closed|shut)\s+(?:on|until|till|from|for|over)$/i.test(own) ? own : undefined;
    },
    examples: [{ text: 'Open daily; closed on [Christmas Day].', expect: { past: false, evidence: 'closed on' } }],
    notMatching: ['The museum was closed on [Christmas Day].'],
  },
  {
    id: 'tense.past.auxiliary',
    note: 'A past "be", "have" or "do", or "ago", in the words just before the date.',
    verdict: true,
    applies: (at) => found(PAST.exec(at.clause(6))),
    examples: [
      { text: 'The budget was cut in the [spring].', expect: { past: true, evidence: 'was' } },
      { text: 'The road had reopened by [Friday].', expect: { past: true, evidence: 'had' } },
    ],
    notMatching: ['The budget is cut in the [spring].'],
  },
  {
    id: 'tense.past.verb-before',
    note: 'A past verb among the last four words before the date, not a participle after "be" ("to be closed on").',
    verdict: true,
    applies: (at) => {
      const last = wordsOf(at.clause(6)).slice(-4);
      return last.find((w, i) => isPastVerb(w) && !/^(?:be|being|is|are|am)$/i.test(last[i - 1] ?? ''));
    },
    examples: [{ text: 'Divers found cracks on [Tuesday].', expect: { past: true, evidence: 'found' } }],
    notMatching: ['The road is to be closed on [November 9].'],
  },
  {
    id: 'tense.past.clause-verb',
    note: 'The clause\'s own past verb a few words back ("and tested them at a drop tower over the summer").',
    verdict: true,
    applies: (at) => {
      const clause = wordsOf(at.clause(10));
      return clause.some((w) => /^(?:is|are|am|has|have|will|to)$/i.test(w)) ? undefined : clause.find(isPastVerb);
    },
    examples: [{ text: 'They built two prototypes and tested them at a drop tower over the [summer].', expect: { past: true, evidence: 'tested' } }],
    notMatching: ['They will test them at a drop tower over the [summer].'],
  },
  {
    id: 'tense.past.gerund-clause',
    note: 'A gerund clause ("before entering the race in March") takes the tense of the sentence\'s verb.',
    verdict: true,
    applies: (at) => {
      const clause = wordsOf(at.clause(10));
      if (!clause.length || !/^\p{L}{3,}ing$/u.test(clause[0]) || FUTURE.test(at.text)) return undefined;
      return found(PAST.exec(at.before)) ?? wordsOf(at.before).find(isPastVerb);
    },
    examples: [{ text: 'She trained for a year before entering the race in [March].', expect: { past: true, evidence: 'trained' } }],
    notMatching: ['She will train for a year before entering the race in [March].'],
  },
]);

export const TENSE_REPORT = tenseTable('tenseReport', 'report', [
  {
    id: 'tense.report.said-before',
    note: 'A reporting verb right before the date ("officials said yesterday", "announced on Wednesday").',
    verdict: true,
    applies: (at) => found(REPORTING_VERB.exec(at.before)),
    examples: [
      { text: 'Officials said [yesterday] that the road would reopen.', expect: { report: true, evidence: 'said' } },
      { text: 'The mayor announced on [Monday] that the pool would close.', expect: { report: true, evidence: 'announced on' } },
    ],
    notMatching: ['The road reopened [yesterday], officials said.'],
  },
  {
    id: 'tense.report.opens-sentence',
    note: 'A date opening the sentence, followed by a report ("On Tuesday, officials said …").',
    verdict: true,
    applies: (at) => (at.index <= 3 ? found(REPORTING_AFTER.exec(at.after)) : undefined),
    examples: [{ text: 'On [Tuesday], officials said the road would reopen.', expect: { report: true } }],
    notMatching: ['The road reopened on [Tuesday], officials said.'],
  },
]);

/** The rule that decides whether the sentence looks forward at the date (`tense.default.not-ahead` when none). */
export function futureDecision(text: string, index: number, length: number): TenseDecision {
  return decide(TENSE_FUTURE.rules, new DateInSentence(text, index, length), 'tense.default.not-ahead');
}

/** The rule that decides whether the words right before the date are plainly past (`tense.default.not-past` when none). */
export function pastDecision(text: string, index: number): TenseDecision {
  return decide(TENSE_PAST.rules, new DateInSentence(text, index, 0), 'tense.default.not-past');
}

/** The rule that decides whether the date tells when something was said (`tense.default.event` when none). */
export function reportDecision(text: string, index: number, length: number): TenseDecision {
  return decide(TENSE_REPORT.rules, new DateInSentence(text, index, length), 'tense.default.event');
}

/** True when the sentence looks forward at this expression. */
export function speaksOfFuture(text: string, index: number, length: number): boolean {
  return futureDecision(text, index, length).verdict;
}

/** True when the words right before the expression are plainly in the past ("was cut in the spring"). */
export function speaksOfPast(text: string, index: number): boolean {
  return pastDecision(text, index).verdict;
}

/** True when the date tells when something was said ("officials said yesterday", "said on Wednesday that"). */
export function datesTheReport(text: string, index: number, length: number): boolean {
  return reportDecision(text, index, length).verdict;
}

/** True when the sentence has a verb in the past tense anywhere ("had 60", "fell", "was scaled back"). */
export function tellsOfPast(text: string): boolean {
  return PAST.test(text) || wordsOf(text).some(isPastVerb);
}

/** A present or present-perfect main verb that comes before any past one: "Okafor has always denied being the one who leaked …". */
const PRESENT_VERB = /\b(?:has|have|is|are)\b/i;

/** True when the sentence speaks from now: its first verb is in the present or present perfect ("has always denied"). */
export function tellsOfPresent(text: string): boolean {
  const present = PRESENT_VERB.exec(text);
  if (!present) return false;
  const before = text.slice(0, present.index);
  return !PAST.test(before) && !wordsOf(before).some(isPastVerb) && !/\b(?:will|would|could|should|might|must|can|may)\b/i.test(before);
}
