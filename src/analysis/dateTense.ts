/**
 * Whether a date expression in a sentence speaks of the future or the past. News reports what has
 * happened, so a bare "Monday" is last Monday unless the words around it look forward ("will vote on
 * Tuesday", "is scheduled for March 3").
 */

const FUTURE = /\b(?:will|must|should|could|might|won[’']t|shall|going to|plans? to|planning to|plans? for|planned|scheduled|slated|expects? to|expected to|expecting|set to|set for|due to|is due|are due|is to|are to|intends? to|hopes? to|(?:forecast|predicted|projected|likely|poised) to|on (?:track|course) to|upcoming|coming|would(?!\s+have\b|[’']ve\b))\b|[’']ll\b/i;
/** A reporting verb right before the date ("said Thursday", "announced on Monday"): that is the past. */
const REPORTED_BEFORE = /\b(?:said|says|told|announced|tweeted|wrote|stated|reported|confirmed|added|declared|testified|posted|revealed|disclosed|voted|met|was|were|had)\s+(?:on\s+|late\s+|early\s+|earlier\s+|last\s+)?$/i;
/**
 * A schedule told in the present tense ("the shelter closes on Monday", "talks resume Tuesday",
 * "the season runs until Nov. 30"): news uses it for what is planned, never for what happened. An
 * infinitive takes its tense from the verb before it ("was meant to open on Friday").
 */
const SCHEDULED_BEFORE =
  /(?<!\b(?:to|did|didn[’']t|not|never)\s+)\b(?:opens?|closes?|starts?|begins?|ends?|resumes?|reopens?|convenes?|expires?|launches|kicks? off|runs?|lasts?|continues?|takes? place|go(?:es)? on sale|go(?:es)? into effect|turns? \d{1,3}|takes? effect|arrives?|departs?)\s+(?:again\s+)?(?:at\s+\d{1,2}(?:[:.]\d\d)?\s?(?:[ap]\.?m\.?)?\s+)?(?:on\s+|until\s+|till\s+|through\s+|by\s+)?(?:at least\s+)?$/i;
const PAST = /\b(?:was|were|had|did|ago)\b/i;
/** Common irregular past forms that differ from the present ("fell", "grew"; not "cut" or "hit"). */
const IRREGULAR_PAST =
  /^(?:fell|rose|grew|took|made|came|went|saw|said|told|began|won|lost|left|held|met|brought|bought|sold|paid|spent|kept|led|ran|gave|got|found|thought|knew|struck|shook|broke|chose|drove|flew|fought|froze|hid|sank|spoke|stood|stole|swept|threw|wrote|built|caught|dealt|drew|ate|fed|felt|forgot|hung|heard|lay|lent|lit|meant|rode|rang|sent|shot|slid|spun|sprang|stuck|swore|swam|taught|tore|understood|woke|withdrew|became|overtook|undertook|sought|fled|slept|wept|swung|dug|sat|stank|bore|arose|awoke|died|lied|tied|used|owed)$/i;
const CLAUSE_BREAK = /[,;—–“”"(){}[\]]|:(?!\d)|\b(?:and|but|while|although|though|because|since|after|before)\b/gi;
const SENTENCE_BREAK = /[.;!?]/;

function wordsOf(text: string): string[] {
  return text.split(/\s+/).filter(Boolean);
}

/** The words of the same clause before the expression (at most `max`). */
function clauseBefore(text: string, index: number, max = 10): string {
  const before = text.slice(0, index);
  let cut = 0;
  for (const m of before.matchAll(CLAUSE_BREAK)) cut = m.index + m[0].length;
  return wordsOf(before.slice(cut)).slice(-max).join(' ');
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

/** True when the sentence looks forward at this expression. */
export function speaksOfFuture(text: string, index: number, length: number): boolean {
  const before = text.slice(0, index);
  if (MOVED_TO.test(before)) return true;
  // A listing's entry that is only its day and time ("Sunday at 6pm.", "Tomorrow, 7.30pm."): what is on.
  if (/^\s*$/.test(before) && LISTING_REST.test(text.slice(index + length))) return true;
  // "said Sunday's memorial service would be": a possessive day is not the day of the report.
  const possessive = /^['’]s\b/.test(text.slice(index + length));
  if (possessive && FUTURE.test(wordsAfter(text, index + length))) return true;
  if (!possessive && REPORTED_BEFORE.test(before)) return false;
  const own = clauseBefore(text, index, 16);
  const plan = FUTURE.exec(own);
  // "had originally been set for April 11", "was due to open on Friday": a plan told in the past.
  if (plan && /\b(?:had|was|were)\b/i.test(own.slice(0, plan.index))) return false;
  if (plan) return true;
  // "her first race as captain is a regatta at Port Ellery on Wednesday": a day told in the present
  // tense is ahead (what happened is told in the past).
  if (PRESENT_COPULA.test(own) && !possessive && !PAST.test(own) && !wordsOf(own).some(isPastVerb)) return true;
  // "can be booked from Monday", "is open from June": what may be done from a day on.
  if (/\b(?:from|starting|as of)\s*$/i.test(own) && /\b(?:can|may|is|are)\b/i.test(own) && !PAST.test(own)) return true;
  if (SCHEDULED_BEFORE.test(before)) return true;
  // "has been released on bail until April 2", "remains closed until June": a state still in force runs ahead.
  if (/\b(?:until|till)\s*$/i.test(own) && /\b(?:has|have|is|are|remains?|stays?)\b/i.test(own) && !PAST.test(own)) return true;
  if (PRESENT_FIXTURE.test(own) && !PAST.test(own)) return true;
  // "On Tuesday, the council will vote", "(forecast that) by the end of June, there will be": the
  // date opens its clause, the verb follows. "On Sunday, the company said it would …" dates the report.
  if (OPENS_CLAUSE.test(own.replace(/^.*\bthat\s+/i, '').trim())) {
    if (REPORTING_AFTER.test(text.slice(index + length))) return false;
    const rest = wordsAfter(text, index + length);
    if (FUTURE.test(rest)) return true;
    // "… will be the visit of Southampton, before Sunday's final", "he'll step down at a meeting of the
    // party, on Monday.": no verb of its own around the date; the clause before it tells.
    if ((!possessive && /\p{L}/u.test(rest)) || /\bsince\s+(?:\S+\s+){0,4}$/i.test(before)) return false;
    const wider = wordsOf(before).slice(-30).join(' ');
    const ahead = FUTURE.exec(wider);
    return !!ahead && !/\b(?:had|was|were)\b/i.test(wider.slice(0, ahead.index));
  }
  return false;
}

/** True when the words right before the expression are plainly in the past ("was cut in the spring"). */
export function speaksOfPast(text: string, index: number): boolean {
  // "since the summer", "the best since October": since counts from the past.
  if (/\bsince\s+(?:the\s+)?(?:(?:early|late|mid)[\s-]+)?$/i.test(text.slice(0, index)) || /^since\b/i.test(text.slice(index))) return true;
  if (MOVED_TO.test(text.slice(0, index))) return false;
  const own = clauseBefore(text, index, 6);
  // "Open nightly; closed on Christmas Day": a listing's state with no subject, not a past event.
  if (/^(?:closed|shut)\s+(?:on|until|till|from|for|over)$/i.test(own.trim())) return false;
  if (PAST.test(own)) return true;
  const lastWords = wordsOf(own).slice(-4);
  // A participle after "be" is no past tense ("to be closed on November 9", "is repainted over the summer").
  if (lastWords.some((w, i) => isPastVerb(w) && !/^(?:be|being|is|are|am)$/i.test(lastWords[i - 1] ?? ''))) return true;
  // The clause's own verb a few words back ("and tested them at a drop tower over the summer").
  const clause = wordsOf(clauseBefore(text, index, 10));
  if (clause.some(isPastVerb) && !clause.some((w) => /^(?:is|are|am|has|have|will|to)$/i.test(w))) return true;
  // A gerund clause ("before entering the race in March") takes the tense of the sentence's verb.
  if (clause.length && /^\p{L}{3,}ing$/u.test(clause[0]) && !FUTURE.test(text)) {
    const sentenceBefore = text.slice(0, index);
    return PAST.test(sentenceBefore) || wordsOf(sentenceBefore).some(isPastVerb);
  }
  return false;
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

function isPastVerb(word: string): boolean {
  const w = word.replace(/[^\p{L}]/gu, '');
  return IRREGULAR_PAST.test(w) || (/^[a-z]{3,}ed$/i.test(w) && !/^(?:planned|scheduled|expected|need|proposed|hundred|speed|seed|feed|bred|shed)$/i.test(w));
}

const REPORTING_VERB = /\b(?:said|says|told|announced|tweeted|wrote|stated|reported|confirmed|added|declared|posted|revealed|disclosed)\s+(?:on\s+|late\s+|early\s+|earlier\s+)?$/i;
const REPORTING_AFTER = /^\s*,?\s*(?:(?:the\s+)?[\p{L}.'’-]+\s+){0,4}(?:said|says|announced|confirmed|reported)\b/iu;

/** True when the date tells when something was said ("officials said yesterday", "said on Wednesday that"). */
export function datesTheReport(text: string, index: number, length: number): boolean {
  if (REPORTING_VERB.test(text.slice(0, index))) return true;
  // "On Tuesday, officials said …" opens a report too, but only when the date opens the sentence.
  return index <= 3 && REPORTING_AFTER.test(text.slice(index + length));
}
