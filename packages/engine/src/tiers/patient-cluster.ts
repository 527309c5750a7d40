/**
 * The cluster a registered patient belongs to now: their current preferences and profile are
 * turned into features with the model's own feature layout and given the nearest centre, so a
 * patient whose profile changed since training is placed by what they say today.
 */
import type { PatientPreferences, PatientProfile } from '@lunajoy/models';

import { assignCluster } from '../learning/clustering';
import type { TrainedModel } from '../learning/model';
import { patientFeatures } from '../learning/patient-features';

/** A patient's cluster, with its favourites by clinician id (score 0..1). */
export interface PatientCluster {
  id: number;
  label: string;
  favourites: ReadonlyMap<string, number>;
}

/** The patient's cluster in the model, or null when the model has no clusters. */
export function findPatientCluster(
  model: TrainedModel,
  preferences: PatientPreferences,
  profile: PatientProfile,
): PatientCluster | null {
  const features = patientFeatures({ preferences, profile }, model.featureSpec);
  const id = assignCluster(
    features,
    model.clusters.map((c) => c.centre),
  );
  const cluster = id === null ? undefined : model.clusters[id];
  if (!cluster) return null;

  return {
    id: cluster.id,
    label: cluster.label,
    favourites: new Map(cluster.favourites.map((f) => [f.clinicianId, f.score])),
  };
}
