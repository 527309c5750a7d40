/** `loadBalance` → `load_balance`; a key already in snake_case is unchanged. */
export function toSnakeCase(key: string): string {
  return key.replace(/[A-Z]/g, (letter) => `_${letter.toLowerCase()}`);
}

/** A shallow copy of a record with its keys in snake_case. */
export function snakeKeys<V>(record: Partial<Record<string, V>>): Record<string, V> {
  const out: Record<string, V> = {};
  for (const [key, value] of Object.entries(record)) {
    if (value !== undefined) out[toSnakeCase(key)] = value;
  }
  return out;
}
