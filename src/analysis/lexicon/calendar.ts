/** Names of days, months and seasons, in calendar order, with the short forms news copy uses. */
export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

/**
 * Short month forms, each with its month (1-12). `dotted`: news style writes it with a full stop where a
 * month stands alone or before a year ("Sept. 2019", "in Jan."); March, April, June and July are spelt out
 * there, so "Mar." and "Jun." are read only next to a day.
 */
export const MONTH_ABBREVIATIONS: readonly { word: string; month: number; dotted: boolean }[] = [
  { word: 'Jan', month: 1, dotted: true },
  { word: 'Feb', month: 2, dotted: true },
  { word: 'Mar', month: 3, dotted: false },
  { word: 'Apr', month: 4, dotted: false },
  { word: 'Jun', month: 6, dotted: false },
  { word: 'Jul', month: 7, dotted: false },
  { word: 'Aug', month: 8, dotted: true },
  { word: 'Sep', month: 9, dotted: true },
  { word: 'Sept', month: 9, dotted: true },
  { word: 'Oct', month: 10, dotted: true },
  { word: 'Nov', month: 11, dotted: true },
  { word: 'Dec', month: 12, dotted: true },
];

export const SEASONS = ['spring', 'summer', 'autumn', 'fall', 'winter'] as const;

/** Parts of a day, in order. */
export const DAY_PARTS = ['morning', 'afternoon', 'evening', 'night'] as const;

const MONTH_BY_WORD = new Map<string, number>([...MONTHS.map((m, i) => [m.toLowerCase(), i + 1] as const), ...MONTH_ABBREVIATIONS.map((a) => [a.word.toLowerCase(), a.month] as const)]);

/** The month (1-12) a month word names, in full or short, with or without its full stop ("Sept." → 9). */
export function monthNumber(word: string): number | undefined {
  return MONTH_BY_WORD.get(word.replace(/\.$/, '').toLowerCase());
}
