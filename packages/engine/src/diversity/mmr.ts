/**
 * Maximal marginal relevance: picks `limit` candidates one at a time, each time the one with the
 * best λ·score − (1 − λ)·(its largest similarity to those already picked), ties by id. λ = 1 is
 * plain ranking by score; lower values trade score for variety. The picked set is then sorted by
 * score (descending, ties by id), because the list must read in the order of the score it shows:
 * diversity decides who is in the list, not where they stand.
 */
import { compareIds } from '../snapshot/compare-ids';
import { clinicianSimilarity, type DiversityProfile } from './clinician-similarity';

/** A candidate for diversity re-ranking. */
export interface DiversityCandidate {
  id: string;
  /** the score the list reports, 0..1 */
  score: number;
  profile: DiversityProfile;
}

/** Options of `selectDiverse`. */
export interface DiversityOptions {
  limit: number;
  /** weight of the score against variety, 0..1 */
  lambda: number;
  similarity?: (a: DiversityProfile, b: DiversityProfile) => number;
}

/** Default λ: mostly score, enough variety to break up runs of near copies. */
export const DEFAULT_DIVERSITY_LAMBDA = 0.8;

const byScoreThenId = (a: DiversityCandidate, b: DiversityCandidate): number =>
  b.score - a.score || compareIds(a.id, b.id);

/** Exactly min(limit, candidates) candidates, chosen by MMR and sorted by score then id. */
export function selectDiverse<T extends DiversityCandidate>(
  candidates: readonly T[],
  options: DiversityOptions,
): T[] {
  const limit = Math.max(0, Math.min(Math.floor(options.limit), candidates.length));
  const similarity = options.similarity ?? clinicianSimilarity;
  const lambda = Math.min(1, Math.max(0, options.lambda));
  const pool = [...candidates].sort(byScoreThenId);
  // maxSimilarity[i]: largest similarity of pool[i] to anything picked so far
  const maxSimilarity = new Float64Array(pool.length);
  const taken = new Uint8Array(pool.length);
  const picked: T[] = [];

  while (picked.length < limit) {
    let best = -1;
    let bestValue = -Infinity;
    pool.forEach((candidate, i) => {
      if (taken[i]) return;
      const value = lambda * candidate.score - (1 - lambda) * (maxSimilarity[i] ?? 0);
      const tie = value === bestValue && candidate.id < (pool[best]?.id ?? '');
      if (value > bestValue || tie) {
        best = i;
        bestValue = value;
      }
    });

    const chosen = pool[best];
    if (!chosen) break;
    taken[best] = 1;
    picked.push(chosen);
    pool.forEach((candidate, i) => {
      if (!taken[i]) {
        maxSimilarity[i] = Math.max(
          maxSimilarity[i] ?? 0,
          similarity(chosen.profile, candidate.profile),
        );
      }
    });
  }

  return picked.sort(byScoreThenId);
}
