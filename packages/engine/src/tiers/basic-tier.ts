/**
 * The basic tier: the anonymous components with specialties refined by success rates, the
 * demographic component (every weight divided by 1.15), a boost for the favourites of the
 * patient's cluster, and diversity re-ranking of the shown set.
 */
import type { Clock } from '@lunajoy/models';
import { weightTableFor } from '@lunajoy/scoring';

import type { TrainedModel } from '../learning/model';
import { rankCandidates } from '../ranking/rank-candidates';
import { demographicComponent } from '../scoring/demographic-component';
import type {
  MatchOptions,
  MatchResult,
  RegisteredMatchRequest,
  Snapshot,
  TierStrategy,
} from '../types';
import { clusterFavouriteBoost } from './cluster-favourite.boost';
import { diversitySelector } from './diversity-selector';
import { findPatientCluster, type PatientCluster } from './patient-cluster';
import { registeredSettings, type RegisteredTierSettings } from './registered-settings';

/** Said when there is no trained model, so the list is not what the tier promises. */
export const NO_CLUSTERS_WARNING =
  'No patient groups are trained yet, so this list is not yet informed by similar patients.';

/** The strategy of the basic tier for a request and the patient's cluster (if any). */
export function basicStrategy(
  request: Pick<RegisteredMatchRequest, 'preferences'>,
  cluster: PatientCluster | null,
  settings: RegisteredTierSettings = registeredSettings(),
  strategy = 'cluster',
): TierStrategy {
  return {
    tier: 'basic',
    strategy,
    weights: weightTableFor(
      request.preferences.urgencyLevel,
      { registered: true },
      settings.config,
    ),
    extraComponents: [demographicComponent],
    extraBoosts: cluster ? [clusterFavouriteBoost(cluster, settings.clusterBoostStrength)] : [],
    selectMatches: diversitySelector(settings.diversity),
    useSuccessRates: true,
    config: settings.config,
  };
}

/**
 * Ranks with a registered strategy and reports the patient's cluster. Rejected clinicians are
 * never shown; booked ones only with `includeBooked`.
 */
export function rankRegistered(
  snapshot: Snapshot,
  request: RegisteredMatchRequest,
  strategy: TierStrategy,
  cluster: PatientCluster | null,
  options: MatchOptions,
  clock: Clock,
): MatchResult {
  const result = rankCandidates(
    snapshot,
    {
      preferences: request.preferences,
      profile: request.profile,
      options,
      rejectedIds: request.rejectedClinicianIds,
      bookedIds: request.bookedClinicianIds,
    },
    strategy,
    clock,
  );

  return {
    ...result,
    warnings: cluster ? result.warnings : [...result.warnings, NO_CLUSTERS_WARNING],
    userClusterId: cluster?.id ?? null,
    clusterLabel: cluster?.label ?? null,
    collaborativePredictionsUsed: 0,
  };
}

/** Ranks clinicians for a registered patient with the basic tier. */
export function matchBasic(
  snapshot: Snapshot,
  request: RegisteredMatchRequest,
  model: TrainedModel | null,
  options: MatchOptions,
  clock: Clock,
  settings: RegisteredTierSettings = registeredSettings(),
): MatchResult {
  const cluster = model ? findPatientCluster(model, request.preferences, request.profile) : null;
  const strategy = basicStrategy(request, cluster, settings);
  return rankRegistered(snapshot, request, strategy, cluster, options, clock);
}
