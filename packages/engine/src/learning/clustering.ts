/**
 * k-means over registered patients' feature vectors (ml-kmeans, k-means++ seeding, fixed seed).
 *
 * Degenerate inputs still give a valid model: k is reduced to the number of distinct feature
 * vectors (k-means++ divides by the total squared distance to the chosen centres, which is 0 when
 * every point left is a copy of one), so fewer patients than clusters, or identical patients,
 * give fewer clusters and never NaN. No patients at all give an empty model.
 */
import { kmeans } from 'ml-kmeans';

import { compareIds } from '../snapshot/compare-ids';
import { clusterLabels } from './cluster-labels';
import {
  buildFeatureSpec,
  DEFAULT_FEATURE_WEIGHTS,
  patientFeatures,
  type FeaturePatient,
  type FeatureSpec,
  type FeatureVocabulary,
  type FeatureWeights,
} from './patient-features';

/** A patient as the clustering sees it. */
export interface ClusterPatient extends FeaturePatient {
  id: string;
}

/** Options of `trainClusters`. */
export interface ClusterOptions {
  /** wanted number of clusters; fewer when there are fewer distinct patients */
  k: number;
  seed: number;
  vocabulary: FeatureVocabulary;
  weights?: FeatureWeights;
  maxIterations?: number;
}

/** The outcome of clustering: cluster `i` has `centres[i]`, `sizes[i]` and `labels[i]`. */
export interface ClusterModel {
  centres: number[][];
  /** patient id → cluster id */
  assignments: Map<string, number>;
  sizes: number[];
  labels: string[];
  featureSpec: FeatureSpec;
}

const squaredDistance = (a: readonly number[], b: readonly number[]): number => {
  let sum = 0;
  for (let i = 0; i < a.length; i += 1) {
    const d = (a[i] ?? 0) - (b[i] ?? 0);
    sum += d * d;
  }
  return sum;
};

/** The nearest centre to a feature vector (ties go to the lower cluster id); null without centres. */
export function assignCluster(
  features: readonly number[],
  centres: readonly (readonly number[])[],
): number | null {
  let best: number | null = null;
  let bestDistance = Infinity;

  centres.forEach((centre, id) => {
    const distance = squaredDistance(features, centre);
    if (distance < bestDistance) {
      best = id;
      bestDistance = distance;
    }
  });

  return best;
}

/** Clusters patients; deterministic for the same patients (in any order), options and seed. */
export function trainClusters(
  patients: readonly ClusterPatient[],
  options: ClusterOptions,
): ClusterModel {
  const featureSpec = buildFeatureSpec(
    options.vocabulary,
    options.weights ?? DEFAULT_FEATURE_WEIGHTS,
  );
  const sorted = [...patients].sort((a, b) => compareIds(a.id, b.id));
  const points = sorted.map((p) => patientFeatures(p, featureSpec));
  const distinct = new Set(points.map((p) => p.join(','))).size;
  const k = Math.max(0, Math.min(Math.floor(options.k), distinct));

  if (k === 0) {
    return { centres: [], assignments: new Map(), sizes: [], labels: [], featureSpec };
  }

  const result = kmeans(points, k, {
    seed: options.seed,
    initialization: 'kmeans++',
    maxIterations: options.maxIterations ?? 100,
  });
  const centres = result.centroids.map((c) => c.map((v) => (Number.isFinite(v) ? v : 0)));

  // Reassign against the final centres with the documented tie rule, so `assignments` always
  // agrees with `assignCluster` for the same vector.
  const assignments = new Map<string, number>();
  const sizes = new Array<number>(centres.length).fill(0);
  sorted.forEach((patient, i) => {
    const cluster = assignCluster(points[i] ?? [], centres) ?? 0;
    assignments.set(patient.id, cluster);
    sizes[cluster] = (sizes[cluster] ?? 0) + 1;
  });

  return { centres, assignments, sizes, labels: clusterLabels(centres, featureSpec), featureSpec };
}
