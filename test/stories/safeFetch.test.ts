import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { isPublicAddress } from '../../src/stories/publicAddress.ts';
import { checkUrl, fetchPage, FetchRefused, guardedLookup } from '../../src/stories/safeFetch.ts';
import { startPageServer, type PageServer } from './newsPages.ts';

describe('isPublicAddress', () => {
  it.each([
    ['8.8.8.8', true], ['1.1.1.1', true], ['2606:4700:4700::1111', true],
    ['127.0.0.1', false], ['127.8.9.1', false], ['10.0.0.1', false], ['172.16.5.4', false], ['172.32.0.1', true], ['192.168.1.1', false],
    ['169.254.169.254', false], ['100.64.0.1', false], ['0.0.0.0', false], ['224.0.0.1', false], ['255.255.255.255', false], ['198.18.0.1', false],
    ['::1', false], ['::', false], ['fe80::1', false], ['fd12:3456::1', false], ['ff02::1', false], ['2001:db8::1', false],
    ['::ffff:127.0.0.1', false], ['::ffff:7f00:1', false], ['::ffff:8.8.8.8', true], ['64:ff9b::a00:1', false], ['2002:c0a8:101::1', false],
    ['not an ip', false], ['', false],
  ])('%s → %s', (address, expected) => {
    expect(isPublicAddress(address)).toBe(expected);
  });
});

describe('checkUrl', () => {
  it.each([
    ['ftp://example.org/a', /Only http/],
    ['file:///etc/passwd', /Only http/],
    ['javascript:alert(1)', /Only http/],
    ['example.org/article', /not a web address/],
    ['https://user:secret@example.org/', /user name or password/],
    ['http://localhost:8080/', /private or local/],
    ['http://app.localhost/', /private or local/],
    ['http://127.0.0.1/', /private or local/],
    ['http://[::1]/', /private or local/],
    ['http://169.254.169.254/latest/meta-data', /private or local/],
    ['http://10.1.2.3/', /private or local/],
  ])('refuses %s', (url, message) => {
    expect(() => checkUrl(url)).toThrow(message);
  });
  it('takes public http(s) addresses, and private ones when allowed', () => {
    expect(checkUrl('https://example.org/news/1').href).toBe('https://example.org/news/1');
    expect(checkUrl('http://127.0.0.1:8080/a', true).port).toBe('8080');
  });
});

describe('fetchPage against a local web server', () => {
  let web: PageServer;
  beforeAll(async () => {
    web = await startPageServer();
  });
  afterAll(async () => {
    await web.close();
  });
  const refusal = async (path: string, limits = {}) => {
    try {
      await fetchPage(`${web.base}${path}`, { allowPrivate: true, ...limits });
    } catch (err) {
      expect(err).toBeInstanceOf(FetchRefused);
      return (err as Error).message;
    }
    throw new Error(`${path} was fetched`);
  };

  it('refuses the loopback server itself unless private addresses are allowed (also a name that resolves to it)', async () => {
    await expect(fetchPage(`${web.base}/courier/fire`)).rejects.toThrow(/private or local address/);
    // The check runs in the connection's own DNS lookup, so the address refused is the one that would be used.
    const lookedUp = await new Promise<string>((resolve) =>
      guardedLookup(false)('localhost', { family: 0 }, (err, address) => resolve(err ? err.message : `connected to ${address}`)),
    );
    expect(lookedUp).toMatch(/^localhost is a private or local address \((127\.0\.0\.1|::1)\)/);
    expect(web.hits.get('/courier/fire')).toBeUndefined();
    const page = await fetchPage(`${web.base}/courier/fire`, { allowPrivate: true });
    expect(page.body.toString('utf8')).toContain('Kestrel Park');
    expect(page.charset).toBe('utf-8');
  });
  it('gives up on a 404, a redirect loop, too many redirects, a slow page, a 30 MB body and a picture', async () => {
    expect(await refusal('/missing')).toMatch(/not found \(HTTP 404\)/);
    expect(await refusal('/loop/a')).toMatch(/redirects in a loop/);
    expect(await refusal('/loop/a', { maxRedirects: 0 })).toMatch(/redirects more than 0 times/);
    expect(await refusal('/slow', { timeoutMs: 300 })).toMatch(/took longer than/);
    expect(await refusal('/huge')).toMatch(/larger than 5 MB/);
    expect(await refusal('/image')).toMatch(/not a web page \(it is image\/png\)/);
  });
  it('reads the charset from the Content-Type header', async () => {
    const page = await fetchPage(`${web.base}/ledger/volunteers-header`, { allowPrivate: true });
    expect(page.charset).toBe('windows-1252');
  });
});
