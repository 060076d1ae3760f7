/**
 * Text as labels and the bot's output are compared: curly and straight quote marks alike, every run of
 * whitespace one space, lower case, soft hyphens and zero-width characters dropped. `at[i]` is the offset in
 * the original text of the normalised text's character i, so a match can be mapped back.
 */
export interface Normalised {
  text: string;
  at: number[];
}

const DOUBLE = new Set(['“', '”', '„', '‟', '″', '«', '»', '〝', '〞', '＂']);
const SINGLE = new Set(['‘', '’', '‚', '‛', '′', '‹', '›', '`', '´', '＇']);
const INVISIBLE = /[\u00ad\u200b-\u200d\u2060\ufeff]/;

export function normaliseMapped(input: string): Normalised {
  let text = '';
  const at: number[] = [];
  let space = false;
  for (let i = 0; i < input.length; i++) {
    const c = input[i];
    if (INVISIBLE.test(c)) continue;
    if (/\s/.test(c)) {
      space = text.length > 0;
      continue;
    }
    if (space) {
      text += ' ';
      at.push(i);
      space = false;
    }
    const lower = c.toLowerCase();
    const out = DOUBLE.has(c) ? '"' : SINGLE.has(c) ? "'" : lower.length === 1 ? lower : c;
    text += out;
    at.push(i);
  }
  return { text, at };
}

export function normalise(input: string): string {
  return normaliseMapped(input).text;
}

const TITLES = /^(?:(?:mr|mrs|ms|miss|mx|dr|prof|professor|sir|dame|rev|fr)\s+)+/;

/**
 * A name as compared: normalised, accents dropped, full stops ignored ("J. Smith" = "J Smith"), a form of
 * address in front ignored ("Dr Jane Example" = "Jane Example"), a possessive dropped.
 */
export function nameKey(name: string): string {
  const plain = normalise(name.normalize('NFKD').replace(/\p{M}/gu, ''))
    .replace(/\./g, ' ')
    .replace(/'s$/, '')
    .replace(/\s+/g, ' ')
    .trim();
  return plain.replace(TITLES, '') || plain;
}

/**
 * Where `needle` occurs in `haystack`, compared normalised, as offsets into the original haystack
 * ([from, to)), every occurrence.
 */
export function findNormalised(haystack: string, needle: string): { from: number; to: number }[] {
  const h = normaliseMapped(haystack);
  const n = normalise(needle);
  if (!n) return [];
  const found: { from: number; to: number }[] = [];
  for (let i = h.text.indexOf(n); i >= 0; i = h.text.indexOf(n, i + 1)) found.push({ from: h.at[i], to: h.at[i + n.length - 1] + 1 });
  return found;
}
