import type { CandidateCache } from '@lunajoy/cache';
import type { VersionedPatient } from '@lunajoy/db';
import {
  InteractionMatrix,
  matchBasic,
  matchComplete,
  type MatchOptions,
  type MatchResult,
  type RegisteredMatchRequest,
} from '@lunajoy/engine';
import {
  mergePreferences,
  mergeProfile,
  type Clock,
  type PartialPatientPreferences,
  type PartialPatientProfile,
} from '@lunajoy/models';

import { validationError } from '../errors/app-error';
import type { Logger } from '../logger';
import type { ApiMetrics } from '../metrics/api-metrics';
import type { ApiSnapshot } from '../snapshot/api-snapshot';
import { requireStores } from '../users/patient-access';
import type { PatientStores } from '../users/patient-stores';
import { cachedMatch } from './cached-match';
import { candidateCacheKey } from './candidate-cache-key';
import { logServedMatch } from './log-served-match';
import {
  describeFallback,
  rankUnregisteredComplete,
  UNKNOWN_PATIENT_WARNING,
  type Fallback,
} from './registered-fallback';

export interface RegisteredMatchDeps {
  cache: CandidateCache;
  clock: Clock;
  metrics: Pick<ApiMetrics, 'recordMatch'>;
  logger: Logger;
  patientStores?: PatientStores;
}

/** A parsed registered-tier request. */
export interface RegisteredMatchInput {
  tier: 'basic' | 'complete';
  userId: string | null;
  preferences: PartialPatientPreferences;
  profile: PartialPatientProfile;
  /** the complete tier's `use_history`; ignored by the basic tier */
  useHistory: boolean;
  options: MatchOptions;
  /** who asks, for the access log (`patient:<id>`, `admin:<key>`) */
  actor: string;
  /** the route, for the access log */
  route: string;
}

/** A served registered-tier answer. */
export interface RegisteredMatchAnswer {
  result: MatchResult;
  hit: boolean;
  /** the complete tier's fallback, null when collaborative filtering ran (and for basic) */
  fallback: Fallback | null;
  /** the id of the served list in the match log; null when it could not be logged */
  matchId: string | null;
}

/**
 * One registered-tier match: the stored preferences and profile merged under the request's, the
 * patient's stored interactions (their rejections are never shown, their bookings only on
 * request), the tier ranked through the candidate cache under the patient's version, and the
 * served list logged. A user_id that names nobody is matched as a new patient, on the request
 * alone, and the answer says so.
 */
export async function runRegisteredMatch(
  deps: RegisteredMatchDeps,
  snapshot: ApiSnapshot,
  input: RegisteredMatchInput,
): Promise<RegisteredMatchAnswer> {
  const stored = await findStoredPatient(deps, input);

  const merged = mergePreferences(stored?.patient.preferences ?? null, input.preferences);
  if (!merged.ok) throw validationError(merged.issues);
  const preferences = merged.preferences;
  const profile = mergeProfile(stored?.patient.profile ?? null, input.profile);
  const learning = snapshot.learning ?? null;
  const useHistory = input.tier === 'complete' && input.useHistory;

  const key = candidateCacheKey({
    snapshot,
    tier: input.tier,
    preferences,
    profile,
    options: input.options,
    // Someone with nothing stored is matched on the request alone, so their answers are keyed
    // on no one: an erased patient's id never comes back into the cache.
    patient: stored ? { id: stored.patient.id, version: stored.version } : { id: '', version: 0 },
    variant: { useHistory, namedUnknown: input.userId !== null && !stored },
  });

  const compute = async (): Promise<MatchResult> => {
    // Only a stored patient has interactions; '' is nobody's id, so no matrix row is theirs.
    const userId = stored ? stored.patient.id : '';
    const interactions = stored
      ? await requireStores(deps.patientStores).interactions.listPatientInteractions(userId)
      : [];
    const matrix = learning
      ? learning.matrixFor(userId, interactions)
      : InteractionMatrix.fromInteractions(interactions);
    const exclusions = matrix.exclusionsOf(userId);
    const request: RegisteredMatchRequest = {
      userId,
      preferences,
      profile,
      rejectedClinicianIds: exclusions.rejectedIds,
      bookedClinicianIds: exclusions.bookedIds,
    };

    if (input.tier === 'basic') {
      const result = matchBasic(
        snapshot.engine,
        request,
        learning?.model ?? null,
        input.options,
        deps.clock,
      );
      const unknown = input.userId !== null && !stored;
      return unknown
        ? { ...result, warnings: [...result.warnings, UNKNOWN_PATIENT_WARNING] }
        : result;
    }
    if (!stored) {
      const code = input.userId === null ? 'no_user_id' : 'unknown_patient';
      return rankUnregisteredComplete(
        snapshot.engine,
        request,
        learning,
        input.options,
        deps.clock,
        code,
      );
    }
    const context = learning ? { model: learning.model, matrix } : null;
    return matchComplete(
      snapshot.engine,
      request,
      context,
      input.options,
      deps.clock,
      undefined,
      useHistory,
    );
  };

  const match = await cachedMatch(deps, input.tier, key, compute);
  const fallback = describeFallback(match.result, {
    userId: input.userId,
    patientKnown: stored !== null,
    useHistory,
    hasModel: learning !== null,
  });
  const matchId = await logServedMatch(deps, snapshot, {
    userId: stored ? input.userId : null,
    result: match.result,
    preferences,
    options: input.options,
    useHistory,
  });

  return { result: match.result, hit: match.hit, fallback, matchId };
}

/** The stored patient the request names, with the access recorded; null for anyone else. */
async function findStoredPatient(
  deps: RegisteredMatchDeps,
  input: RegisteredMatchInput,
): Promise<VersionedPatient | null> {
  if (input.userId === null) return null;

  const stores = requireStores(deps.patientStores);
  const stored = await stores.users.findPatient(input.userId);
  if (stored === null) return null;

  await stores.accessLogs.recordAccess({
    actor: input.actor,
    subjectUserId: input.userId,
    route: input.route,
  });
  return stored;
}
