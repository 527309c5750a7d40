/** Converts a TTL in seconds (fractions allowed) to whole milliseconds, at least 1. */
export function ttlToMs(ttlSeconds: number): number {
  if (!Number.isFinite(ttlSeconds) || ttlSeconds <= 0) {
    throw new RangeError(`ttlSeconds must be a positive number, got ${ttlSeconds}`);
  }
  return Math.max(1, Math.round(ttlSeconds * 1000));
}

/** Returns a TTL in seconds after checking that it is usable. */
export function assertTtlSeconds(ttlSeconds: number): number {
  ttlToMs(ttlSeconds);
  return ttlSeconds;
}

/** Rejects an empty prefix, which would let `deleteByPrefix` reach other tenants' keys. */
export function assertPrefix(prefix: string): string {
  if (prefix.length === 0) {
    throw new RangeError('cache prefix must not be empty');
  }
  return prefix;
}

/** Escapes Redis glob characters so a literal key prefix can be used in `SCAN MATCH`. */
export function escapeGlob(literal: string): string {
  return literal.replace(/[*?[\]\\]/g, (char) => `\\${char}`);
}

/** Serialises a value for storage; `undefined` is not storable and gives `undefined`. */
export function encodeValue(value: unknown): string | undefined {
  return JSON.stringify(value);
}

/** Parses a stored value. */
export function decodeValue<T>(stored: string): T {
  return JSON.parse(stored) as T;
}
