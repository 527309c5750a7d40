/**
 * The offline evaluation: hold out each eligible patient's latest booking, train on what was
 * known just before it (temporal leave-last-out, see `hold-out.ts`), rank with every strategy
 * and score the lists.
 *
 * Every strategy ranks the same candidates: the hard filters for the patient's stored
 * preferences minus the clinicians they rejected or booked in training, so the numbers compare
 * rankings, not filters. Tiers are asked for what a patient sees by default (10 matches, so the
 * registered tiers' diversity acts as it does in production); for the reciprocal rank that list
 * is followed by the rest of a 50-deep ranking. Coverage is the share of active clinicians that
 * appear in anybody's top 10.
 */
import type {
  Clinician,
  Clock,
  DataVocabulary,
  Interaction,
  Patient,
  PatientPreferences,
} from '@lunajoy/models';

import { applyHardFilters } from '../filters/apply-hard-filters';
import { toFilterRequest } from '../filters/filter-request';
import { InteractionMatrix } from '../learning/interaction-matrix';
import { trainModel, type ModelParams, type TrainedModel } from '../learning/model';
import { featureVocabularyOf } from '../learning/patient-features';
import { buildSnapshot } from '../snapshot/build-snapshot';
import { matchBasic } from '../tiers/basic-tier';
import { matchComplete, predictorFor, type CollaborativeContext } from '../tiers/complete-tier';
import { anonymousStrategy } from '../tiers/match-anonymous';
import { registeredSettings, type RegisteredTierSettings } from '../tiers/registered-settings';
import { rankCandidates } from '../ranking/rank-candidates';
import type { MatchOptions, MatchResult, RegisteredMatchRequest, Snapshot } from '../types';
import { popularityCounts, popularityRanking, randomRanking } from './baselines';
import { holdOutLatestBookings, type HoldOutOptions } from './hold-out';
import { MetricsAccumulator, type StrategyMetrics } from './ranking-metrics';

/** The strategies compared, in report order. */
export const EVALUATED_STRATEGIES = [
  'random',
  'popularity',
  'anonymous',
  'basic',
  'complete',
] as const;
export type EvaluatedStrategy = (typeof EVALUATED_STRATEGIES)[number];

/** What an evaluation runs on. */
export interface EvaluationInput {
  clinicians: readonly Clinician[];
  patients: readonly Patient[];
  interactions: readonly Interaction[];
  vocabulary: DataVocabulary;
  clock: Clock;
  /** seed of the random baseline */
  seed: number;
  modelParams?: Partial<ModelParams>;
  settings?: RegisteredTierSettings;
  /** the split: the temporal rule by default; `dropEarlierPairInteractions: true` is stricter */
  holdOut?: HoldOutOptions;
  onProgress?: (done: number, total: number) => void;
}

/** The report: metrics per strategy, plus how the evaluated patients were counted. */
export interface EvaluationReport {
  strategies: Record<EvaluatedStrategy, StrategyMetrics>;
  heldOut: number;
  /** held-out patients ranked (those with stored preferences) */
  evaluated: number;
  /** held-out bookings no strategy could rank: the clinician fails the hard filters now */
  unreachable: number;
  /** complete-tier requests that fell back to the basic ranking */
  completeFallbacks: number;
  modelVersion: string;
}

const SHOWN = 10;
const DEEP = 50;

/** The shown list followed by the rest of the deep list. */
const shownThenDeep = (shown: MatchResult, deep: MatchResult): string[] => {
  const ids = shown.matches.map((m) => m.clinicianId);
  const seen = new Set(ids);
  return [...ids, ...deep.matches.map((m) => m.clinicianId).filter((id) => !seen.has(id))];
};

/** Everything one evaluation ranks with, trained once on the training split. */
interface Rankers {
  snapshot: Snapshot;
  model: TrainedModel;
  learning: CollaborativeContext;
  popularity: ReadonlyMap<string, number>;
  settings: RegisteredTierSettings;
  clock: Clock;
  seed: number;
}

const options = (limit: number): MatchOptions => ({ limit, explain: false, includeBooked: false });

