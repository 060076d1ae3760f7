/** Lines of a page that are only a date or a time, and the calendar date they give. */
import { words } from '../analysis/lexicon/index.ts';
import { alternation } from '../analysis/rules/pattern.ts';

/** The first three letters of each month, lower case, in calendar order ("jan" … "dec"). */
const MONTH_NAMES = words('month').map((month) => month.slice(0, 3).toLowerCase());
/** A month as a date line writes it: in full, in three letters, or in the lexicon's short forms ("Sept."). */
const MONTH_TOKEN = new RegExp(`^${alternation([...words('month'), ...MONTH_NAMES, ...words('monthAbbreviation')])}\\.?$`, 'i');
const DATE_WORD = /^(?:updated|published|posted|first|last|modified|on|at|am|pm|a\.m\.|p\.m\.|ago|today|yesterday|min|mins|read|and|hours?|minutes?|days?|listen|watch|(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?)$/i;

/**
 * A line that is only a date, a time or a timestamp: "Thu 13 Feb 2025 15.10 CET", "Updated 3:45 PM EST,
 * Tue March 5, 2024", "2h ago", "6 min read", "Listen · 5:32". It is page furniture, never prose.
 */
export function isDateLine(line: string): boolean {
  const text = line.trim();
  if (!text || text.length > 90 || /[!?]/.test(text)) return false;
  // (The replacements are spared on lines without their words.)
  const stamped = text.includes('Updated') || text.includes('Published') || text.includes('Posted');
  const spaced = stamped ? text.replace(/(?<before>\S)(?<word>Updated|Published)\b/g, '$<before> $<word>').replace(/\b(?<word>Updated|Published|Posted)(?<digit>\d)/g, '$<word> $<digit>') : text;
  const tokens = spaced.split(/[\s,·•|()]+/).filter(Boolean);
  let dated = false;
  for (const raw of tokens) {
    const token = raw.replace(/[.:;]$/, '');
    if (!token) continue;
    const kind = tokenKind(token);
    if (!kind) return false;
    if (kind === 'date') dated = true;
  }
  return dated;
}

/** A token of a date line: a date or time ("12", "3:45pm", "2h", "Feb"), a word that goes with one ("Updated", "ago", "CET"), or neither. */
function tokenKind(token: string): 'date' | 'word' | undefined {
  // (The patterns that open with a digit are tried only on a token that does.)
  const first = token.charCodeAt(0);
  if (first >= 48 && first <= 57) {
    if (/^\d{1,2}\.\d{1,2}\.\d{4}$/.test(token) || /^\d{1,2}[:.]\d{2}(?::\d{2})?(?:[ap]\.?m\.?)?$/i.test(token) || /^\d{1,4}(?:st|nd|rd|th)?$/i.test(token) || /^\d{4}-\d{2}-\d{2}(?:T[\d:.]+Z?)?$/.test(token) || /^\d{1,2}\/\d{1,2}\/\d{2,4}$/.test(token)) return 'date';
    if (/^\d+\s?(?:h|m|min|hr|hrs|d|s)$/i.test(token)) return 'date';
  }
  if (MONTH_TOKEN.test(token)) return 'date';
  if (DATE_WORD.test(token)) return 'word';
  // Time zones: "CET", "EST", "GMT+2", "BST", "ET".
  if (/^(?:GMT|UTC)(?:[+-]\d{1,2})?$|^[A-Z]{1,4}T$|^[A-Z]ST$|^[A-Z]DT$|^CES?T$/.test(token)) return 'word';
  return undefined;
}

/** The full date (with a year) a date line gives, as YYYY-MM-DD: "Feb 14, 2025", "Thu 13 Feb 2025". */
export function dateOfLine(line: string): string | undefined {
  const text = line.trim().replace(/\b(?<word>Updated|Published|Posted)(?<digit>\d)/g, '$<word> $<digit>');
  const iso = /\b(?<year>\d{4})-(?<month>\d{2})-(?<day>\d{2})\b/.exec(text)?.groups;
  let year: number | undefined;
  let month: number | undefined;
  let day: number | undefined;
  // "10.09.2025": day, month, year, as European pages print it.
  const dotted = /(?:^|\s)(?<day>\d{1,2})\.(?<month>\d{1,2})\.(?<year>\d{4})\b/.exec(text)?.groups;
  const numeric = iso ?? dotted;
  if (numeric) [year, month, day] = [Number(numeric.year), Number(numeric.month), Number(numeric.day)];
  else {
    const monthDay = /\b(?<name>[A-Za-z]{3,9})\.? (?<day>\d{1,2})(?:st|nd|rd|th)?,? (?<year>\d{4})\b/.exec(text)?.groups;
    const dayMonth = /\b(?<day>\d{1,2})(?:st|nd|rd|th)? (?<name>[A-Za-z]{3,9})\.?,? (?<year>\d{4})\b/.exec(text)?.groups;
    const m = monthDay && MONTH_TOKEN.test(monthDay.name) ? monthDay : dayMonth && MONTH_TOKEN.test(dayMonth.name) ? dayMonth : undefined;
    if (!m) return undefined;
    [year, month, day] = [Number(m.year), MONTH_NAMES.indexOf(m.name.slice(0, 3).toLowerCase()) + 1, Number(m.day)];
  }
  const date = new Date(Date.UTC(year!, month! - 1, day!));
  if (Number.isNaN(date.getTime()) || date.getUTCDate() !== day || date.getUTCMonth() !== month! - 1) return undefined;
  return date.toISOString().slice(0, 10);
}
