/**
 * The complete tier: 0.6 × the basic tier's content score + 0.4 × the collaborative prediction,
 * for a patient with at least three rated clinicians and a neighbourhood. Anyone else gets the
 * basic ranking, reported as `cluster_fallback` with a warning that says why. The cluster boost
 * is left out of the blend: the collaborative part already says what similar patients chose,
 * from the patient's own history rather than from their demographics.
 *
 * The patient's rejections and bookings in the interaction matrix join the request's, so a
 * clinician rejected through the API a moment ago is already gone. `collaborativePredictionsUsed`
 * counts the returned matches whose collaborative component is a real prediction.
 */
import type { Clock } from '@lunajoy/models';
import { blendWeights, weightTableFor } from '@lunajoy/scoring';

import {
  createCollaborativePredictor,
  type CollaborativePredictor,
} from '../learning/collaborative-predictor';
import type { InteractionMatrix } from '../learning/interaction-matrix';
import type { TrainedModel } from '../learning/model';
import { findNeighbours } from '../learning/neighbourhoods';
import { demographicComponent } from '../scoring/demographic-component';
import type {
  MatchOptions,
  MatchResult,
  RegisteredMatchRequest,
  Snapshot,
  TierStrategy,
} from '../types';
import { basicStrategy, rankRegistered } from './basic-tier';
import { collaborativeComponent } from './collaborative.component';
import { diversitySelector } from './diversity-selector';
import { findPatientCluster } from './patient-cluster';
import { registeredSettings, type RegisteredTierSettings } from './registered-settings';

/** What collaborative filtering needs: the model, the current matrix and, ideally, a predictor. */
export interface CollaborativeContext {
  model: TrainedModel;
  matrix: InteractionMatrix;
  /** built from the model and matrix when absent; pass one to share it between requests */
  predictor?: CollaborativePredictor;
}

/** A predictor over the model's neighbourhoods that searches afresh for patients they lack. */
export function predictorFor(
  model: TrainedModel,
  matrix: InteractionMatrix,
): CollaborativePredictor {
  return createCollaborativePredictor(matrix, model.neighbours, (userId) =>
    findNeighbours(matrix, userId, model.params.neighbourhood),
  );
}

const NO_MODEL_REASON =
  'No collaborative model is trained yet, so this list is ranked on your profile instead.';

function union(request: ReadonlySet<string>, fromHistory: Iterable<string>): ReadonlySet<string> {
  const ids = new Set(request);
  for (const id of fromHistory) ids.add(id);
  return ids;
}

/** Why collaborative filtering cannot run for this request, or null when it can. */
function fallbackReason(
  interactions: number,
  neighbours: number,
  settings: RegisteredTierSettings,
  useHistory: boolean,
): string | null {
  const ranked = 'so this list is ranked on your profile and on patients like you instead.';
  if (!useHistory) return `Your history was not used for this request, ${ranked}`;
  if (interactions < settings.minInteractions) {
    return `Matching on your history needs at least ${settings.minInteractions} clinicians you have interacted with (you have ${interactions}), ${ranked}`;
  }
  if (neighbours === 0) return `No patients with a history like yours were found yet, ${ranked}`;
  return null;
}

/** Ranks clinicians for a registered patient with the complete tier. */
export function matchComplete(
  snapshot: Snapshot,
  request: RegisteredMatchRequest,
  learning: CollaborativeContext | null,
  options: MatchOptions,
  clock: Clock,
  settings: RegisteredTierSettings = registeredSettings(),
  useHistory = true,
): MatchResult {
  const cluster = learning
    ? findPatientCluster(learning.model, request.preferences, request.profile)
    : null;
  const fromHistory = learning?.matrix.exclusionsOf(request.userId);
  const interacted = learning?.matrix.interactionCount(request.userId) ?? 0;
  const withHistory: RegisteredMatchRequest = {
    ...request,
    rejectedClinicianIds: union(request.rejectedClinicianIds, fromHistory?.rejectedIds ?? []),
    bookedClinicianIds: union(request.bookedClinicianIds, fromHistory?.bookedIds ?? []),
  };

  const fallback = (reason: string): MatchResult => {
    const basic = basicStrategy(withHistory, cluster, settings, 'cluster_fallback');
    const strategy: TierStrategy = { ...basic, tier: 'complete' };
    const result = rankRegistered(snapshot, withHistory, strategy, cluster, options, clock);
    return { ...result, warnings: [...result.warnings, reason] };
  };
  if (!learning) return fallback(NO_MODEL_REASON);

  const predictor = learning.predictor ?? predictorFor(learning.model, learning.matrix);
  const enoughHistory = useHistory && interacted >= settings.minInteractions;
  const neighbours = enoughHistory ? predictor.neighboursOf(request.userId) : [];
  const reason = fallbackReason(interacted, neighbours.length, settings, useHistory);
  if (reason !== null) return fallback(reason);

  const predictions = predictor.predictRated(request.userId, neighbours);
  const content = weightTableFor(
    request.preferences.urgencyLevel,
    { registered: true },
    settings.config,
  );
  const strategy: TierStrategy = {
    tier: 'complete',
    strategy: 'collaborative',
    weights: blendWeights(content, 'collaborative', settings.collaborativeShare),
    extraComponents: [
      demographicComponent,
      collaborativeComponent(predictions, settings.unratedCollaborativeScore),
    ],
    selectMatches: diversitySelector(settings.diversity),
    useSuccessRates: true,
    config: settings.config,
  };
  const result = rankRegistered(snapshot, withHistory, strategy, cluster, options, clock);

  return {
    ...result,
    collaborativePredictionsUsed: result.matches.filter((m) => predictions.has(m.clinicianId))
      .length,
  };
}
