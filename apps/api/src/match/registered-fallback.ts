import {
  basicStrategy,
  findPatientCluster,
  rankRegistered,
  registeredSettings,
  type MatchOptions,
  type MatchResult,
  type RegisteredMatchRequest,
  type Snapshot,
  type TierStrategy,
} from '@lunajoy/engine';
import type { Clock } from '@lunajoy/models';

import type { LiveLearning } from './live-learning';

/** Why the complete tier ranked with the basic strategy instead of collaborative filtering. */
export type FallbackCode =
  'no_user_id' | 'unknown_patient' | 'history_not_used' | 'no_model' | 'insufficient_history';

/** What the response says about a fallback: a stable code and the sentence the patient reads. */
export interface Fallback {
  code: FallbackCode;
  reason: string;
}

const RANKED_INSTEAD =
  'so this list is ranked on the preferences and profile in the request and on patients like them.';
const NO_HISTORY = 'and there is no history to match on';

/** The sentence said when a complete-tier request names no stored patient. */
export const UNREGISTERED_REASONS = {
  no_user_id: `No user_id was given ${NO_HISTORY}, ${RANKED_INSTEAD}`,
  unknown_patient: `No registered patient has this user_id ${NO_HISTORY}, ${RANKED_INSTEAD}`,
} as const;

/** Said on a basic-tier answer whose user_id names no stored patient. */
export const UNKNOWN_PATIENT_WARNING =
  'No registered patient has this user_id, so only the preferences and profile in the request ' +
  'were used.';

/**
 * The complete tier's answer for someone with no stored history: the basic ranking reported
 * under the complete tier as `cluster_fallback`, exactly as the engine falls back for a patient
 * with too little history, with the reason added to the warnings.
 */
export function rankUnregisteredComplete(
  snapshot: Snapshot,
  request: RegisteredMatchRequest,
  learning: LiveLearning | null,
  options: MatchOptions,
  clock: Clock,
  code: keyof typeof UNREGISTERED_REASONS,
): MatchResult {
  const settings = registeredSettings();
  const cluster = learning
    ? findPatientCluster(learning.model, request.preferences, request.profile)
    : null;
  const basic = basicStrategy(request, cluster, settings, 'cluster_fallback');
  const strategy: TierStrategy = { ...basic, tier: 'complete' };
  const result = rankRegistered(snapshot, request, strategy, cluster, options, clock);
  return { ...result, warnings: [...result.warnings, UNREGISTERED_REASONS[code]] };
}

/** What the request was, as far as the fallback depends on it. */
export interface FallbackFacts {
  userId: string | null;
  patientKnown: boolean;
  useHistory: boolean;
  hasModel: boolean;
}

/**
 * The fallback a complete-tier answer took, or null when collaborative filtering ran. Worked out
 * from the answer and the request, so a cached answer reports it exactly as the computed one.
 */
export function describeFallback(result: MatchResult, facts: FallbackFacts): Fallback | null {
  if (result.tier !== 'complete' || result.strategy === 'collaborative') return null;

  const code: FallbackCode =
    facts.userId === null
      ? 'no_user_id'
      : !facts.patientKnown
        ? 'unknown_patient'
        : !facts.useHistory
          ? 'history_not_used'
          : !facts.hasModel
            ? 'no_model'
            : 'insufficient_history';
  // The engine and `rankUnregisteredComplete` both add the reason as the last warning.
  const reason = result.warnings[result.warnings.length - 1] ?? 'The basic tier was used.';
  return { code, reason };
}
