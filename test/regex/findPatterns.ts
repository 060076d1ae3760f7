/**
 * Every regular expression of the bot's own code (src/ and commands/): regex literals, `new RegExp(…)`
 * / `RegExp(…)` calls and rule patterns (`pattern('…{placeholder}…')`, expanded), found by parsing each file (so none is missed or taken from a comment). A pattern
 * built from a template fills in the module's string constants it names; any other inserted value (a
 * word of the story, escaped) is taken as the plain word "word".
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parse } from '@babel/parser';
import { expandPattern } from '../../src/analysis/rules/pattern.ts';

export interface FoundPattern {
  /** Path from the repository root, and line. */
  where: string;
  source: string;
  flags: string;
  /** true when part of the pattern is only known at run time (filled in with "word"). */
  dynamic: boolean;
}

interface Node {
  type: string;
  [key: string]: unknown;
}

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|js|mjs)$/.test(name) && !name.endsWith('.d.ts') ? [path] : [];
  });
}

function walk(node: unknown, visit: (n: Node) => void): void {
  if (!node || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const child of node) walk(child, visit);
    return;
  }
  const n = node as Node;
  if (typeof n.type !== 'string') return;
  visit(n);
  for (const [key, value] of Object.entries(n)) if (key !== 'loc' && key !== 'start' && key !== 'end' && key !== 'extra') walk(value, visit);
}

/** The patterns of one file. */
export function patternsOf(path: string, root: string): FoundPattern[] {
  const code = readFileSync(path, 'utf8');
  const ast = parse(code, { sourceType: 'module', plugins: ['typescript'] });
  // String constants of the module, for patterns built from them.
  const constants = new Map<string, string>();
  const stringOf = (expr: Node | undefined, dynamic: { value: boolean }): string | undefined => {
    if (!expr) return undefined;
    if (expr.type === 'StringLiteral') return expr.value as string;
    if (expr.type === 'TemplateLiteral') {
      const quasis = expr.quasis as { value: { cooked: string } }[];
      const expressions = expr.expressions as Node[];
      let out = quasis[0].value.cooked;
      expressions.forEach((e, i) => {
        out += stringOf(e, dynamic) ?? ((dynamic.value = true), 'word');
        out += quasis[i + 1].value.cooked;
      });
      return out;
    }
    if (expr.type === 'Identifier' && constants.has(expr.name as string)) return constants.get(expr.name as string);
    if (expr.type === 'BinaryExpression' && expr.operator === '+') {
      const left = stringOf(expr.left as Node, dynamic) ?? ((dynamic.value = true), 'word');
      const right = stringOf(expr.right as Node, dynamic) ?? ((dynamic.value = true), 'word');
      return left + right;
    }
    // `${list.join('|')}` and the like: known only at run time.
    return undefined;
  };
  walk(ast.program, (n) => {
    if (n.type !== 'VariableDeclarator' || (n.id as Node).type !== 'Identifier') return;
    const value = stringOf(n.init as Node | undefined, { value: false });
    if (value !== undefined) constants.set((n.id as Node).name as string, value);
  });
  const found: FoundPattern[] = [];
  const file = relative(root, path);
  walk(ast.program, (n) => {
    const line = (n.loc as { start: { line: number } } | undefined)?.start.line ?? 0;
    if (n.type === 'RegExpLiteral') {
      found.push({ where: `${file}:${line}`, source: n.pattern as string, flags: n.flags as string, dynamic: false });
    } else if (n.type === 'CallExpression' && (n.callee as Node).type === 'Identifier' && (n.callee as Node).name === 'pattern') {
      // A rule pattern (src/analysis/rules/pattern.ts): checked with its placeholders expanded.
      const [pattern, flags] = n.arguments as Node[];
      const dynamic = { value: false };
      const source = stringOf(pattern, dynamic);
      if (source === undefined) return;
      found.push({ where: `${file}:${line}`, source: expandPattern(source), flags: flags ? (stringOf(flags, dynamic) ?? '') : 'u', dynamic: dynamic.value });
    } else if ((n.type === 'NewExpression' || n.type === 'CallExpression') && (n.callee as Node).type === 'Identifier' && (n.callee as Node).name === 'RegExp') {
      const [pattern, flags] = n.arguments as Node[];
      const dynamic = { value: false };
      const source = stringOf(pattern, dynamic);
      const flagText = flags ? (stringOf(flags, dynamic) ?? '') : '';
      // new RegExp(other.source, …) and the like: the pattern is checked where it is written.
      if (source === undefined) return;
      found.push({ where: `${file}:${line}`, source, flags: flagText, dynamic: dynamic.value });
    }
  });
  return found;
}

/** Every pattern in the given folders of the repository. */
export function projectPatterns(root: string, folders: readonly string[]): FoundPattern[] {
  return folders.flatMap((folder) => sourceFiles(join(root, folder)).flatMap((path) => patternsOf(path, root)));
}
