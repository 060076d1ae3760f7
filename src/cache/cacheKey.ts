import { createHash } from 'node:crypto';
import type { CommandOptions } from '../commands/command.ts';

/** Bump when the shape of cached entries changes, so old entries are never read as new ones. */
export const CACHE_FORMAT = 1;
/** Length of a cache key: 22 base64url characters = 132 bits of SHA-256, short enough for a custom_id. */
export const KEY_LENGTH = 22;
const KEY_PATTERN = /^[A-Za-z0-9_-]{22}$/;

/**
 * Punctuation between digits ("3.5", "2018-07-16", "1,000") and a minus before a number carry meaning
 * and are kept; any other punctuation, symbol or control character becomes a space.
 */
const FOLD = /((?<=\p{Nd})[.,:/-](?=\p{Nd})|(?<![\p{L}\p{N}])-(?=\p{Nd}))|[\p{P}\p{S}\p{C}]/gu;

/**
 * One option value as the cache sees it: Unicode-normalised (NFKC), lower case, punctuation and symbols
 * folded to spaces (except inside numbers), whitespace collapsed. "Who invited  Putin?" and
 * "who invited putin" are the same question; "3.5" and "35" are not.
 */
export function normaliseOptionValue(value: string): string {
  return value
    .normalize('NFKC')
    .toLowerCase()
    .replace(FOLD, (_mark, numeric: string | undefined) => numeric ?? ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Options with blank values dropped, values normalised, names sorted: the part of the key users type. */
export function normaliseOptions(options: CommandOptions): [string, string][] {
  const out: [string, string][] = [];
  for (const name of Object.keys(options).sort()) {
    const raw = options[name];
    if (raw === undefined || raw === null) continue;
    const value = normaliseOptionValue(String(raw));
    if (value) out.push([name, value]);
  }
  return out;
}

export interface KeyParts {
  /** The story's content hash: a changed story gives new keys, so it never serves an old answer. */
  storyVersion: string;
  command: string;
  options: CommandOptions;
  /** The code's version (package version, commit): a deploy never serves answers built by old code. */
  codeVersion?: string;
}

/** A short (22-character base64url) key for an answer. */
export function cacheKey(parts: KeyParts): string {
  const material = JSON.stringify([CACHE_FORMAT, parts.codeVersion ?? '', parts.storyVersion, parts.command, normaliseOptions(parts.options)]);
  return createHash('sha256').update(material).digest('base64url').slice(0, KEY_LENGTH);
}

/** Whether a string (e.g. from a button's custom_id) can be a cache key at all. */
export function isCacheKey(value: unknown): value is string {
  return typeof value === 'string' && KEY_PATTERN.test(value);
}
