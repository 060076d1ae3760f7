import { lookup as dnsLookup, type LookupAddress } from 'node:dns';
import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { createBrotliDecompress, createGunzip, createInflate } from 'node:zlib';
import { isPublicAddress } from './publicAddress.ts';

/** A page could not be fetched, or was refused; the message is for the user. */
export class FetchRefused extends Error {
  override name = 'FetchRefused';
}

export interface FetchLimits {
  /** Reach loopback, private and link-local addresses too (tests, private deployments). */
  allowPrivate?: boolean;
  /** For the whole fetch, redirects included. Default 10 s. */
  timeoutMs?: number;
  /** Bytes of body, after decompression. Default 5 MB. */
  maxBytes?: number;
  /** Default 5. */
  maxRedirects?: number;
  /** Take any content type (an attached file, whose type its name says); default: web pages and plain text only. */
  anyType?: boolean;
}

export interface FetchedPage {
  /** Where the page was found, after redirects. */
  url: string;
  contentType: string;
  /** The charset named by the Content-Type header, if any. */
  charset?: string;
  body: Buffer;
}

export const FETCH_DEFAULTS = { timeoutMs: 10_000, maxBytes: 5 * 1024 * 1024, maxRedirects: 5 } as const;

/**
 * A DNS lookup that refuses names resolving to non-public addresses. It runs inside the connection,
 * so the address checked is the address connected to (no second lookup an attacker could answer differently).
 */
export function guardedLookup(allowPrivate: boolean): LookupFunction {
  return (hostname, options, callback) => {
    dnsLookup(hostname, { ...options, all: true }, (err, addresses) => {
      if (err) return callback(err, '', 0);
      const list = addresses as unknown as LookupAddress[];
      const refused = allowPrivate ? undefined : list.find((a) => !isPublicAddress(a.address));
      if (refused) return callback(new FetchRefused(`${hostname} is a private or local address (${refused.address}); only public web pages can be added.`), '', 0);
      if ((options as { all?: boolean }).all) return (callback as unknown as (e: null, a: LookupAddress[]) => void)(null, list);
      callback(null, list[0].address, list[0].family);
    });
  };
}

