/**
 * The baselines every tier must beat, over the same candidates the tiers see: a seeded random
 * order, and popularity (the clinicians most booked or contacted, in training, first).
 */
import type { Clinician } from '@lunajoy/models';

import { ACTION_RATINGS } from '../learning/action-ratings';
import type { InteractionMatrix } from '../learning/interaction-matrix';
import { compareIds } from '../snapshot/compare-ids';

/** A 32-bit FNV-1a hash of a string, mixed with a seed. */
function hash(text: string, seed: number): number {
  let h = (0x811c9dc5 ^ seed) >>> 0;
  for (let i = 0; i < text.length; i += 1) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 13;
  h = Math.imul(h, 0x5bd1e995);
  return (h ^ (h >>> 15)) >>> 0;
}

/** The candidates in a random order fixed by the seed and the patient (ties by id). */
export function randomRanking(
  candidates: readonly Pick<Clinician, 'id'>[],
  userId: string,
  seed: number,
): string[] {
  return candidates
    .map((c) => ({ id: c.id, key: hash(`${userId}\u0000${c.id}`, seed) }))
    .sort((a, b) => a.key - b.key || compareIds(a.id, b.id))
    .map((c) => c.id);
}

/**
 * Each clinician's popularity: the sum, over patients, of their booked (1.0) or contacted (0.7)
 * rating of that clinician, in tenths so equal sums tie exactly.
 */
export function popularityCounts(matrix: InteractionMatrix): Map<string, number> {
  const counts = new Map<string, number>();
  for (const userId of matrix.patientIds) {
    for (const [clinicianId, rating] of matrix.ratingsOf(userId)) {
      if (rating < ACTION_RATINGS.contacted) continue;
      counts.set(clinicianId, (counts.get(clinicianId) ?? 0) + Math.round(rating * 10));
    }
  }
  return counts;
}

/** The candidates, most popular first, ties by id. */
export function popularityRanking(
  candidates: readonly Pick<Clinician, 'id'>[],
  counts: ReadonlyMap<string, number>,
): string[] {
  return candidates
    .map((c) => ({ id: c.id, count: counts.get(c.id) ?? 0 }))
    .sort((a, b) => b.count - a.count || compareIds(a.id, b.id))
    .map((c) => c.id);
}
