/**
 * Cluster favourites: the clinicians patients of a cluster booked or contacted most. Each patient
 * counts once per clinician with their pair rating (booked 1.0, contacted 0.7; a patient who
 * contacted and then booked counts 1.0, one who later rejected counts nothing); the sums are
 * divided by the cluster's largest, so the favourite score is 0..1 and the top one scores 1.
 */
import { compareIds } from '../snapshot/compare-ids';
import { ACTION_RATINGS } from './action-ratings';
import type { InteractionMatrix } from './interaction-matrix';

/** A clinician popular within a cluster, scored 0..1. */
export interface ClusterFavourite {
  clinicianId: string;
  score: number;
}

/** Options of `clusterFavourites`. */
export interface FavouriteOptions {
  /** favourites kept per cluster */
  limit: number;
  /** when given, only these clinicians can be favourites (for example the active ones) */
  clinicianIds?: ReadonlySet<string>;
}

const COUNTED = ACTION_RATINGS.contacted;

/** Favourites of each cluster id in `0..clusterCount-1`, best first, ties by clinician id. */
export function clusterFavourites(
  matrix: InteractionMatrix,
  assignments: ReadonlyMap<string, number>,
  clusterCount: number,
  options: FavouriteOptions,
): ClusterFavourite[][] {
  const sums = Array.from({ length: clusterCount }, () => new Map<string, number>());

  for (const [userId, cluster] of assignments) {
    const totals = sums[cluster];
    if (!totals) continue;
    for (const [clinicianId, rating] of matrix.ratingsOf(userId)) {
      if (rating < COUNTED) continue;
      if (options.clinicianIds && !options.clinicianIds.has(clinicianId)) continue;
      // Summed in tenths so equal totals are exactly equal and ties fall to the clinician id.
      totals.set(clinicianId, (totals.get(clinicianId) ?? 0) + Math.round(rating * 10));
    }
  }

  return sums.map((totals) => {
    const ranked = [...totals]
      .sort((a, b) => b[1] - a[1] || compareIds(a[0], b[0]))
      .slice(0, Math.max(0, options.limit));
    const top = ranked[0]?.[1] ?? 0;
    return ranked.map(([clinicianId, sum]) => ({
      clinicianId,
      score: top > 0 ? Math.round((sum / top) * 10000) / 10000 : 0,
    }));
  });
}
