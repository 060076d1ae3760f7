/**
 * The words a date rule cannot match without: from a rule's pattern, a few lower-case strings of which every
 * match holds at least one ("monday" … "sunday" for `date.weekday.bare`, "ago" for `date.relative.days-ago`).
 * A sentence that holds none of them is not run through the rule's pattern at all: most sentences hold the
 * words of a handful of the rules, and a substring test costs far less than a pattern with lookbehinds.
 *
 * The strings are read off the pattern's source: literal characters, small character classes and optional
 * parts are spelt out (up to MAX_STRINGS strings); anything else (\d, \s, \p{…}, a negated class, a repeat
 * without bound) stands for "any text", which asks for nothing. The test is only ever too lenient: a part
 * not understood asks for nothing, and what is asked is looked for in the lower-cased sentence.
 * Case folding maps two non-ASCII letters to ASCII ones ("ſ" to s, the Kelvin sign to k): a sentence holding
 * one of them is run through every rule.
 */

/** Strings one of which every match holds, and how much a test for them is worth. */
interface Ask {
  strings: readonly string[];
  score: number;
}

/** What every match of a part of a pattern holds. */
interface Need {
  /** Every text the part can match, when they are few (lower-cased); undefined when they are not. */
  exact?: Set<string>;
  /** The best test for the part's matches; undefined when none is worth making. */
  ask?: Ask;
}

/** How many strings a part may be spelt out to. */
const MAX_STRINGS = 64;

const ANY: Need = {};
const EMPTY: Need = { exact: new Set(['']) };

/** A position in a pattern's source being read. */
interface Reader {
  source: string;
  at: number;
}

/** How rare a string is in a sentence, as a length: its length, and more for a figure or a mark ("0:" is rarer than "at"). */
function rarity(s: string): number {
  if (s.length === 0) return 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i];
    if (c !== ' ' && (c < 'a' || c > 'z')) return s.length + NOT_A_LETTER;
  }
  return s.length;
}

/** What a figure or a punctuation mark in a string adds to its rarity. */
const NOT_A_LETTER = 2;

/**
 * The test for one of these strings: worth more the rarer its commonest string (LENGTH_WORTH: the longer, the
 * rarer in a sentence) and the fewer its strings; undefined when it asks for nothing (the empty string) or
 * costs more than it may save.
 */
function askFor(strings: Iterable<string>): Ask | undefined {
  const all = [...strings];
  let commonest = Infinity;
  for (const s of all) commonest = Math.min(commonest, rarity(s));
  if (all.length === 0 || commonest === 0) return undefined;
  const score = LENGTH_WORTH[Math.min(commonest, LENGTH_WORTH.length - 1)] - all.length * STRING_COST;
  return score > 0 ? { strings: all, score } : undefined;
}

/** The strings without those that hold another (holding the shorter one is asked anyway). */
function withoutLonger(strings: readonly string[]): string[] {
  const sorted = [...new Set(strings)].sort((a, b) => a.length - b.length);
  return sorted.filter((s, i) => !sorted.slice(0, i).some((t) => s.includes(t)));
}

/** What a test for strings of 0, 1, 2 … characters is worth: one character is in nearly every sentence. */
const LENGTH_WORTH = [0, 10, 100, 250, 400, 500, 600, 700, 800];

/** What each string of a test costs (the strings are all looked for in one pass: little). */
const STRING_COST = 1;

/** The better of two tests (of two as good, the later: a longer run of the same parts). */
function better(a: Ask | undefined, b: Ask | undefined): Ask | undefined {
  if (!a || !b) return a ?? b;
  return b.score >= a.score ? b : a;
}

function spelt(exact: Set<string>): Need {
  return { exact, ask: askFor(exact) };
}

function cross(a: Set<string>, b: Set<string>): Set<string> | undefined {
  if (a.size * b.size > MAX_STRINGS) return undefined;
  const out = new Set<string>();
  for (const x of a) for (const y of b) out.add(x + y);
  return out;
}

/**
 * A sequence of parts: spelt out while the strings stay few. Every match holds a match of each part and of
 * each run of parts spelt out together: the best of their tests is the sequence's.
 */
