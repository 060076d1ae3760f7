/**
 * Times of day ("10:42pm", "at 8 p.m. ET", "at 18:30", "Polls closed at 7"). A time names no day of
 * its own: the timeline places it on the day of the live-blog entry it belongs to, or of the sentence
 * it continues, else on the day of publication. Live blogs start each entry with a time; entries run
 * in time order (either way round), so a time that goes backwards has crossed midnight.
 */
import { dateRuleTable, THURSDAY, type DateRule, type Resolution } from './dateRules.ts';
import { pattern } from './rules/pattern.ts';

const ZONE = '(?:\\s?(?:ET|EST|EDT|CT|CST|CDT|MT|MST|MDT|PT|PST|PDT|GMT|BST|UTC|CET|CEST|local time)\\b)?';
/** "10:42pm", "8 p.m.", "9 a.m.", "10.42pm". */
const TWELVE_HOUR = `(?:1[0-2]|0?[1-9])(?:[:.][0-5]\\d)?\\s?(?:[aApP]\\.[mM]\\.|[aApP][mM]\\b)${ZONE}`;
/** "18:30" after a preposition of time ("at 18:30"), never "the 07:10 from Dunvane" (a service's name). */
const TWENTY_FOUR_HOUR = `(?<=\\b(?:[Aa]t|[Ff]rom|[Uu]ntil|[Tt]ill|[Bb]y|[Bb]efore|[Aa]fter|[Aa]round|[Aa]bout)\\s)(?:[01]?\\d|2[0-3]):[0-5]\\d(?:\\s?hrs\\b|h\\b)?(?![\\d:.]\\d)${ZONE}`;
/** "Polls closed at 7", "doors open at 6": a bare hour after a verb of schedule and "at". */
const BARE_HOUR =
  "(?<=\\b(?:closed?|closes|closing|opened?|opens|opening|ended?|ends|ending|started?|starts|starting|began|begins|shut|shuts|resumed?|resumes|due|scheduled|set|kicks? off|kicked off|tips? off|tipped off)\\s+at\\s+)(?:1[0-2]|[1-9])(?:\\s?o['’]clock)?(?![.,:]?\\d)(?=\\s*(?:[,.;:)—–]|$|(?:in|on|and|tonight|this|local|sharp|but|as|with|for|when|after)\\b))";
const NOON = '(?<=\\b(?:[Aa]t|[Bb]y|[Uu]ntil|[Bb]efore|[Aa]fter|[Aa]round)\\s)(?:noon|midday|midnight)\\b';

const clock = (): Resolution => ({ anchor: 0, clock: true });

const CLOCK_RULES: DateRule[] = [
  {
    id: 'date.clock.twelve-hour',
    pattern: pattern(`(?<![\\d:.])${TWELVE_HOUR}`, 'g'),
    build: clock,
    examples: [{ text: 'Polls closed at 8 p.m. ET on the coast.', given: THURSDAY, expect: { expression: '8 p.m. ET', clock: true } }],
    notMatching: ['The score was 10-8 at the break.'],
  },
  {
    id: 'date.clock.twenty-four-hour',
    note: 'After a preposition of time only: "the 07:10 from Dunvane" is a service’s name.',
    pattern: pattern(`(?<![\\d:.])${TWENTY_FOUR_HOUR}`, 'g'),
    build: clock,
    examples: [{ text: 'The strike starts at 18:30 local time.', expect: { expression: '18:30 local time', clock: true } }],
    notMatching: ['The 07:10 from Dunvane was cancelled.'],
  },
  {
    id: 'date.clock.bare-hour',
    note: 'A bare hour after a verb of schedule and "at" ("Polls closed at 7").',
    pattern: pattern(`(?<![\\d:.])${BARE_HOUR}`, 'g'),
    build: clock,
    examples: [{ text: 'Doors opened at 7 in the hall.', expect: { expression: '7', clock: true } }],
    notMatching: ['He finished at 7 under par.'],
  },
  {
    id: 'date.clock.noon',
    pattern: pattern(`(?<![\\d:.])${NOON}`, 'g'),
    build: clock,
    examples: [{ text: 'The vote is due before midnight.', expect: { expression: 'midnight', clock: true } }],
    notMatching: ['A midnight blue coat hung there.'],
  },
];

/** Times of day, as a rule table. */
export const DATE_CLOCK = dateRuleTable('dateClock', CLOCK_RULES);

/** A live-blog entry's time at the start of its paragraph ("10:42pm:", "22:42 —", "6.02pm ET"). */
const STAMP = new RegExp(`^(?:${TWELVE_HOUR.replace('\\b', '')}|(?:[01]?\\d|2[0-3])[:.][0-5]\\d${ZONE})(?=\\s*(?:[:—–|-]\\s|\\.\\s|$))`, 'i');

/** Minutes after midnight of a written time, or undefined. */
export function minutesOf(text: string): number | undefined {
  const t = text.toLowerCase();
  if (/^(?:noon|midday)/.test(t)) return 12 * 60;
  if (/^midnight/.test(t)) return 0;
  const m = /^(?<hour>\d{1,2})(?:[:.](?<minute>\d\d))?\s?(?:(?<half>[ap])\.?m\.?)?/.exec(t)?.groups;
  if (!m) return undefined;
  let hour = Number(m.hour);
  const minute = Number(m.minute ?? 0);
  if (m.half === 'p' && hour < 12) hour += 12;
  if (m.half === 'a' && hour === 12) hour = 0;
  if (hour > 23 || minute > 59) return undefined;
  return hour * 60 + minute;
}

/** The time a paragraph's first sentence opens with, as a live-blog entry does ("10:42pm: …"). */
export function entryStamp(text: string): { text: string; minutes: number } | undefined {
  const m = STAMP.exec(text);
  if (!m) return undefined;
  const minutes = minutesOf(m[0]);
  return minutes === undefined ? undefined : { text: m[0], minutes };
}

/**
 * Day offsets (0 = the first day) of a live blog's entries, given their times in reading order.
 * Entries run forwards or backwards in time (newest first): whichever way most of them go. Going the
 * other way between two entries crosses midnight. The earliest entry is on day 0.
 */
export function entryDays(minutes: readonly number[]): number[] {
  let forwards = 0;
  let backwards = 0;
  for (let i = 1; i < minutes.length; i++) {
    if (minutes[i] > minutes[i - 1]) forwards++;
    else if (minutes[i] < minutes[i - 1]) backwards++;
  }
  const chronological = forwards >= backwards;
  const order = minutes.map((_, i) => i);
  if (!chronological) order.reverse();
  const days = new Array<number>(minutes.length).fill(0);
  let day = 0;
  for (let k = 1; k < order.length; k++) {
    if (minutes[order[k]] < minutes[order[k - 1]]) day++;
    days[order[k]] = day;
  }
  return days;
}

/** Fewest entries with a time for an article to be read as a live blog. */
export const LIVE_BLOG_MIN_ENTRIES = 3;
