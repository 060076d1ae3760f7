/** Names of days, months and seasons, in calendar order, with the short forms news copy uses. */
export const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'] as const;

export const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'] as const;

/** Short month forms written with a full stop ("Sept. 4"), each with its month (1-12). */
export const MONTH_ABBREVIATIONS: readonly { word: string; month: number }[] = [
  { word: 'Jan', month: 1 },
  { word: 'Feb', month: 2 },
  { word: 'Mar', month: 3 },
  { word: 'Apr', month: 4 },
  { word: 'Aug', month: 8 },
  { word: 'Sep', month: 9 },
  { word: 'Sept', month: 9 },
  { word: 'Oct', month: 10 },
  { word: 'Nov', month: 11 },
  { word: 'Dec', month: 12 },
];

export const SEASONS = ['spring', 'summer', 'autumn', 'fall', 'winter'] as const;

/** Parts of a day, in order. */
export const DAY_PARTS = ['morning', 'afternoon', 'evening', 'night'] as const;