/** Checks a URL the user gave: http(s) only, no credentials, and (unless allowed) no literal private address. */
export function checkUrl(text: string, allowPrivate = false): URL {
  let url: URL;
  try {
    url = new URL(text.trim());
  } catch {
    throw new FetchRefused(`“${text.slice(0, 100)}” is not a web address; give the full link, starting with https://`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new FetchRefused(`Only http:// and https:// links can be added (not ${url.protocol}).`);
  if (url.username || url.password) throw new FetchRefused('Links with a user name or password in them are not fetched.');
  const host = url.hostname.replace(/^\[|\]$/g, '');
  if (!allowPrivate && (/^localhost$/i.test(host) || /\.localhost$/i.test(host) || (isIP(host) !== 0 && !isPublicAddress(host)))) {
    throw new FetchRefused(`${url.hostname} is a private or local address; only public web pages can be added.`);
  }
  return url;
}

function decoded(response: IncomingMessage): NodeJS.ReadableStream {
  switch ((response.headers['content-encoding'] ?? '').toLowerCase()) {
    case 'gzip':
    case 'x-gzip':
      return response.pipe(createGunzip());
    case 'deflate':
      return response.pipe(createInflate());
    case 'br':
      return response.pipe(createBrotliDecompress());
    default:
      return response;
  }
}

function charsetOf(contentType: string): string | undefined {
  const match = /;\s*charset\s*=\s*"?([\w.:-]+)"?/i.exec(contentType);
  return match?.[1].toLowerCase();
}

/**
 * Fetches a web page with limits: http(s) only, a total time limit, a body size limit (checked as it
 * streams, after decompression), a redirect limit, and every address resolved and refused when it is
 * not public (unless allowPrivate). Throws FetchRefused with a message for the user.
 */
export async function fetchPage(address: string, limits: FetchLimits = {}): Promise<FetchedPage> {
  const allowPrivate = !!limits.allowPrivate;
  const maxBytes = limits.maxBytes ?? FETCH_DEFAULTS.maxBytes;
  const maxRedirects = limits.maxRedirects ?? FETCH_DEFAULTS.maxRedirects;
  const timeoutMs = limits.timeoutMs ?? FETCH_DEFAULTS.timeoutMs;
  const controller = new AbortController();
  const timer = setTimeout(() => controller.abort(), timeoutMs);
  try {
    let url = checkUrl(address, allowPrivate);
    const seen = new Set<string>();
    for (let redirects = 0; ; redirects++) {
      seen.add(url.href);
      const response = await open(url, allowPrivate, controller.signal, timeoutMs);
      const status = response.statusCode ?? 0;
      if (status >= 300 && status < 400 && response.headers.location) {
        response.resume();
        const next = new URL(response.headers.location, url);
        if (seen.has(next.href)) throw new FetchRefused(`${url.hostname} redirects in a loop; the page cannot be read.`);
        if (redirects + 1 > maxRedirects) throw new FetchRefused(`The link redirects more than ${maxRedirects} times; give the article's final address.`);
        url = checkUrl(next.href, allowPrivate);
        continue;
      }
      if (status < 200 || status >= 300) {
        response.resume();
        const what = status === 404 || status === 410 ? 'the page was not found' : status === 401 || status === 403 ? 'the site refused access' : `the site answered ${status}`;
        throw new FetchRefused(`Could not fetch ${url.hostname}: ${what} (HTTP ${status}).`);
      }
      const contentType = String(response.headers['content-type'] ?? '');
      if (contentType && !limits.anyType && !/^(text\/html|application\/xhtml\+xml|text\/plain)\b/i.test(contentType)) {
        response.resume();
        throw new FetchRefused(`The link is not a web page (it is ${contentType.split(';')[0]}); link to the article's page.`);
      }
      const declared = Number(response.headers['content-length']);
      if (Number.isFinite(declared) && declared > maxBytes && !response.headers['content-encoding']) {
        response.destroy();
        throw new FetchRefused(`The page is larger than ${Math.round(maxBytes / 1024 / 1024)} MB; it is not fetched.`);
      }
      const body = await readBounded(decoded(response), maxBytes, () => response.destroy());
      return { url: url.href, contentType, charset: charsetOf(contentType), body };
    }
  } catch (err) {
    if (err instanceof FetchRefused) throw err;
    if (controller.signal.aborted) throw new FetchRefused(`The site took longer than ${Math.round(timeoutMs / 1000)} s to answer; try again later.`);
    const code = (err as NodeJS.ErrnoException).code;
    if (code === 'ENOTFOUND' || code === 'EAI_AGAIN') throw new FetchRefused(`No such site: ${safeHost(address)} was not found.`);
    throw new FetchRefused(`Could not fetch the page (${code ?? (err as Error).message}).`);
  } finally {
    clearTimeout(timer);
  }
}

function safeHost(address: string): string {
  try {
    return new URL(address).hostname;
  } catch {
    return 'the host';
  }
}

function open(url: URL, allowPrivate: boolean, signal: AbortSignal, timeoutMs: number): Promise<IncomingMessage> {
  const request = url.protocol === 'https:' ? httpsRequest : httpRequest;
  return new Promise((resolve, reject) => {
    const req = request(url, {
      method: 'GET',
      signal,
      timeout: timeoutMs,
      lookup: guardedLookup(allowPrivate),
      headers: {
        'user-agent': 'storyline (Discord news bot; +https://github.com/)',
        accept: 'text/html,application/xhtml+xml,text/plain;q=0.8,*/*;q=0.1',
        'accept-encoding': 'gzip, deflate, br',
      },
    });
    req.on('response', resolve);
    req.on('timeout', () => req.destroy(Object.assign(new Error('timeout'), { code: 'ETIMEDOUT' })));
    req.on('error', (err) => reject(err instanceof FetchRefused ? err : ((err as { cause?: unknown }).cause instanceof FetchRefused ? (err as { cause: FetchRefused }).cause : err)));
    req.end();
  });
}

/** Reads a stream into a Buffer, refusing (and stopping the download) past maxBytes. */
export async function readBounded(stream: NodeJS.ReadableStream, maxBytes: number, stop: () => void = () => {}): Promise<Buffer> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBytes) {
      stop();
      throw new FetchRefused(`The page is larger than ${Math.round(maxBytes / 1024 / 1024)} MB; it is not fetched.`);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}
