import { createHash } from 'node:crypto';
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import { endianness } from 'node:os';
import { join } from 'node:path';
import * as zlib from 'node:zlib';
import { InvertedIndex } from './invertedIndex.ts';
import { terms } from './tokenize.ts';

/**
 * A built index saved next to its story, so that restarting on a large story loads the postings
 * instead of rebuilding them: `<storyDir>/.storyline-cache/index-<INDEX_FORMAT>.bin`.
 *
 * The file records the key it was built for (the story's content hash, the file format and a
 * fingerprint of the tokenizer); a file for another key, a truncated or corrupt file (length or
 * CRC-32 mismatch) is ignored, and the caller rebuilds. Saving is atomic (temp file + rename), and a
 * story folder that cannot be written to only costs the rebuild next time.
 *
 * Layout, little-endian, every section 4-byte aligned:
 *   header (40 bytes): magic "STLINDEX", format, docCount, termCount, postings, vocabulary chars,
 *                      key chars, CRC-32 of the payload, payload bytes
 *   payload: offsets u32[termCount+1] | docs u32[postings] | weights f32[postings] |
 *            term lengths u32[termCount] | key (UTF-16) | vocabulary (UTF-16, terms end to end)
 * Loading maps the typed arrays straight onto the file's bytes: no copy, no parsing of postings.
 */
export const INDEX_FORMAT = 3;
/** Stories with at least this many sentences keep their built index on disk (<story>/.storyline-cache/). */
export const PERSIST_INDEX_FROM_SENTENCES = 20_000;
export const CACHE_DIR = '.storyline-cache';
const MAGIC = 'STLINDEX';
const HEADER_BYTES = 40;

export function indexPath(storyDir: string): string {
  return join(storyDir, CACHE_DIR, `index-${INDEX_FORMAT}.bin`);
}

let fingerprint: string | undefined;

/** Changes when the tokenizer's output changes (stopwords, stemming, irregular forms). */
function tokenizerFingerprint(): string {
  fingerprint ??= createHash('sha256')
    .update(terms("The officials said they'd met twice; it's the governors' meetings, running 1,000 studies of NATO’s U.S. allies at 30C and 14mm, who were told.").join(' '))
    .digest('hex')
    .slice(0, 12);
  return fingerprint;
}

/** What the file must have been built for: the story's content, the format, the tokenizer. */
export function indexKey(storyVersion: string): string {
  return `${storyVersion}:${INDEX_FORMAT}:${tokenizerFingerprint()}`;
}

const crc32: (data: Uint8Array, value?: number) => number = (zlib as { crc32?: typeof crc32 }).crc32 ?? crc32Js;

let crcTable: Int32Array | undefined;
function crc32Js(data: Uint8Array, value = 0): number {
  if (!crcTable) {
    crcTable = new Int32Array(256);
    for (let n = 0; n < 256; n++) {
      let c = n;
      for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      crcTable[n] = c;
    }
  }
  let crc = ~value;
  for (let i = 0; i < data.length; i++) crc = crcTable[(crc ^ data[i]) & 0xff] ^ (crc >>> 8);
  return ~crc >>> 0;
}

function bytesOf(array: Uint32Array | Float32Array): Uint8Array {
  return new Uint8Array(array.buffer, array.byteOffset, array.byteLength);
}

/** Typed arrays in memory are in the platform's byte order; the file is little-endian. */
const LITTLE_ENDIAN = endianness() === 'LE';

/** Saves the index for this story version; returns the file's path. Throws when it cannot write. */
export async function saveIndex(storyDir: string, storyVersion: string, index: InvertedIndex): Promise<string> {
  if (!LITTLE_ENDIAN) throw new Error('persisted indexes are little-endian; this machine is not');
  const { vocabulary, offsets, docs, weights, docCount } = index.toData();
  const key = indexKey(storyVersion);
  const lengths = new Uint32Array(vocabulary.length);
  for (let i = 0; i < vocabulary.length; i++) lengths[i] = vocabulary[i].length;
  const text = Buffer.from(key + vocabulary.join(''), 'utf16le');
  const parts = [bytesOf(offsets), bytesOf(docs), bytesOf(weights), bytesOf(lengths), text];
  let crc = 0;
  let payloadBytes = 0;
  for (const part of parts) {
    // Node's zlib.crc32 returns 0 for an empty view of an empty buffer instead of the running value.
    if (part.byteLength) crc = crc32(part, crc);
    payloadBytes += part.byteLength;
  }
  const header = Buffer.alloc(HEADER_BYTES);
  header.write(MAGIC, 0, 'latin1');
  [INDEX_FORMAT, docCount, vocabulary.length, docs.length, text.length / 2 - key.length, key.length, crc, payloadBytes].forEach((v, i) =>
    header.writeUInt32LE(v >>> 0, 8 + 4 * i),
  );
  const path = indexPath(storyDir);
  await mkdir(join(storyDir, CACHE_DIR), { recursive: true });
  const temp = `${path}.${process.pid}.${Date.now()}.tmp`;
  const handle = await open(temp, 'w');
  try {
    await handle.writev([header, ...parts]);
    await handle.close();
    await rename(temp, path);
  } catch (err) {
    await handle.close().catch(() => {});
    await rm(temp, { force: true });
    throw err;
  }
  return path;
}

export type IndexLoad = { index: InvertedIndex; reason?: undefined } | { index?: undefined; reason: string };