function sequence(parts: readonly Need[]): Need {
  let run: Set<string> | undefined = new Set(['']);
  let exact = true;
  let ask: Ask | undefined;
  for (const part of parts) {
    ask = better(ask, part.ask);
    const joined: Set<string> | undefined = run && part.exact ? cross(run, part.exact) : undefined;
    if (!joined) exact = false;
    run = joined ?? part.exact;
    if (run) ask = better(ask, askFor(run));
  }
  return exact ? { exact: run, ask } : { ask };
}

/** Alternatives: spelt out when every one is and they stay few; the test asks for one of each alternative's. */
function either(alternatives: readonly Need[]): Need {
  const exact = alternatives.every((a) => a.exact) ? new Set(alternatives.flatMap((a) => [...a.exact!])) : undefined;
  const asks = alternatives.map((a) => a.ask);
  const ask = asks.every((a) => a) ? askFor(asks.flatMap((a) => a!.strings)) : undefined;
  return exact && exact.size <= MAX_STRINGS ? { exact, ask: better(ask, askFor(exact)) } : { ask };
}

/** A repeated part: `x?` spelt out with the empty text; a part that must occur at least once asks what it asks. */
function repeated(part: Need, min: number, max: number): Need {
  if (min === 0 && max === 1 && part.exact && part.exact.size < MAX_STRINGS) return { exact: new Set(['', ...part.exact]) };
  if (min === 1 && max === 1) return part;
  return min >= 1 ? { ask: part.ask } : ANY;
}

const isDigit = (c: string | undefined) => c !== undefined && c >= '0' && c <= '9';
const DIGIT = spelt(new Set('0123456789'));
const isAscii = (c: string) => c.charCodeAt(0) < 0x80;

/** A number at the reader's position, or undefined. */
function readNumber(r: Reader): number | undefined {
  const start = r.at;
  while (isDigit(r.source[r.at])) r.at++;
  return r.at > start ? Number(r.source.slice(start, r.at)) : undefined;
}

/** A quantifier at the reader's position ({min, max}), or undefined (the reader does not move). */
function readQuantifier(r: Reader): { min: number; max: number } | undefined {
  const c = r.source[r.at];
  let bounds: { min: number; max: number } | undefined;
  if (c === '?' || c === '*' || c === '+') {
    r.at++;
    bounds = { min: c === '+' ? 1 : 0, max: c === '?' ? 1 : Infinity };
  } else if (c === '{') {
    const start = r.at++;
    const min = readNumber(r);
    let max = min;
    if (min !== undefined && r.source[r.at] === ',') {
      r.at++;
      max = readNumber(r) ?? Infinity;
    }
    if (min === undefined || r.source[r.at] !== '}') {
      r.at = start;
      return undefined;
    }
    r.at++;
    bounds = { min, max: max! };
  }
  if (bounds && r.source[r.at] === '?') r.at++;
  return bounds;
}

const CONTROL: Record<string, string> = { n: '\n', t: '\t', r: '\r', f: '\f', v: '\v' };

const isLetterOrDigit = (c: string) => isDigit(c) || c.toLowerCase() !== c.toUpperCase();

/** Moves past the rest of an escape that is not one character as written (\p{…}, \k<…>, \u…, \x…, \c…, \1). */
function skipEscape(r: Reader, c: string): void {
  const { source } = r;
  const to = (end: string) => {
    const close = source.indexOf(end, r.at);
    r.at = close < 0 ? source.length : close + 1;
  };
  if (c === 'p' || c === 'P' || (c === 'u' && source[r.at] === '{')) to('}');
  else if (c === 'k') to('>');
  else if (c === 'u') r.at += 4;
  else if (c === 'x') r.at += 2;
  else if (c === 'c') r.at += 1;
  else if (isDigit(c)) while (isDigit(source[r.at])) r.at++;
}

/**
 * An escape at the reader's position (after the backslash): one character as written (a punctuation mark,
 * a control character), else undefined (a class such as \d or \p{L}, an assertion, a back-reference).
 */
function escapedChar(r: Reader): { char?: string; escape: string } {
  const c = r.source[r.at++];
  if (c in CONTROL) return { char: CONTROL[c], escape: c };
  if (isLetterOrDigit(c)) {
    skipEscape(r, c);
    return { escape: c };
  }
  return { char: c, escape: c };
}

