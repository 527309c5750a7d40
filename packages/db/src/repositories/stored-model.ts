/**
 * The shape of a trained model as the database keeps it. It mirrors the engine's `TrainedModel`
 * structurally, so the engine's model can be saved and read back as itself, while this package
 * stays independent of the engine: params and the feature spec are opaque JSON here.
 */

/** A clinician patients of a cluster booked or contacted, with its 0..1 weight. */
export interface StoredClusterFavourite {
  clinicianId: string;
  score: number;
}

/** One cluster: its readable label, centre (feature space), size and favourites. */
export interface StoredModelCluster {
  id: number;
  label: string;
  centre: number[];
  size: number;
  favourites: StoredClusterFavourite[];
}

/** One similar patient in a neighbourhood. */
export interface StoredNeighbour {
  id: string;
  similarity: number;
}

/**
 * A model to save or loaded back. `version` is the engine's own version string (its training
 * time and a content hash); the database's version counter is separate (see `SavedModel`).
 */
export interface StoredModel {
  version: string;
  /** epoch milliseconds of the training clock */
  trainedAt: number;
  params: object;
  clusters: StoredModelCluster[];
  /** patient id → their most similar patients, most similar first */
  neighbours: ReadonlyMap<string, readonly StoredNeighbour[]>;
  featureSpec: object;
}

/** What `saveModel` stored. */
export interface SavedModel {
  id: string;
  /** the new `model` counter of `data_versions`, also `models.version` */
  version: bigint;
  clusterRows: number;
  neighbourRows: number;
  /** models whose clusters and neighbourhoods were deleted to keep only the latest few */
  retiredVersions: bigint[];
}

/** Progress of the neighbourhood rows being written. */
export interface ModelSaveProgress {
  done: number;
  total: number;
}

/** Options of `saveModel`. */
export interface SaveModelOptions {
  /** the training summary (counts, timings) stored as `models.metrics` */
  metrics?: Record<string, unknown>;
  onProgress?: (progress: ModelSaveProgress) => void;
}
