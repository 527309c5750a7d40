/**
 * The trained model: patient clusters with their labels and favourites, and collaborative
 * neighbourhoods. Training is pure and deterministic: the same patients, interactions, params and
 * clock give the same model, version included.
 */
import type { Clinician, Clock, Interaction, Patient } from '@lunajoy/models';

import { clusterFavourites, type ClusterFavourite } from './cluster-favourites';
import { trainClusters } from './clustering';
import { InteractionMatrix } from './interaction-matrix';
import {
  computeNeighbourhoods,
  DEFAULT_NEIGHBOURHOOD_PARAMS,
  type Neighbour,
  type NeighbourhoodParams,
} from './neighbourhoods';
import {
  DEFAULT_FEATURE_WEIGHTS,
  type FeatureSpec,
  type FeatureVocabulary,
  type FeatureWeights,
} from './patient-features';

/** Everything that shapes a model; stored with it. */
export interface ModelParams {
  clusterCount: number;
  seed: number;
  featureWeights: FeatureWeights;
  favouritesPerCluster: number;
  neighbourhood: NeighbourhoodParams;
}

/** Defaults: 8 clusters, seed 42, 30 favourites per cluster, the default neighbourhoods. */
export const DEFAULT_MODEL_PARAMS: Readonly<ModelParams> = {
  clusterCount: 8,
  seed: 42,
  featureWeights: DEFAULT_FEATURE_WEIGHTS,
  favouritesPerCluster: 30,
  neighbourhood: DEFAULT_NEIGHBOURHOOD_PARAMS,
};

/** One cluster of the model. */
export interface ModelCluster {
  id: number;
  label: string;
  centre: number[];
  size: number;
  favourites: ClusterFavourite[];
}

/** A trained model. `neighbours` holds only patients that have at least one neighbour. */
export interface TrainedModel {
  version: string;
  /** epoch milliseconds, from the injected clock */
  trainedAt: number;
  params: ModelParams;
  clusters: ModelCluster[];
  neighbours: Map<string, Neighbour[]>;
  featureSpec: FeatureSpec;
}

/** A training stage's progress; `done` of `total` units of that stage. */
export interface TrainingProgress {
  stage: 'clusters' | 'favourites' | 'matrix' | 'neighbourhoods';
  done: number;
  total: number;
}

/** What `trainModel` learns from. */
export interface TrainingInput {
  /** anonymous patients and patients without preferences are not clustered */
  patients: readonly Patient[];
  interactions: readonly Interaction[];
  /** favourites are limited to these clinicians' ids */
  clinicians: readonly Pick<Clinician, 'id'>[];
  vocabulary: FeatureVocabulary;
  params?: Partial<ModelParams>;
  clock: Clock;
  onProgress?: (progress: TrainingProgress) => void;
}

/** FNV-1a over a string, as 8 hex digits. */
function fnv1a(text: string, seed = 0x811c9dc5): number {
  let hash = seed;
  for (let i = 0; i < text.length; i += 1) {
    hash ^= text.charCodeAt(i);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** A version string naming the training time and a hash of the model's content. */
function modelVersion(model: Omit<TrainedModel, 'version'>): string {
  let hash = fnv1a(JSON.stringify({ params: model.params, clusters: model.clusters }));
  for (const [userId, list] of model.neighbours) {
    hash = fnv1a(userId + list.map((n) => `${n.id}:${n.similarity.toFixed(6)}`).join(','), hash);
  }
  const stamp = new Date(model.trainedAt).toISOString().replace(/[-:]/g, '').slice(0, 15);
  return `${stamp}-${hash.toString(16).padStart(8, '0')}`;
}

/** Trains clusters, favourites and neighbourhoods in one pass. */
export function trainModel(input: TrainingInput): TrainedModel {
  const params: ModelParams = {
    ...DEFAULT_MODEL_PARAMS,
    ...input.params,
    featureWeights: { ...DEFAULT_FEATURE_WEIGHTS, ...input.params?.featureWeights },
    neighbourhood: { ...DEFAULT_NEIGHBOURHOOD_PARAMS, ...input.params?.neighbourhood },
  };
  const report = input.onProgress ?? (() => undefined);
  const registered = input.patients.filter(
    (p) => p.registrationType !== 'anonymous' && p.preferences,
  );

  report({ stage: 'clusters', done: 0, total: registered.length });
  const clustering = trainClusters(registered, {
    k: params.clusterCount,
    seed: params.seed,
    vocabulary: input.vocabulary,
    weights: params.featureWeights,
  });
  report({ stage: 'clusters', done: registered.length, total: registered.length });

  report({ stage: 'matrix', done: 0, total: input.interactions.length });
  const matrix = InteractionMatrix.fromInteractions(input.interactions);
  report({ stage: 'matrix', done: input.interactions.length, total: input.interactions.length });

  const favourites = clusterFavourites(matrix, clustering.assignments, clustering.centres.length, {
    limit: params.favouritesPerCluster,
    clinicianIds: new Set(input.clinicians.map((c) => c.id)),
  });
  report({
    stage: 'favourites',
    done: clustering.centres.length,
    total: clustering.centres.length,
  });

  const neighbours = computeNeighbourhoods(matrix, params.neighbourhood, (done, total) =>
    report({ stage: 'neighbourhoods', done, total }),
  );

  const model: Omit<TrainedModel, 'version'> = {
    trainedAt: input.clock.now(),
    params,
    clusters: clustering.centres.map((centre, id) => ({
      id,
      label: clustering.labels[id] ?? `group ${id + 1}`,
      centre,
      size: clustering.sizes[id] ?? 0,
      favourites: favourites[id] ?? [],
    })),
    neighbours,
    featureSpec: clustering.featureSpec,
  };
  return { version: modelVersion(model), ...model };
}
