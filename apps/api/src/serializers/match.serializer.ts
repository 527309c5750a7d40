import type {
  ComponentName,
  Explanation,
  Match,
  MatchResult,
  ScoreBreakdownEntry,
  ScoreComponents,
} from '@lunajoy/engine';
import type { MatchItem, MatchResponse } from '@lunajoy/models';

import { snakeKeys } from './snake-case';

type WireComponents = MatchItem['score_components'];
type WireExplanation = NonNullable<MatchItem['explanation']>;
type WireComponentName = keyof WireComponents;

/** Fields of a response that depend on this request only, never cached. */
export interface ResponseTiming {
  processingTimeMs: number;
}

const WIRE_NAME: Record<ComponentName, WireComponentName> = {
  availability: 'availability',
  insurance: 'insurance',
  specialties: 'specialties',
  preferences: 'preferences',
  loadBalance: 'load_balance',
  demographic: 'demographic',
  collaborative: 'collaborative',
};

// Only the components that are present: the registered-tier ones are absent for anonymous.
function byWireName<V>(
  values: Partial<Record<ComponentName, V>>,
): Partial<Record<WireComponentName, V>> {
  const out: Partial<Record<WireComponentName, V>> = {};
  for (const name of Object.keys(WIRE_NAME) as ComponentName[]) {
    const value = values[name];
    if (value !== undefined) out[WIRE_NAME[name]] = value;
  }
  return out;
}

function componentsToWire(components: ScoreComponents): WireComponents {
  return {
    ...byWireName<number>(components),
    availability: components.availability,
    insurance: components.insurance,
    specialties: components.specialties,
    preferences: components.preferences,
    load_balance: components.loadBalance,
  };
}

function explanationToWire(explanation: Explanation): WireExplanation {
  return {
    primary_reasons: explanation.primaryReasons,
    matching_attributes: explanation.matchingAttributes,
    score_breakdown: byWireName<ScoreBreakdownEntry>(explanation.scoreBreakdown),
    insights: explanation.insights,
    confidence_level: explanation.confidenceLevel,
  };
}

/** One ranked clinician in the wire format. */
export function matchToWire(match: Match): MatchItem {
  const overlap = match.overlappingAttributes;

  return {
    clinician_id: match.clinicianId,
    clinician_name: match.clinicianName,
    match_score: match.matchScore,
    rank_position: match.rankPosition,
    is_available: match.isAvailable,
    accepts_insurance: match.acceptsInsurance,
    specialties: match.specialties,
    languages: match.languages,
    gender: match.gender,
    years_experience: match.yearsExperience,
    overlapping_attributes: {
      specialties: overlap.specialties,
      languages: overlap.languages,
      time_slots: overlap.timeSlots,
      insurance: overlap.insurance,
      gender: overlap.gender,
    },
    score_components: componentsToWire(match.scoreComponents),
    boosts_applied: match.boostsApplied,
    explanation: match.explanation === null ? null : explanationToWire(match.explanation),
  };
}

/**
 * A match result in the snake_case wire format. The registered-tier fields appear only for the
 * registered tiers, so the anonymous answer carries no field that could never be set.
 */
export function matchResultToWire(result: MatchResult, timing: ResponseTiming): MatchResponse {
  const registered =
    result.tier === 'anonymous'
      ? {}
      : {
          user_cluster_id: result.userClusterId,
          cluster_label: result.clusterLabel,
          collaborative_predictions_used: result.collaborativePredictionsUsed,
        };

  return {
    user_type: result.tier,
    total_matches: result.totalMatches,
    matches: result.matches.map(matchToWire),
    processing_time_ms: timing.processingTimeMs,
    filters_applied: snakeKeys(result.filtersApplied),
    weights_used: byWireName<number>(result.weightsUsed),
    matching_strategy: result.strategy,
    message: result.message,
    warnings: result.warnings,
    suggestions: result.suggestions.map((s) => ({
      field: s.field,
      message: s.message,
      additional_matches: s.additionalMatches,
    })),
    crisis_resources: result.crisisResources,
    ...registered,
  };
}
