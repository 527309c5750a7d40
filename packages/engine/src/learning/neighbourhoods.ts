/**
 * User-based neighbourhoods: for each patient with history, the k most similar patients by
 * cosine similarity of their rating rows (see `neighbour-search.ts` for how candidates are
 * found without a patients × patients matrix, and how popular clinicians are sampled).
 */
import type { InteractionMatrix } from './interaction-matrix';
import { scratchFor, searchRow } from './neighbour-search';

/** Parameters of the neighbourhood search. */
export interface NeighbourhoodParams {
  /** neighbours kept per patient */
  neighbourCount: number;
  /** clinicians two patients must both have rated */
  minCoRated: number;
  /** raters of one clinician considered per patient (see `neighbour-search.ts`) */
  maxRatersPerClinician: number;
  /** similarities at or below this are dropped; 0 keeps only positively similar patients */
  minSimilarity: number;
  /**
   * significance weighting: similarity × coRated ÷ (coRated + shrinkage), so a match on two
   * clinicians counts for less than one on ten; 0 turns it off
   */
  shrinkage: number;
}

/**
 * Defaults: 50 neighbours, at least 2 clinicians in common, 500 raters per clinician, no
 * shrinkage. On the seed data 50 neighbours rank the held-out booking clearly better than 30
 * (nDCG@10 +0.03) and more buy almost nothing (100: +0.008, 200: none) while storing more rows;
 * shrinkage for few co-rated clinicians lowered nDCG@10 slightly, because a patient's few
 * strongest co-bookings are the signal rather than noise.
 */
export const DEFAULT_NEIGHBOURHOOD_PARAMS: Readonly<NeighbourhoodParams> = {
  neighbourCount: 50,
  minCoRated: 2,
  maxRatersPerClinician: 500,
  minSimilarity: 0,
  shrinkage: 0,
};

/** One similar patient. */
export interface Neighbour {
  id: string;
  similarity: number;
}

/** Neighbours of every patient with a built row and a non-zero rating; others are left out. */
export function computeNeighbourhoods(
  matrix: InteractionMatrix,
  params: NeighbourhoodParams = DEFAULT_NEIGHBOURHOOD_PARAMS,
  onProgress?: (done: number, total: number) => void,
): Map<string, Neighbour[]> {
  const ids = matrix.patientIds;
  const scratch = scratchFor(matrix);
  const out = new Map<string, Neighbour[]>();
  const every = Math.max(1, Math.floor(ids.length / 100));

  for (let r = 0; r < ids.length; r += 1) {
    const id = ids[r]!;
    const row = matrix.rowOf(id);
    const neighbours = row ? searchRow(matrix, row, r, params, scratch) : [];
    if (neighbours.length > 0) out.set(id, neighbours);
    if (onProgress && (r % every === 0 || r === ids.length - 1)) onProgress(r + 1, ids.length);
  }

  return out;
}

/**
 * The neighbours of one patient from their current row (overlay included), for a patient whose
 * history changed since the model was trained. Costs one search, not a retrain.
 */
export function findNeighbours(
  matrix: InteractionMatrix,
  userId: string,
  params: NeighbourhoodParams = DEFAULT_NEIGHBOURHOOD_PARAMS,
): Neighbour[] {
  const row = matrix.rowOf(userId);
  if (!row) return [];
  return searchRow(matrix, row, matrix.rowNumber(userId) ?? -1, params, scratchFor(matrix));
}
