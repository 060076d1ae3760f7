/**
 * Decodes an HTML page's bytes: a byte-order mark wins, then the charset the HTTP header names, then a
 * `<meta charset>` or `<meta http-equiv="content-type">` in the first 4 KB, then UTF-8 (or, when the
 * bytes are not valid UTF-8, windows-1252 with a warning, as browsers do for undeclared pages).
 */
export function decodeHtml(bytes: Uint8Array, headerCharset?: string): { text: string; charset: string; warnings: string[] } {
  const warnings: string[] = [];
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), charset: 'utf-8', warnings };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), charset: 'utf-16le', warnings };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), charset: 'utf-16be', warnings };
  for (const declared of [headerCharset, metaCharset(bytes)]) {
    if (!declared) continue;
    const decoder = decoderFor(declared);
    if (decoder) return { text: decoder.decode(bytes), charset: decoder.encoding, warnings };
    warnings.push(`unknown character set “${declared.slice(0, 40)}”; read as UTF-8`);
    break;
  }
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(bytes), charset: 'utf-8', warnings };
  } catch {
    warnings.push('the page does not say its character set and is not UTF-8; read as windows-1252');
    return { text: windows1252.decode(bytes), charset: 'windows-1252', warnings };
  }
}

type Decoder = { encoding: string; decode(bytes: Uint8Array): string };

/**
 * Bytes 0x80–0x9F of windows-1252 (which the web also uses for "iso-8859-1", "latin1" and "ascii").
 * Node 20's TextDecoder decodes them as C1 control characters, losing curly quotes and dashes.
 */
const CP1252_HIGH = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008dŽ\u008f\u0090‘’“”•–—˜™š›œ\u009džŸ';

const windows1252: Decoder = {
  encoding: 'windows-1252',
  decode(bytes) {
    const latin1 = new TextDecoder('windows-1252').decode(bytes);
    return latin1.replace(/[\u0080-\u009f]/g, (c) => CP1252_HIGH[c.charCodeAt(0) - 0x80]);
  },
};

function decoderFor(label: string): Decoder | undefined {
  try {
    const decoder = new TextDecoder(label.trim().toLowerCase());
    return decoder.encoding === 'windows-1252' ? windows1252 : decoder;
  } catch {
    return undefined;
  }
}

const META_CHARSET = /<meta\b[^>]{0,300}?\bcharset\s*=\s*["']?\s*([\w.:-]{1,40})/i;

/** The charset a `<meta>` tag declares in the first 4 KB (read as Latin-1, which every declaration survives). */
export function metaCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  return META_CHARSET.exec(head)?.[1];
}
