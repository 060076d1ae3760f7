/** Lines of a page that are only a date or a time, and the calendar date they give. */

const MONTH_NAMES = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];
const MONTH_TOKEN = /^(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|may|june?|july?|aug(ust)?|sept?(ember)?|oct(ober)?|nov(ember)?|dec(ember)?)\.?$/i;
const DATE_WORD = /^(updated|published|posted|first|last|modified|on|at|am|pm|a\.m\.|p\.m\.|ago|today|yesterday|min|mins|read|and|hours?|minutes?|days?|listen|watch|(mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?)$/i;

/**
 * A line that is only a date, a time or a timestamp: "Thu 13 Feb 2025 15.10 CET", "Updated 3:45 PM EST,
 * Tue March 5, 2024", "2h ago", "6 min read", "Listen · 5:32". It is page furniture, never prose.
 */
export function isDateLine(line: string): boolean {
  const text = line.trim();
  if (!text || text.length > 90 || /[!?]/.test(text)) return false;
  const tokens = text.replace(/(\S)(Updated|Published)\b/g, '$1 $2').replace(/\b(Updated|Published|Posted)(\d)/g, '$1 $2').split(/[\s,·•|()]+/).filter(Boolean);
  let dated = false;
  for (const raw of tokens) {
    const token = raw.replace(/[.:;]$/, '');
    if (!token) continue;
    if (/^\d{1,2}\.\d{1,2}\.\d{4}$/.test(token) || /^\d{1,2}[:.]\d{2}(?::\d{2})?([ap]\.?m\.?)?$/i.test(token) || /^\d{1,4}(st|nd|rd|th)?$/i.test(token) || /^\d{4}-\d{2}-\d{2}(T[\d:.]+Z?)?$/.test(token) || /^\d{1,2}\/\d{1,2}\/\d{2,4}$/.test(token)) {
      dated = true;
      continue;
    }
    if (/^\d+\s?(h|m|min|hr|hrs|d|s)$/i.test(token)) {
      dated = true;
      continue;
    }
    if (MONTH_TOKEN.test(token)) {
      dated = true;
      continue;
    }
    if (DATE_WORD.test(token)) continue;
    // Time zones: "CET", "EST", "GMT+2", "BST", "ET".
    if (/^(GMT|UTC)([+-]\d{1,2})?$|^[A-Z]{1,4}T$|^[A-Z]ST$|^[A-Z]DT$|^CES?T$/.test(token)) continue;
    return false;
  }
  return dated;
}

/** The full date (with a year) a date line gives, as YYYY-MM-DD: "Feb 14, 2025", "Thu 13 Feb 2025". */
export function dateOfLine(line: string): string | undefined {
  const text = line.trim().replace(/\b(Updated|Published|Posted)(\d)/g, '$1 $2');
  const iso = /\b(\d{4})-(\d{2})-(\d{2})\b/.exec(text);
  let year: number | undefined;
  let month: number | undefined;
  let day: number | undefined;
  const dotted = /(?:^|\s)(\d{1,2})\.(\d{1,2})\.(\d{4})\b/.exec(text);
  if (iso) [year, month, day] = [Number(iso[1]), Number(iso[2]), Number(iso[3])];
  // "10.09.2025": day, month, year, as European pages print it.
  else if (dotted) [year, month, day] = [Number(dotted[3]), Number(dotted[2]), Number(dotted[1])];
  else {
    const monthDay = /\b([A-Za-z]{3,9})\.? (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})\b/.exec(text);
    const dayMonth = /\b(\d{1,2})(?:st|nd|rd|th)? ([A-Za-z]{3,9})\.?,? (\d{4})\b/.exec(text);
    const m = monthDay && MONTH_TOKEN.test(monthDay[1]) ? { name: monthDay[1], day: monthDay[2], year: monthDay[3] } : dayMonth && MONTH_TOKEN.test(dayMonth[2]) ? { name: dayMonth[2], day: dayMonth[1], year: dayMonth[3] } : undefined;
    if (!m) return undefined;
    [year, month, day] = [Number(m.year), MONTH_NAMES.indexOf(m.name.slice(0, 3).toLowerCase()) + 1, Number(m.day)];
  }
  const date = new Date(Date.UTC(year!, month! - 1, day!));
  if (Number.isNaN(date.getTime()) || date.getUTCDate() !== day || date.getUTCMonth() !== month! - 1) return undefined;
  return date.toISOString().slice(0, 10);
}
