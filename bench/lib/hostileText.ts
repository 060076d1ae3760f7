/**
 * Generated hostile article texts: what a careless paste, a broken export or a malicious file can hold.
 * Each generator gives the text for a size in bytes (about), either as one line or as many lines.
 */
export interface HostileGenerator {
  name: string;
  /** One line of about `size` characters. */
  oneLine(size: number): string;
  /** The same text over many lines (a line break about every 80 characters). */
  manyLines(size: number): string;
}

const fill = (unit: string, size: number) => unit.repeat(Math.max(1, Math.ceil(size / unit.length))).slice(0, size);
/** Breaks a text into lines of about 80 characters, at the unit's boundaries where it has them. */
const lines = (unit: string, size: number) => {
  const perLine = Math.max(1, Math.floor(80 / unit.length));
  const line = unit.repeat(perLine);
  return fill(line + '\n', size);
};
const repeated = (name: string, unit: string): HostileGenerator => ({ name, oneLine: (size) => fill(unit, size), manyLines: (size) => lines(unit, size) });

const NESTED = ['“', '‘', '«', '„', '"', "'", '‹', '「'];

export const HOSTILE: readonly HostileGenerator[] = [
  repeated('spaces', '                    a'),
  repeated('tabs', '\t\t\t\t\t\t\t\tb'),
  repeated('dots', '.........'),
  repeated('dashes', '-–—-–—A-'),
  repeated('quote marks', '"“”‘’«»„‚\'`'),
  repeated('digits', '1234567890 1 1 1.2.1.2.'),
  repeated('years', '1999 2001 2024 1987 '),
  repeated('weekdays', 'on Monday, Tuesday and Wednesday, '),
  repeated('capitalised words', 'Alpha Beta Gamma Delta Epsilon '),
  repeated('Mr Mr Mr', 'Mr Mr. Mrs Dr '),
  repeated('a, a, a', 'a, '),
  repeated('unclosed quotes', '“he said '),
  repeated('unclosed brackets', '([{ (a (b [c '),
  repeated('unclosed markdown', '**bold _it [link]( ![img]( `code '),
  repeated('unclosed HTML', '<a href="x <p <div class=<span '),
  {
    name: 'nested quotes',
    oneLine: (size) => {
      const depth = Math.floor(size / 4);
      return fill(NESTED.join('') , depth) + ' word ' + fill('”’»“"\'›」', size - depth - 6);
    },
    manyLines: (size) => lines(`${NESTED.join('word ')} word ”’»“`, size),
  },
  {
    name: 'one long word',
    oneLine: (size) => fill('Abcdefghij', size),
    manyLines: (size) => `${fill('Abcdefghij', Math.max(0, size - 200))}\n${fill('The council met on Monday. ', 200)}`,
  },
  repeated('zero-width and RTL marks', 'a\u200b\u200c\u200d\u2060\ufeff\u200e\u200f\u202a\u202b\u202e\u2066\u2067b '),
  repeated('emoji', '😀👍🏽👨‍👩‍👧‍👦🇬🇧 🔥 '),
  repeated('mixed scripts', 'Москва 東京 القاهرة Αθήνα ירושלים नई दिल्ली '),
  repeated('NUL bytes', 'a\0b\0\0\0c '),
  repeated('CRLF', 'The mayor said.\r\n\r\r\n'),
  repeated('email-like', 'a@b.c.d.e.f '),
  repeated('said repeated', '"Yes," said Jane Doe. "No," she said. '),
];
