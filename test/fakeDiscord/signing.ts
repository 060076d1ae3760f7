import { generateKeyPairSync, sign } from 'node:crypto';

/**
 * An Ed25519 key pair of the test's own, standing in for a Discord application's: the public key as
 * the Developer Portal shows it (64 hex characters), and a signer as Discord signs interaction requests.
 */
export function createApplicationKeys(): { publicKeyHex: string; sign: (timestamp: string, body: string) => string } {
  const { publicKey, privateKey } = generateKeyPairSync('ed25519');
  const spki = publicKey.export({ format: 'der', type: 'spki' });
  return {
    publicKeyHex: spki.subarray(spki.length - 32).toString('hex'),
    sign: (timestamp, body) => sign(null, Buffer.from(timestamp + body), privateKey).toString('hex'),
  };
}