/** An escape outside a class: a literal character, an assertion (\b), or anything. */
function readEscape(r: Reader): Need {
  const { char, escape } = escapedChar(r);
  if (escape === 'b' || escape === 'B') return EMPTY;
  if (escape === 'd') return DIGIT;
  return char !== undefined && isAscii(char) ? spelt(new Set([char.toLowerCase()])) : ANY;
}

/** A character class at the reader's position (after "["): its few ASCII characters spelt out, else anything. */
function readClass(r: Reader): Need {
  const { source } = r;
  const chars = new Set<string>();
  let known = source[r.at] !== '^';
  let previous: string | undefined;
  const next = (): string | undefined => {
    const c = source[r.at++];
    return c === '\\' ? escapedChar(r).char : c;
  };
  while (r.at < source.length && source[r.at] !== ']') {
    const range = source[r.at] === '-' && previous !== undefined && source[r.at + 1] !== ']';
    const c = next();
    if (range) {
      const last = next();
      const from = previous!.charCodeAt(0);
      if (last === undefined || !isAscii(last) || last.charCodeAt(0) - from > 10) known = false;
      for (let code = from + 1; known && code <= last!.charCodeAt(0); code++) chars.add(String.fromCharCode(code).toLowerCase());
      previous = undefined;
      continue;
    }
    if (c === undefined || !isAscii(c)) known = false;
    else chars.add(c.toLowerCase());
    previous = c;
  }
  r.at++;
  return known && chars.size > 0 && chars.size <= MAX_STRINGS ? spelt(chars) : ANY;
}

/**
 * A group at the reader's position (after "("): its alternatives. A lookaround matches no text of its own;
 * what a positive one looks at is in the text all the same, so the text must hold what it asks.
 */
function readGroup(r: Reader): Need {
  const { source } = r;
  let lookaround: 'positive' | 'negative' | undefined;
  if (source[r.at] === '?') {
    const kind = source[r.at + 1];
    const behind = kind === '<' && (source[r.at + 2] === '=' || source[r.at + 2] === '!');
    const sign = behind ? source[r.at + 2] : kind;
    if (kind === ':') r.at += 2;
    else if (sign === '=' || sign === '!') (r.at += behind ? 3 : 2), (lookaround = sign === '=' ? 'positive' : 'negative');
    else if (kind === '<') r.at = source.indexOf('>', r.at) + 1;
    else return ANY;
  }
  const inside = readAlternatives(r);
  r.at++; // ")"
  if (!lookaround) return inside;
  return lookaround === 'positive' ? { exact: EMPTY.exact, ask: inside.ask } : EMPTY;
}

/** One part of a sequence at the reader's position, with its quantifier. */
function readPart(r: Reader): Need {
  const c = r.source[r.at++];
  let part: Need;
  if (c === '(') part = readGroup(r);
  else if (c === '[') part = readClass(r);
  else if (c === '\\') part = readEscape(r);
  else if (c === '^' || c === '$') part = EMPTY;
  else if (c === '.' || !isAscii(c)) part = ANY;
  else part = spelt(new Set([c.toLowerCase()]));
  const q = readQuantifier(r);
  return q ? repeated(part, q.min, q.max) : part;
}

/** Alternatives up to the end of the group (or of the pattern). */
function readAlternatives(r: Reader): Need {
  const alternatives: Need[] = [];
  let parts: Need[] = [];
  while (r.at < r.source.length && r.source[r.at] !== ')') {
    if (r.source[r.at] === '|') {
      r.at++;
      alternatives.push(sequence(parts));
      parts = [];
    } else parts.push(readPart(r));
  }
  alternatives.push(sequence(parts));
  return alternatives.length === 1 ? alternatives[0] : either(alternatives);
}

/**
 * The lower-case strings one of which every match of the pattern holds; undefined when no test is worth
 * making (the pattern is run on every sentence).
 */
export function triggersOf(pattern: RegExp): readonly string[] | undefined {
  const reader: Reader = { source: pattern.source, at: 0 };
  const need = readAlternatives(reader);
  return reader.at >= pattern.source.length && need.ask ? withoutLonger(need.ask.strings) : undefined;
}

/** Letters that case folding maps to ASCII ones ("ſ" to s, the Kelvin sign to k): a sentence holding one may match every pattern. */
const FOLDS_TO_ASCII = new Set([0x17f, 0x212a]);