/** Every strategy's ranking for one held-out patient, and whether complete fell back. */
function rankForPatient(patient: Patient & { preferences: PatientPreferences }, r: Rankers) {
  const { rejectedIds, bookedIds } = r.learning.matrix.exclusionsOf(patient.id);
  const request: RegisteredMatchRequest = {
    userId: patient.id,
    preferences: patient.preferences,
    profile: patient.profile,
    rejectedClinicianIds: rejectedIds,
    bookedClinicianIds: bookedIds,
  };
  const exclusions = { rejectedIds, bookedIds };
  const candidates = applyHardFilters(
    r.snapshot,
    toFilterRequest(patient.preferences, patient.profile, exclusions),
  ).eligible;
  // The anonymous tier has no profile, so the age range travels in the preferences.
  const preferences = {
    ...patient.preferences,
    ageRange: patient.preferences.ageRange ?? patient.profile.ageRange,
  };
  const anonymous = (limit: number) =>
    rankCandidates(
      r.snapshot,
      { preferences, profile: null, options: options(limit), ...exclusions },
      anonymousStrategy(preferences, r.settings.config),
      r.clock,
    );
  const basic = (limit: number) =>
    matchBasic(r.snapshot, request, r.model, options(limit), r.clock, r.settings);
  const complete = (limit: number) =>
    matchComplete(r.snapshot, request, r.learning, options(limit), r.clock, r.settings);
  const completeShown = complete(SHOWN);

  const rankings: Record<EvaluatedStrategy, string[]> = {
    random: randomRanking(candidates, patient.id, r.seed).slice(0, DEEP),
    popularity: popularityRanking(candidates, r.popularity).slice(0, DEEP),
    anonymous: shownThenDeep(anonymous(SHOWN), anonymous(DEEP)),
    basic: shownThenDeep(basic(SHOWN), basic(DEEP)),
    complete: shownThenDeep(completeShown, complete(DEEP)),
  };
  return {
    rankings,
    candidateIds: new Set(candidates.map((c) => c.id)),
    fellBack: completeShown.strategy !== 'collaborative',
  };
}

/** Runs the whole evaluation; deterministic for the same input. */
export function evaluateStrategies(input: EvaluationInput): EvaluationReport {
  const settings = input.settings ?? registeredSettings();
  const split = holdOutLatestBookings(input.interactions, input.holdOut);
  const snapshot = buildSnapshot({
    version: 'evaluation',
    clinicians: input.clinicians,
    vocabulary: input.vocabulary,
  });
  const model = trainModel({
    patients: input.patients,
    interactions: split.training,
    clinicians: input.clinicians,
    vocabulary: featureVocabularyOf(input.vocabulary.specialties, input.patients),
    params: input.modelParams,
    clock: input.clock,
  });
  const matrix = InteractionMatrix.fromInteractions(split.training);
  const rankers: Rankers = {
    snapshot,
    model,
    learning: { model, matrix, predictor: predictorFor(model, matrix) },
    popularity: popularityCounts(matrix),
    settings,
    clock: input.clock,
    seed: input.seed,
  };
  const patients = new Map(input.patients.map((p) => [p.id, p]));
  const active = input.clinicians.filter((c) => c.activeStatus).length;
  const metrics = Object.fromEntries(
    EVALUATED_STRATEGIES.map((name) => [name, new MetricsAccumulator(active, SHOWN)]),
  ) as Record<EvaluatedStrategy, MetricsAccumulator>;
  const counts = { evaluated: 0, unreachable: 0, completeFallbacks: 0 };

  split.heldOut.forEach((held, index) => {
    input.onProgress?.(index + 1, split.heldOut.length);
    const patient = patients.get(held.userId);
    if (!patient?.preferences) return;

    const { rankings, candidateIds, fellBack } = rankForPatient(
      { ...patient, preferences: patient.preferences },
      rankers,
    );
    const relevant = new Set([held.clinicianId]);
    for (const name of EVALUATED_STRATEGIES) metrics[name].add(rankings[name], relevant);
    counts.evaluated += 1;
    if (!candidateIds.has(held.clinicianId)) counts.unreachable += 1;
    if (fellBack) counts.completeFallbacks += 1;
  });

  return {
    strategies: Object.fromEntries(
      EVALUATED_STRATEGIES.map((name) => [name, metrics[name].result()]),
    ) as Record<EvaluatedStrategy, StrategyMetrics>,
    heldOut: split.heldOut.length,
    ...counts,
    modelVersion: model.version,
  };
}
