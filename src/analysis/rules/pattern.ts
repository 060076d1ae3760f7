/**
 * Rule patterns: a regular expression written with named placeholders for vocabulary (`{speechVerb}`,
 * `{weekday}`, from ../lexicon) and for shared fragments (`{Name}`, from FRAGMENTS), and with named groups
 * only. `pattern` expands the placeholders and refuses a positional group, so a rule's build step reads
 * `groups.speaker`, never `m[3]`.
 *
 *   pattern('(?<verb>{speechVerb})\\s+(?<speaker>{Name})', 'u')
 *
 * A placeholder is `{` + a letter + letters or digits + `}`; a quantifier such as `{1,3}` is left alone.
 */
import { COUNT_WORDS } from '../dateTables/readings.ts';
import { words, WORD_LISTS, type WordListName } from '../lexicon/index.ts';

/** A word list as alternatives, longest first (the lexicon's words need no escaping). */
function longestFirst(list: readonly string[]): string {
  return `(?:${[...list].sort((a, b) => b.length - a.length).join('|')})`;
}

/** Pattern fragments several rules share, by name. Each is a plain pattern with no capturing group. */
export const FRAGMENTS: Record<string, string> = {
  /** A capitalised word of a name: "Okafor", "O'Neill", "Smith-Jones". */
  NameWord: "\\p{Lu}[\\p{L}'’-]*",
  /** One to four capitalised words: "Ana Cole", "Mary Ann de Souza" is not covered (lower-case particle). */
  Name: "\\p{Lu}[\\p{L}'’-]*(?:\\s+\\p{Lu}[\\p{L}'’-]*){0,3}",
  // Dates (src/analysis/dateTables): a rule names the group around them, `(?<year>{year})`.
  /** A small count in words or figures: "a", "two", "12". */
  count: `${COUNT_WORDS.join('|')}|\\d{1,2}`,
  /** A year from 1800 to 2099. */
  year: '1[89]\\d\\d|20\\d\\d',
  /** A month standing alone: in full, or short with its full stop as news copy writes it ("Sept."). */
  monthAlone: `${longestFirst(words('month'))}|${longestFirst(words('monthAbbreviationDotted'))}\\.`,
  /** A month beside a day: in full or short, with or without its full stop ("Sept. 28"); "Jun", "Jul" without. */
  monthBesideDay: `${longestFirst(words('month'))}|${longestFirst(words('monthAbbreviation'))}(?:(?<!Ju[nl])\\.)?`,
};

const SPECIAL = /[.*+?^${}()|[\]\\/]/;
const SPECIALS = /[.*+?^${}()|[\]\\/]/g;

/** A text as a pattern that matches it literally. */
export const escapeRegExp = (text: string): string => (SPECIAL.test(text) ? text.replace(SPECIALS, '\\$&') : text);

/** A word list as an alternation, longest words first so that "Sept" is tried before "Sep". */
export function alternation(list: readonly string[]): string {
  // Ties in code-unit order: the same words in any order of equal length match the same (no prefix of another).
  return `(?:${[...new Set(list)].sort((a, b) => b.length - a.length || (a < b ? -1 : a > b ? 1 : 0)).map(escapeRegExp).join('|')})`;
}

/** A placeholder: `{name}`, not the property of a Unicode escape (`\p{L}`). */
const PLACEHOLDER = /(?<!\\[pP])\{(?<name>[A-Za-z][A-Za-z0-9]*)\}/g;

export class RulePatternError extends Error {}

/** Expands the placeholders of a rule pattern to plain regex source. */
export function expandPattern(source: string): string {
  return source.replace(PLACEHOLDER, (_whole, name: string) => {
    if (name in FRAGMENTS) return `(?:${FRAGMENTS[name]})`;
    if (name in WORD_LISTS) return listAlternation(name as WordListName);
    throw new RulePatternError(`unknown placeholder {${name}} in pattern ${source}`);
  });
}

/** Each lexicon list's alternation, built once (many rules name the same list; start-up builds them all). */
const alternations = new Map<WordListName, string>();

function listAlternation(name: WordListName): string {
  let built = alternations.get(name);
  if (built === undefined) alternations.set(name, (built = alternation(words(name))));
  return built;
}

/** Offsets of the capturing groups of a pattern that are positional (an unnamed "(" not followed by "?"). */
export function positionalGroups(source: string): number[] {
  const found: number[] = [];
  let inClass = false;
  for (let i = 0; i < source.length; i++) {
    const c = source[i];
    if (c === '\\') {
      i++;
      continue;
    }
    if (inClass) {
      if (c === ']') inClass = false;
      continue;
    }
    if (c === '[') inClass = true;
    else if (c === '(' && source[i + 1] !== '?') found.push(i);
  }
  return found;
}

/**
 * A rule pattern compiled: placeholders expanded, positional groups refused. Flags default to 'u'. The
 * written source is checked for positional groups; what placeholders expand to never has one (word lists are
 * escaped words; the fragments are checked once, below).
 */
export function pattern(source: string, flags = 'u'): RegExp {
  const positional = positionalGroups(source);
  if (positional.length) throw new RulePatternError(`positional group at ${positional[0]} in pattern ${source}: name it (?<name>…) or make it (?:…)`);
  return new RegExp(expandPattern(source), flags);
}

for (const [name, fragment] of Object.entries(FRAGMENTS)) {
  if (positionalGroups(fragment).length) throw new RulePatternError(`the fragment {${name}} has a positional group: make it (?:…)`);
}
