/**
 * Article text shown in Discord must read as written: no accidental bold, spoilers, masked links,
 * headings, or mentions. Embeds never ping, but `<@123>` would still render as a user, and
 * `@everyone` in message content could ping if allowed mentions were ever dropped.
 */

const ZERO_WIDTH_SPACE = '\u200b';

/** Characters that Discord markdown gives meaning to anywhere in a line. */
const INLINE = /[\\*_~`|<>[\]]/g;
/** Markers that only mean something at the start of a line: headings, quotes, lists, subtext. */
const LINE_START = /^([ \t]*)(#{1,3} |-# |> |>>> |[-*+] |\d+\. )/gm;

/** Escapes Discord markdown so the text is displayed literally. */
export function escapeMarkdown(text: string): string {
  return neutraliseMentions(
    text
      .replace(INLINE, (c) => `\\${c}`)
      // A backslash only escapes punctuation: "1." becomes "1\." (a backslash before the digit would show).
      .replace(LINE_START, (_m, indent: string, marker: string) => (/^\d/.test(marker) ? `${indent}${marker.replace('.', '\\.')}` : `${indent}\\${marker}`)),
  );
}

/** `@everyone` and `@here` get a zero-width space after the `@`, so they can never ping. */
export function neutraliseMentions(text: string): string {
  return text.replace(/@(everyone|here)\b/gi, `@${ZERO_WIDTH_SPACE}$1`);
}

/** A URL fit for a masked link: http(s) only, no characters that would end the link early. */
export function safeUrl(url: string | undefined | null): string | undefined {
  if (!url) return undefined;
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    return undefined;
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') return undefined;
  return parsed.href.replace(/[()<>\s]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, '0')}`);
}
