/**
 * The anonymous tier: content score only, the urgency's weight table, no profile.
 */
import type { Clock, PatientPreferences } from '@lunajoy/models';
import { DEFAULT_SCORING_CONFIG, weightTableFor, type ScoringConfig } from '@lunajoy/scoring';

import { rankCandidates } from '../ranking/rank-candidates';
import type { MatchOptions, MatchResult, Snapshot, TierStrategy } from '../types';

/** The strategy of the anonymous tier for a request's urgency. */
export function anonymousStrategy(
  preferences: PatientPreferences,
  config: ScoringConfig = DEFAULT_SCORING_CONFIG,
): TierStrategy {
  return {
    tier: 'anonymous',
    strategy: 'content',
    weights: weightTableFor(preferences.urgencyLevel, { registered: false }, config),
    useSuccessRates: false,
    config,
  };
}

/** Ranks clinicians for an anonymous visitor. */
export function matchAnonymous(
  snapshot: Snapshot,
  preferences: PatientPreferences,
  options: MatchOptions,
  clock: Clock,
  config: ScoringConfig = DEFAULT_SCORING_CONFIG,
): MatchResult {
  const request = { preferences, profile: null, options };
  return rankCandidates(snapshot, request, anonymousStrategy(preferences, config), clock);
}
