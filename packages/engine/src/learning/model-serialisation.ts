/**
 * A trained model as plain JSON-safe data and back. Neighbourhoods become one entry per patient,
 * so storage can keep them as rows rather than one giant value.
 */
import { compareIds } from '../snapshot/compare-ids';
import type { ModelCluster, ModelParams, TrainedModel } from './model';
import type { Neighbour } from './neighbourhoods';
import type { FeatureSpec } from './patient-features';

/** One patient's neighbourhood, as stored. */
export interface NeighbourhoodRow {
  userId: string;
  neighbours: Neighbour[];
}

/** A trained model with every Map turned into arrays. */
export interface SerialisedModel {
  version: string;
  trainedAt: number;
  params: ModelParams;
  clusters: ModelCluster[];
  featureSpec: FeatureSpec;
  neighbourhoods: NeighbourhoodRow[];
}

/** The model as JSON-safe data; neighbourhoods sorted by patient id. */
export function serialiseModel(model: TrainedModel): SerialisedModel {
  const neighbourhoods = [...model.neighbours]
    .map(([userId, neighbours]) => ({ userId, neighbours }))
    .sort((a, b) => compareIds(a.userId, b.userId));
  const { neighbours: _neighbours, ...rest } = model;
  return { ...rest, neighbourhoods };
}

/** The model back from stored data. */
export function deserialiseModel(data: SerialisedModel): TrainedModel {
  const { neighbourhoods, ...rest } = data;
  return {
    ...rest,
    neighbours: new Map(neighbourhoods.map((row) => [row.userId, row.neighbours])),
  };
}
