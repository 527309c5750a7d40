import { createHash, timingSafeEqual } from 'node:crypto';

/** Says which admin key a presented key is (by fingerprint), or null when it is none of them. */
export type ApiKeyVerifier = (presented: string) => { keyId: string } | null;

function digest(value: string): Buffer {
  return createHash('sha256').update(value, 'utf8').digest();
}

/**
 * A short, stable name for a key that is safe to log: the start of its SHA-256. Keys are long
 * random strings, so the fingerprint reveals nothing usable about them.
 */
export function apiKeyFingerprint(key: string): string {
  return `sha256:${digest(key).subarray(0, 6).toString('hex')}`;
}

/**
 * Builds a check against the configured admin keys. Digests are compared, not the keys, so the
 * comparison always runs over 32 bytes and its timing says nothing about a key's length; every
 * key is compared, so it says nothing about which one matched either.
 */
export function createApiKeyVerifier(keys: readonly string[]): ApiKeyVerifier {
  const known = keys.map((key) => ({ digest: digest(key), keyId: apiKeyFingerprint(key) }));

  return (presented) => {
    const candidate = digest(presented);
    let match: { keyId: string } | null = null;
    for (const key of known) {
      if (timingSafeEqual(candidate, key.digest) && match === null) match = { keyId: key.keyId };
    }
    return match;
  };
}
