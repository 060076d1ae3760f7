import { createPublicKey, verify, type KeyObject } from 'node:crypto';

/**
 * Discord signs every request to an interactions endpoint with the application's Ed25519 key:
 * X-Signature-Ed25519 (hex) over X-Signature-Timestamp followed by the raw body. The public key is
 * the 64 hex characters shown on the Developer Portal's General Information page.
 */
export const PUBLIC_KEY_PATTERN = /^[0-9a-f]{64}$/i;

/** The DER prefix that turns 32 raw Ed25519 key bytes into an SPKI public key. */
const ED25519_SPKI_PREFIX = Buffer.from('302a300506032b6570032100', 'hex');
const SIGNATURE_PATTERN = /^[0-9a-f]{128}$/i;

/** The application's public key as a node:crypto key; throws on anything but 64 hex characters. */
export function publicKeyFromHex(hex: string): KeyObject {
  if (!PUBLIC_KEY_PATTERN.test(hex)) throw new Error('an Ed25519 public key is 64 hex characters');
  return createPublicKey({ key: Buffer.concat([ED25519_SPKI_PREFIX, Buffer.from(hex, 'hex')]), format: 'der', type: 'spki' });
}

/** True when the signature is Discord's for this timestamp and body. Never throws. */
export function isSignedByDiscord(key: KeyObject, signatureHex: string | undefined, timestamp: string | undefined, body: Buffer): boolean {
  if (!signatureHex || !timestamp || !SIGNATURE_PATTERN.test(signatureHex)) return false;
  try {
    return verify(null, Buffer.concat([Buffer.from(timestamp, 'utf8'), body]), key, Buffer.from(signatureHex, 'hex'));
  } catch {
    return false;
  }
}
