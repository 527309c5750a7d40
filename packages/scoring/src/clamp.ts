/** Clamps to 0..1; anything that is not a finite number (NaN, null from loose data) becomes 0. */
export function clamp01(value: number | null | undefined): number {
  if (typeof value !== 'number' || !Number.isFinite(value)) return 0;
  return Math.min(1, Math.max(0, value));
}
