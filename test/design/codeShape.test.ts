/**
 * The shape the analysis code keeps (issue 11): in src/analysis and src/story no function is over 80 lines,
 * no regular expression has a positional group (rules read `groups.name`, never `m[3]`), and no list of
 * words repeats a lexicon list (vocabulary lives once, in src/analysis/lexicon).
 * STILL_TO_FIX lists what was there when the rule came in; it may only shrink: an entry that no longer
 * offends fails the test too, so it is removed as soon as it is fixed.
 */
import { parse } from '@babel/parser';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { WORD_LISTS } from '../../src/analysis/lexicon/index.ts';
import { positionalGroups } from '../../src/analysis/rules/pattern.ts';
import { projectPatterns } from '../regex/findPatterns.ts';

const ROOT = join(import.meta.dirname, '../..');
const FOLDERS = ['src/analysis', 'src/story'];
const MAX_FUNCTION_LINES = 80;

/** Offenders when the rule came in, by kind: "file function" / "file" (one entry per file). */
const STILL_TO_FIX: Record<'longFunctions' | 'positionalGroups' | 'vocabularyCopies', readonly string[]> = {
  longFunctions: [
  ],
  positionalGroups: [
  ],
  vocabularyCopies: [],
};

interface Node {
  type: string;
  loc?: { start: { line: number }; end: { line: number } };
  [key: string]: unknown;
}

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return files(path);
    return name.endsWith('.ts') && !name.endsWith('.d.ts') ? [path] : [];
  });
}

function walk(node: unknown, visit: (n: Node) => void): void {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) return node.forEach((child) => walk(child, visit));
  const n = node as Node;
  if (typeof n.type !== 'string') return;
  visit(n);
  for (const [key, value] of Object.entries(n)) if (key !== 'loc' && key !== 'extra') walk(value, visit);
}

const sources = FOLDERS.flatMap((folder) => files(join(ROOT, folder))).map((path) => ({
  file: relative(ROOT, path),
  ast: parse(readFileSync(path, 'utf8'), { sourceType: 'module', plugins: ['typescript'] }),
}));

function longFunctions(): string[] {
  const found: string[] = [];
  for (const { file, ast } of sources) {
    walk(ast.program, (n) => {
      if (!/Function|ClassMethod|ObjectMethod/.test(n.type) || !n.loc) return;
      const lines = n.loc.end.line - n.loc.start.line + 1;
      const name = ((n.id ?? n.key) as { name?: string } | undefined)?.name ?? `(anonymous at line ${n.loc.start.line})`;
      if (lines > MAX_FUNCTION_LINES) found.push(`${file} ${name}`);
    });
  }
  return found;
}

function filesWithPositionalGroups(): string[] {
  const patterns = projectPatterns(ROOT, FOLDERS);
  return [...new Set(patterns.filter((p) => positionalGroups(p.source).length).map((p) => p.where.replace(/:\d+$/, '')))].sort();
}

/**
 * Closed classes of grammar words (his, her, their…): patterns spell them out as grammar, the way they spell
 * "the" or "and"; they are in the lexicon for the code that reasons about them, not as vocabulary to share.
 */
const GRAMMAR_LISTS = new Set(['possessive']);
/** Word lists of the lexicon, lower case, without one- and two-letter words (too common to be a copy). */
const LEXICON = Object.entries(WORD_LISTS)
  .filter(([name]) => !GRAMMAR_LISTS.has(name))
  .map(([name, list]) => ({ name, words: new Set(list.map((w) => w.toLowerCase()).filter((w) => w.length > 2)) }));
const COPY_MIN_WORDS = 4;

/** Files outside the lexicon with a string list or regex alternation holding 4+ words of one lexicon list. */
function filesCopyingVocabulary(): string[] {
  const found = new Set<string>();
  const check = (file: string, words: string[]) => {
    const lower = words.map((w) => w.toLowerCase());
    if (LEXICON.some((list) => lower.filter((w) => list.words.has(w)).length >= COPY_MIN_WORDS)) found.add(file);
  };
  for (const { file, ast } of sources) {
    if (file.startsWith('src/analysis/lexicon/')) continue;
    walk(ast.program, (n) => {
      // A list of words, or a pattern's alternation (a|b|c); a sentence (a rule's example) is not a list.
      if (n.type === 'ArrayExpression') {
        const elements = (n.elements as Node[]).filter((e) => e?.type === 'StringLiteral' && !/\s/.test(e.value as string)).map((e) => e.value as string);
        if (elements.length >= COPY_MIN_WORDS) check(file, elements);
      }
      if (n.type === 'StringLiteral' || n.type === 'RegExpLiteral') {
        const text = (n.type === 'StringLiteral' ? n.value : n.pattern) as string;
        if (text.includes('|')) check(file, text.split(/[^\p{L}]+/u));
      }
    });
  }
  return [...found].sort();
}

function shrinkOnly(kind: keyof typeof STILL_TO_FIX, now: string[]): void {
  const allowed = new Set(STILL_TO_FIX[kind]);
  expect(now.filter((x) => !allowed.has(x)), `new ${kind}`).toEqual([]);
  expect([...allowed].filter((x) => !now.includes(x)), `${kind} fixed: remove them from STILL_TO_FIX`).toEqual([]);
}

describe('shape of the analysis code (src/analysis, src/story)', () => {
  it(`has no function over ${MAX_FUNCTION_LINES} lines`, () => shrinkOnly('longFunctions', longFunctions()));
  it('has no regular expression with a positional group', () => shrinkOnly('positionalGroups', filesWithPositionalGroups()));
  it('lists vocabulary only in the lexicon', () => shrinkOnly('vocabularyCopies', filesCopyingVocabulary()));
});
