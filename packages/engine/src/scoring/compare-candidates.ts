/** The one ranking order: score descending, then clinician id ascending. */
import { compareIds } from '../snapshot/compare-ids';
import type { ScoredCandidate } from '../types';

/** Sort comparator: higher score first; equal scores by ascending clinician id. */
export function compareCandidates(a: ScoredCandidate, b: ScoredCandidate): number {
  return b.score - a.score || compareIds(a.clinician.id, b.clinician.id);
}