/**
 * Loads the saved index of this story version. Never throws: a missing, stale or corrupt file gives
 * `{ reason }` (and the caller rebuilds). `expectedDocs` (the story's sentence count) is checked too.
 */
export async function loadIndex(storyDir: string, storyVersion: string, expectedDocs?: number): Promise<IndexLoad> {
  let file: Buffer;
  try {
    file = await readFile(indexPath(storyDir));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    return { reason: code === 'ENOENT' ? 'no saved index' : `cannot read the saved index (${code ?? (err as Error).message})` };
  }
  try {
    return decode(file, indexKey(storyVersion), expectedDocs);
  } catch (err) {
    return { reason: `saved index is corrupt (${(err as Error).message})` };
  }
}

function decode(file: Buffer, key: string, expectedDocs: number | undefined): IndexLoad {
  if (!LITTLE_ENDIAN) return { reason: 'persisted indexes are little-endian; this machine is not' };
  if (file.length < HEADER_BYTES || file.toString('latin1', 0, 8) !== MAGIC) return { reason: 'saved index is corrupt (not an index file)' };
  const [format, docCount, termCount, postings, vocabChars, keyChars, crc, payloadBytes] = Array.from({ length: 8 }, (_, i) =>
    file.readUInt32LE(8 + 4 * i),
  );
  if (format !== INDEX_FORMAT) return { reason: `saved index has format ${format}, not ${INDEX_FORMAT}` };
  const expectedBytes = 4 * (termCount + 1) + 8 * postings + 4 * termCount + 2 * (keyChars + vocabChars);
  if (payloadBytes !== expectedBytes || file.length !== HEADER_BYTES + payloadBytes) {
    return { reason: 'saved index is corrupt (truncated or wrong length)' };
  }
  // The key is checked before the checksum: a stale file is common and needs no full read.
  const keyStart = HEADER_BYTES + 4 * (termCount + 1) + 8 * postings + 4 * termCount;
  const savedKey = file.toString('utf16le', keyStart, keyStart + 2 * keyChars);
  if (savedKey !== key) return { reason: 'saved index is stale (built for another version of the story or tokenizer)' };
  if (expectedDocs !== undefined && docCount !== expectedDocs) {
    return { reason: `saved index is stale (${docCount} sentences, the story has ${expectedDocs})` };
  }
  const payload = file.subarray(HEADER_BYTES);
  if (crc32(payload) !== crc) return { reason: 'saved index is corrupt (checksum mismatch)' };
  // Typed-array views need 4-byte alignment; a pooled small Buffer may not have it.
  const bytes = file.byteOffset % 4 === 0 ? file : Buffer.from(file);
  const base = bytes.byteOffset + HEADER_BYTES;
  let at = base;
  const take = <T>(make: (buffer: ArrayBuffer, offset: number, length: number) => T, length: number): T => {
    const view = make(bytes.buffer as ArrayBuffer, at, length);
    at += 4 * length;
    return view;
  };
  const u32 = (b: ArrayBuffer, o: number, n: number) => new Uint32Array(b, o, n);
  const offsets = take(u32, termCount + 1);
  const docs = take(u32, postings);
  const weights = take((b, o, n) => new Float32Array(b, o, n), postings);
  const lengths = take(u32, termCount);
  if (offsets[0] !== 0 || offsets[termCount] !== postings) return { reason: 'saved index is corrupt (postings do not add up)' };
  const text = bytes.toString('utf16le', at - bytes.byteOffset + 2 * keyChars, at - bytes.byteOffset + 2 * (keyChars + vocabChars));
  const vocabulary: string[] = new Array(termCount);
  let pos = 0;
  for (let t = 0; t < termCount; t++) {
    vocabulary[t] = text.slice(pos, pos + lengths[t]);
    pos += lengths[t];
  }
  if (pos !== vocabChars) return { reason: 'saved index is corrupt (vocabulary does not add up)' };
  return { index: new InvertedIndex({ vocabulary, offsets, docs, weights, docCount }) };
}

export interface LoadOrBuildOptions {
  /** The story folder (the index is saved in its .storyline-cache/). */
  dir: string;
  /** The story's content hash (Story.version). */
  version: string;
  /** The story's sentence count; a saved index for another count is rebuilt. */
  expectedDocs?: number;
  /** Builds the index when none can be loaded (e.g. `() => InvertedIndex.fromTerms(searchTerms)`). */
  build: () => InvertedIndex | Promise<InvertedIndex>;
  /** Save what was built (default true). */
  save?: boolean;
}

export interface LoadOrBuildResult {
  index: InvertedIndex;
  source: 'disk' | 'built';
  /** Why the saved index was not used, when it was built. */
  reason?: string;
  /** Why saving failed (read-only folder, disk full); the index is still good. */
  saveError?: string;
}

/** The saved index when it is current, else a fresh build (saved for next time). */
export async function loadOrBuildIndex(options: LoadOrBuildOptions): Promise<LoadOrBuildResult> {
  const loaded = await loadIndex(options.dir, options.version, options.expectedDocs);
  if (loaded.index) return { index: loaded.index, source: 'disk' };
  const index = await options.build();
  const result: LoadOrBuildResult = { index, source: 'built', reason: loaded.reason };
  if (options.save !== false) {
    try {
      await saveIndex(options.dir, options.version, index);
    } catch (err) {
      result.saveError = (err as NodeJS.ErrnoException).code ?? (err as Error).message;
    }
  }
  return result;
}
