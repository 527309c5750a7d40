/**
 * Orders ids by UTF-16 code units. `localeCompare` would depend on the machine's ICU locale, and
 * the ranking must come out the same everywhere.
 */
export function compareIds(a: string, b: string): number {
  if (a < b) return -1;
  return a > b ? 1 : 0;
}
