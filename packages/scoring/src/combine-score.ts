/**
 * Turns score components into the reported match score: min(1, Σ weight·component × Π boosts),
 * rounded to 4 decimals.
 */
import type { ComponentKey, WeightTable } from './scoring-config';

/** Component values by name; only the ones the weight table names are read. */
export type ComponentValues = Partial<Record<ComponentKey, number>>;

const SCALE = 10_000;
/**
 * Binary noise in a score (`0.12345` is stored as 0.123449999…, a sum of products drifts by a
 * few ulps) is far below this, in units of the fourth decimal; real differences are far above.
 */
const NOISE = 1e-7;

/**
 * Rounds to 4 decimals, half up, after absorbing binary noise: a value that is a half in
 * decimal rounds up on every machine. Plain arithmetic, because it runs for every candidate.
 */
export function roundScore(value: number): number {
  return Math.round(value * SCALE + NOISE) / SCALE;
}

/**
 * Σ weight·component over the weight table, unrounded. Throws when the table names a
 * component that was not computed: a silent 0 would hide a tier wiring mistake.
 */
export function weightedSum(components: ComponentValues, weights: WeightTable): number {
  let sum = 0;

  // for…in rather than Object.entries: no array per call on the per-candidate path.
  for (const name in weights) {
    const weight = weights[name as ComponentKey];
    if (weight === undefined) continue;
    const value = components[name as ComponentKey];
    if (value === undefined) throw new Error(`score component ${name} has a weight but no value`);
    sum += weight * value;
  }

  return sum;
}

/** The product of the applied boosts; 1 when none apply. */
export function boostProduct(boosts: Readonly<Record<string, number>>): number {
  let product = 1;
  for (const name in boosts) product *= boosts[name] as number;
  return product;
}

/**
 * The match score from an already computed weighted sum: min(1, sum × Π boosts), floored at 0,
 * rounded to 4 decimals. For callers that also report the sum, so it is computed once.
 */
export function scoreFromWeightedSum(
  sum: number,
  boosts: Readonly<Record<string, number>>,
): number {
  return roundScore(Math.min(1, Math.max(0, sum * boostProduct(boosts))));
}

/**
 * The match score: min(1, Σ w·c × Π boosts), rounded to 4 decimals. Also floored at 0, which
 * only matters to a tier that feeds a negative component (a disliked clinician).
 */
export function combineScore(
  components: ComponentValues,
  weights: WeightTable,
  boosts: Readonly<Record<string, number>>,
): number {
  return scoreFromWeightedSum(weightedSum(components, weights), boosts);
}
