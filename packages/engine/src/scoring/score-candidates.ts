/**
 * The scoring core every tier shares: hard filters, then content components, the tier's extra
 * components and boosts, the weighted score, and the ranking order.
 */
import type { Clock, PatientPreferences, PatientProfile } from '@lunajoy/models';
import {
  computeBoosts,
  DEFAULT_SCORING_CONFIG,
  scoreFromWeightedSum,
  weightedSum,
  type ScoringConfig,
} from '@lunajoy/scoring';

import { applyHardFilters, type FilterOutcome } from '../filters/apply-hard-filters';
import { toFilterRequest, type Exclusions } from '../filters/filter-request';
import type { FilterRequest } from '../filters/hard-filter';
import type {
  CandidateContext,
  ExtraBoost,
  ExtraComponent,
  ScoredCandidate,
  Snapshot,
  TierStrategy,
} from '../types';
import { scoreContent } from './content-components';

/** What a tier adds to the core, and who to leave out. */
export interface ScoreCandidatesOptions extends Exclusions {
  extraComponents?: readonly ExtraComponent[];
  extraBoosts?: readonly ExtraBoost[];
  /** defaults to true when a profile is given (the registered tiers) */
  useSuccessRates?: boolean;
  config?: ScoringConfig;
}

/** The scored, ranked candidates of one request and how the filters got there. */
export interface CandidatePool {
  /** every candidate that passed the hard filters, score descending, ties by id */
  candidates: ScoredCandidate[];
  filtering: FilterOutcome;
  filterRequest: FilterRequest;
  context: CandidateContext;
  weights: TierStrategy['weights'];
}

const byScoreDescending = (a: ScoredCandidate, b: ScoredCandidate): number => b.score - a.score;

/**
 * Filters and scores the candidates of a request. The clock is read once, so every candidate
 * is scored at the same instant. Throws when the weights name a component nobody computed.
 */
export function scoreCandidates(
  snapshot: Snapshot,
  preferences: PatientPreferences,
  profile: PatientProfile | null,
  tierWeights: TierStrategy['weights'],
  clock: Clock,
  options: ScoreCandidatesOptions = {},
): CandidatePool {
  const now = clock.now();
  const config = options.config ?? DEFAULT_SCORING_CONFIG;
  const useSuccessRates = options.useSuccessRates ?? profile !== null;
  const context: CandidateContext = { snapshot, preferences, profile, now, weights: tierWeights };
  const extraComponents = options.extraComponents ?? [];
  const extraBoosts = options.extraBoosts ?? [];

  const filterRequest = toFilterRequest(preferences, profile, options);
  const filtering = applyHardFilters(snapshot, filterRequest);

  const candidates = filtering.eligible.map((clinician): ScoredCandidate => {
    const content = scoreContent(clinician, preferences, now, useSuccessRates, config);
    const components = content.components;
    for (const extra of extraComponents) components[extra.name] = extra.score(clinician, context);

    const boosts = computeBoosts(clinician, now, config);
    for (const boost of extraBoosts) {
      const multiplier = boost.multiplier(clinician, context);
      if (multiplier !== null && multiplier !== 1) boosts[boost.name] = multiplier;
    }

    const sum = weightedSum(components, tierWeights);
    return {
      clinician,
      components,
      weightedScore: sum,
      boosts,
      score: scoreFromWeightedSum(sum, boosts),
      acceptsInsurance: content.acceptsInsurance,
    };
  });
  // The eligible list is ascending by id and Array#sort is stable, so sorting on the score alone
  // already breaks ties by id; it saves a string comparison per tie.
  candidates.sort(byScoreDescending);

  return { candidates, filtering, filterRequest, context, weights: tierWeights };
}
