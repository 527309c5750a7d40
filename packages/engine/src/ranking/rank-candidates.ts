/**
 * The ranking pipeline every tier runs: score the candidates, choose and order the `limit`
 * shown, build matches, and say what happened (message, warnings, suggestions, crisis
 * resources). Tiers differ only in the `TierStrategy` they pass.
 */
import type { Clock } from '@lunajoy/models';

import { crisisResourcesFor } from '../safety/crisis-resources';
import { compareCandidates } from '../scoring/compare-candidates';
import { scoreCandidates } from '../scoring/score-candidates';
import { emptyResultMessage } from '../suggestions/empty-result-message';
import { suggestRelaxations } from '../suggestions/suggest-relaxations';
import type { MatchResult, RankRequest, ScoredCandidate, Snapshot, TierStrategy } from '../types';
import { buildMatch } from './build-match';
import { foundMessage, resultWarnings } from './result-notes';

/**
 * The shown candidates: the selector's choice (if any) sorted by score, topped up from the
 * ranked list when it chose too few, cut to `limit`, so `limit` holds for every tier.
 */
export function chooseShown(
  ranked: readonly ScoredCandidate[],
  limit: number,
  strategy: Pick<TierStrategy, 'selectMatches'>,
): ScoredCandidate[] {
  if (!strategy.selectMatches) return ranked.slice(0, limit);

  const chosen = new Map<string, ScoredCandidate>();
  for (const candidate of strategy.selectMatches(ranked, limit)) {
    if (chosen.size === limit) break;
    chosen.set(candidate.clinician.id, candidate);
  }
  for (const candidate of ranked) {
    if (chosen.size >= Math.min(limit, ranked.length)) break;
    if (!chosen.has(candidate.clinician.id)) chosen.set(candidate.clinician.id, candidate);
  }

  return [...chosen.values()].sort(compareCandidates);
}

function assertLimit(limit: number): void {
  if (!Number.isInteger(limit) || limit < 1) {
    throw new RangeError(`limit must be a positive integer, got ${limit}`);
  }
}

/** Runs the whole pipeline for one request with a tier's strategy. */
export function rankCandidates(
  snapshot: Snapshot,
  request: RankRequest,
  strategy: TierStrategy,
  clock: Clock,
): MatchResult {
  const { preferences, profile, options } = request;
  assertLimit(options.limit);
  const extensions = {
    extraComponents: strategy.extraComponents ?? [],
    extraBoosts: strategy.extraBoosts ?? [],
  };

  const pool = scoreCandidates(snapshot, preferences, profile, strategy.weights, clock, {
    ...extensions,
    rejectedIds: request.rejectedIds,
    bookedIds: request.bookedIds,
    includeBooked: options.includeBooked,
    useSuccessRates: strategy.useSuccessRates,
    config: strategy.config,
  });
  const { candidates, context } = pool;

  const shown = chooseShown(candidates, options.limit, strategy);
  const matches = shown.map((candidate, index) =>
    buildMatch(candidate, index + 1, context, options.explain, extensions),
  );

  const empty = candidates.length === 0;
  const { filterRequest } = pool;
  const suggestions = empty ? suggestRelaxations(snapshot, filterRequest) : [];

  return {
    tier: strategy.tier,
    strategy: strategy.strategy,
    totalMatches: candidates.length,
    matches,
    filtersApplied: pool.filtering.filtersApplied,
    weightsUsed: { ...strategy.weights },
    message: empty
      ? emptyResultMessage(pool.filtering.stages, filterRequest, suggestions.length > 0)
      : foundMessage(candidates.length, matches.length, context),
    warnings: empty ? [] : resultWarnings(candidates, context),
    suggestions,
    crisisResources: crisisResourcesFor(preferences.urgencyLevel, empty),
    userClusterId: null,
    clusterLabel: null,
    collaborativePredictionsUsed: null,
  };
}
