/**
 * The registered tiers' set selection: MMR over the best-scored candidates. Only the top
 * `poolFactor × limit` (at least `minPool`) are considered, so a state with thousands of
 * clinicians costs limit × pool similarity checks, not limit × thousands, and a clinician far
 * down the list cannot be pulled into view by variety alone.
 */
import { DEFAULT_DIVERSITY_LAMBDA, selectDiverse } from '../diversity/mmr';
import type { ScoredCandidate, TierStrategy } from '../types';

/** How the registered tiers diversify their lists. */
export interface DiversitySettings {
  lambda: number;
  poolFactor: number;
  minPool: number;
}

/** λ 0.8 over the top 3 × limit candidates (at least 30). */
export const DEFAULT_DIVERSITY: Readonly<DiversitySettings> = {
  lambda: DEFAULT_DIVERSITY_LAMBDA,
  poolFactor: 3,
  minPool: 30,
};

/** A `selectMatches` for a tier strategy. */
export function diversitySelector(
  settings: DiversitySettings = DEFAULT_DIVERSITY,
): NonNullable<TierStrategy['selectMatches']> {
  return (ranked, limit) => {
    const pool = ranked.slice(0, Math.max(settings.minPool, settings.poolFactor * limit));
    const chosen = selectDiverse(
      pool.map((candidate) => ({
        id: candidate.clinician.id,
        score: candidate.score,
        profile: candidate.clinician,
        candidate,
      })),
      { limit, lambda: settings.lambda },
    );
    return chosen.map((c): ScoredCandidate => c.candidate);
  };
}