/** The character codes a scan follows; any other character ends every string being followed. */
const ASCII_BITS = 7;
const ASCII = 1 << ASCII_BITS;

/**
 * Which of several patterns a text may match, by their triggers found in one pass over the text: an
 * Aho–Corasick automaton over every pattern's strings, upper-case ASCII letters read as lower-case.
 */
export class PatternTriggers {
  /** The state after each state and character code. */
  private readonly next: Int32Array;
  /** The strings found on reaching each state (its own and those ending at its suffixes): found[foundFrom[state] … foundFrom[state + 1]). */
  private readonly foundFrom: Int32Array;
  private readonly found: Int32Array;
  /** Each pattern's strings; undefined for a pattern that asks for none. */
  private readonly asks: (readonly number[] | undefined)[];
  /** When each string was last found: the number of the scan (`scans`) that found it. */
  private readonly seenIn: Int32Array;
  private scans = 0;

  constructor(patterns: readonly RegExp[]) {
    const strings = new Map<string, number>();
    this.asks = patterns.map((p) => triggersOf(p)?.map((t) => strings.get(t) ?? strings.set(t, strings.size).get(t)!));
    const trie = buildTrie([...strings.keys()]);
    this.next = trie.next;
    this.foundFrom = new Int32Array(trie.found.length + 1);
    trie.found.forEach((ids, state) => (this.foundFrom[state + 1] = this.foundFrom[state] + ids.length));
    this.found = Int32Array.from(trie.found.flat());
    this.seenIn = new Int32Array(strings.size);
  }

  /** For each pattern, whether the text holds one of its strings (every pattern, when case folding could mislead). */
  mayMatch(text: string): boolean[] {
    const { next, foundFrom, found, seenIn } = this;
    // Numbers stay within the typed array's range: after 2^31 − 1 scans, the marks start again.
    if (this.scans === 0x7fffffff) {
      this.scans = 0;
      seenIn.fill(0);
    }
    const scan = ++this.scans;
    let state = 0;
    for (let i = 0; i < text.length; i++) {
      let code = text.charCodeAt(i);
      if (code >= ASCII) {
        if (FOLDS_TO_ASCII.has(code)) return this.asks.map(() => true);
        state = 0;
        continue;
      }
      if (code >= 65 && code <= 90) code += 32;
      state = next[(state << ASCII_BITS) | code];
      const to = foundFrom[state + 1];
      for (let k = foundFrom[state]; k < to; k++) seenIn[found[k]] = scan;
    }
    const may: boolean[] = new Array(this.asks.length);
    for (let p = 0; p < may.length; p++) {
      const ask = this.asks[p];
      let found = !ask;
      for (let k = 0; !found && k < ask!.length; k++) found = seenIn[ask![k]] === scan;
      may[p] = found;
    }
    return may;
  }
}

/** The automaton of lower-case ASCII strings: each state's next state by character, and the strings found there. */
function buildTrie(strings: readonly string[]): { next: Int32Array; found: number[][] } {
  const children: Map<number, number>[] = [new Map()];
  const found: number[][] = [[]];
  strings.forEach((s, id) => {
    let state = 0;
    for (const c of s) {
      const code = c.charCodeAt(0);
      let child = children[state].get(code);
      if (child === undefined) {
        child = children.length;
        children[state].set(code, child);
        children.push(new Map());
        found.push([]);
      }
      state = child;
    }
    found[state].push(id);
  });
  // Breadth first: each state's failure (its longest proper suffix that is a state) is known before its
  // children's. A state goes where its failure goes, but for its own children.
  const next = new Int32Array(children.length * ASCII);
  const failure = new Int32Array(children.length);
  const queue: number[] = [0];
  for (let k = 0; k < queue.length; k++) {
    const state = queue[k];
    if (state !== 0) next.copyWithin(state * ASCII, failure[state] * ASCII, (failure[state] + 1) * ASCII);
    for (const [code, child] of children[state]) {
      failure[child] = state === 0 ? 0 : next[failure[state] * ASCII + code];
      next[state * ASCII + code] = child;
      if (found[failure[child]].length) found[child] = [...found[child], ...found[failure[child]]];
      queue.push(child);
    }
  }
  return { next, found };
}
