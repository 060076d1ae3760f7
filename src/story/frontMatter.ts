import { createRequire } from 'node:module';
import type { parse as parseYamlType } from 'yaml';
import type { ArticleMeta } from './types.ts';

export class FrontMatterError extends Error {}

/** yaml is loaded on the first article that has front matter (about 25 ms that most stories never need). */
let yamlParse: typeof parseYamlType | undefined;
function parseYaml(text: string): unknown {
  yamlParse ??= (createRequire(import.meta.url)('yaml') as { parse: typeof parseYamlType }).parse;
  return yamlParse(text);
}

const FENCE = /^---[ \t]*\r?\n(?<yaml>[\s\S]*?)\r?\n---[ \t]*(?:\r?\n|$)/;
const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Reads the optional YAML front matter of an article. Throws FrontMatterError when it is broken. */
export function splitFrontMatter(raw: string): { meta: ArticleMeta; body: string; warnings: string[] } {
  const match = FENCE.exec(raw);
  if (!match) {
    if (/^---[ \t]*\r?\n/.test(raw)) throw new FrontMatterError('front matter starts with --- but is never closed');
    return { meta: {}, body: raw, warnings: [] };
  }
  let data: unknown;
  try {
    data = parseYaml(match.groups!.yaml);
  } catch (err) {
    throw new FrontMatterError(`front matter is not valid YAML (${(err as Error).message.split('\n')[0]})`);
  }
  if (data === null || data === undefined) data = {};
  if (typeof data !== 'object' || Array.isArray(data)) throw new FrontMatterError('front matter is not a mapping of fields');
  const { meta, warnings } = readMeta(data as Record<string, unknown>);
  return { meta, body: raw.slice(match[0].length), warnings };
}

/** Validates metadata fields from front matter or a manifest; wrong types are dropped with a warning. */
export function readMeta(data: Record<string, unknown>): { meta: ArticleMeta; warnings: string[] } {
  const meta: ArticleMeta = {};
  const warnings: string[] = [];
  for (const key of ['title', 'outlet', 'author', 'url'] as const) {
    const value = data[key];
    if (value === undefined || value === null) continue;
    if (typeof value === 'string' || typeof value === 'number') {
      const text = String(value).trim();
      if (text) meta[key] = text;
    } else warnings.push(`field "${key}" should be text, ignored`);
  }
  const published = data.published ?? data.date;
  if (published !== undefined && published !== null) {
    const date = toIsoDate(published);
    if (date) meta.published = date;
    else warnings.push(`field "published" should be a date like 2018-07-19, ignored`);
  }
  return { meta, warnings };
}

function toIsoDate(value: unknown): string | undefined {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return value.toISOString().slice(0, 10);
  if (typeof value !== 'string') return undefined;
  const text = value.trim();
  if (DATE.test(text.slice(0, 10))) {
    const d = new Date(text.slice(0, 10) + 'T00:00:00Z');
    if (!Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === text.slice(0, 10)) return text.slice(0, 10);
  }
  return undefined;
}
