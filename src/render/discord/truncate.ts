/** Word-aware truncation. Callers pass text that is already escaped; cuts fall on whitespace, so an
 * escape sequence (`\*`) is never split. */

export const ELLIPSIS = '…';

/**
 * Cuts `text` to at most `max` characters (UTF-16 units, as Discord counts), at the last word
 * boundary that fits, adding an ellipsis. A single word longer than `max` is cut inside the word,
 * never between a surrogate pair or after a lone escaping backslash.
 */
export function truncateWords(text: string, max: number): string {
  if (text.length <= max) return text;
  if (max <= 0) return '';
  if (max <= ELLIPSIS.length) return ELLIPSIS.slice(0, max);
  const room = max - ELLIPSIS.length;
  const head = text.slice(0, room + 1);
  const space = head.search(/\s\S*$/);
  let cut = space > room * 0.5 ? head.slice(0, space) : text.slice(0, room);
  cut = cut.replace(/[\ud800-\udbff]$/, '');
  cut = cut.replace(/(?<!\\)((?:\\\\)*)\\$/, '$1');
  return cut.replace(/\s+$/, '') + ELLIPSIS;
}
