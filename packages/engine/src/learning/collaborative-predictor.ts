/**
 * Collaborative predictions from neighbourhoods: a clinician's predicted rating for a patient is
 * Σ(similarity × rating) ÷ Σ|similarity| over the patient's neighbours who rated that clinician,
 * clipped to 0..1. No neighbour rated them means no prediction (null), which callers must tell
 * apart from a prediction of 0 (neighbours ignored or rejected them).
 */
import type { InteractionMatrix } from './interaction-matrix';
import type { Neighbour } from './neighbourhoods';

/** Predictions for one matrix and one set of neighbourhoods. */
export interface CollaborativePredictor {
  /** the patient's neighbours (empty when they have none) */
  neighboursOf(userId: string): readonly Neighbour[];
  predict(userId: string, clinicianId: string): number | null;
  /** predictions for the candidates that have one, keyed by clinician id */
  predictAll(userId: string, candidateIds: Iterable<string>): Map<string, number>;
  /**
   * predictions for every clinician any of the patient's neighbours rated; pass the neighbours
   * when already looked up, so a patient found by a fresh search is not searched twice
   */
  predictRated(userId: string, neighbours?: readonly Neighbour[]): Map<string, number>;
}

const clip01 = (value: number): number => Math.min(1, Math.max(0, value));

/**
 * A predictor reading ratings from `matrix` (so neighbours' newest interactions count) and
 * neighbours from `neighbours`, or from `fallback` for a patient the neighbourhoods lack.
 */
export function createCollaborativePredictor(
  matrix: InteractionMatrix,
  neighbours: ReadonlyMap<string, readonly Neighbour[]>,
  fallback?: (userId: string) => readonly Neighbour[],
): CollaborativePredictor {
  const neighboursOf = (userId: string): readonly Neighbour[] =>
    neighbours.get(userId) ?? fallback?.(userId) ?? [];

  // Walks each neighbour's row once instead of looking every candidate up in every row.
  const predictColumns = (
    list: readonly Neighbour[],
    wanted: (column: number) => boolean,
  ): Map<string, number> => {
    const weighted = new Map<number, number>();
    const total = new Map<number, number>();
    for (const n of list) {
      const row = matrix.rowOf(n.id);
      if (!row) continue;
      row.columns.forEach((column, i) => {
        if (!wanted(column)) return;
        weighted.set(column, (weighted.get(column) ?? 0) + n.similarity * (row.ratings[i] ?? 0));
        total.set(column, (total.get(column) ?? 0) + Math.abs(n.similarity));
      });
    }

    const out = new Map<string, number>();
    for (const [column, sum] of total) {
      const id = matrix.clinicianIds[column];
      if (id !== undefined && sum > 0) out.set(id, clip01((weighted.get(column) ?? 0) / sum));
    }
    return out;
  };

  return {
    neighboursOf,

    predict(userId, clinicianId) {
      let weighted = 0;
      let total = 0;
      for (const n of neighboursOf(userId)) {
        const rating = matrix.ratingOf(n.id, clinicianId);
        if (rating === undefined) continue;
        weighted += n.similarity * rating;
        total += Math.abs(n.similarity);
      }
      return total === 0 ? null : clip01(weighted / total);
    },

    predictAll(userId, candidateIds) {
      const wanted = new Set<number>();
      for (const id of candidateIds) {
        const column = matrix.columnNumber(id);
        if (column !== undefined) wanted.add(column);
      }
      return predictColumns(neighboursOf(userId), (column) => wanted.has(column));
    },

    predictRated(userId, neighbours) {
      return predictColumns(neighbours ?? neighboursOf(userId), () => true);
    },
  };
}
