import { buildSnapshot, type Snapshot } from '@lunajoy/engine';
import {
  buildDataVocabulary,
  createRequestSchemas,
  publishVocabularies,
  type Clinician,
  type PublishedVocabularies,
  type RequestSchemas,
} from '@lunajoy/models';

import type { LiveLearning } from '../match/live-learning';
import { ClinicianCatalogue } from './clinician-catalogue';

/**
 * Everything the API serves from memory, built together from one read of the data so the
 * vocabularies, the request schemas, the matching index and the browse catalogue always agree.
 */
export interface ApiSnapshot {
  /** the data version it was built from */
  version: string;
  /** the model version in use (`data_versions.model`); null before any model was trained */
  modelVersion: string | null;
  /** epoch milliseconds */
  loadedAt: number;
  /** epoch milliseconds the data version was imported; null when unknown */
  dataUpdatedAt: number | null;
  /** epoch milliseconds the model version was trained; null when unknown or no model */
  modelUpdatedAt: number | null;
  engine: Snapshot;
  /** the model under `modelVersion` and the interaction matrix; null when no model is trained */
  learning: LiveLearning | null;
  vocabularies: PublishedVocabularies;
  schemas: RequestSchemas;
  catalogue: ClinicianCatalogue;
}

export interface ApiSnapshotInput {
  version: string;
  /** the model version in use; null (the default) before any model was trained */
  modelVersion?: string | null;
  /** the registered tiers' model and matrix; null (the default) without a trained model */
  learning?: LiveLearning | null;
  /** every clinician, inactive ones included */
  clinicians: readonly Clinician[];
  loadedAt: number;
  /** when the data version was imported (epoch ms); null (the default) when unknown */
  dataUpdatedAt?: number | null;
  /** when the model version was trained (epoch ms); null (the default) when unknown */
  modelUpdatedAt?: number | null;
}

/**
 * Builds a snapshot from clinicians. The data vocabulary comes from the active clinicians only:
 * a need that only inactive clinicians treat could never match, so it is rejected up front.
 */
export function buildApiSnapshot(input: ApiSnapshotInput): ApiSnapshot {
  const vocabulary = buildDataVocabulary(input.clinicians.filter((c) => c.activeStatus));

  return {
    version: input.version,
    modelVersion: input.modelVersion ?? null,
    learning: input.learning ?? null,
    loadedAt: input.loadedAt,
    dataUpdatedAt: input.dataUpdatedAt ?? null,
    modelUpdatedAt: input.modelUpdatedAt ?? null,
    engine: buildSnapshot({ version: input.version, clinicians: input.clinicians, vocabulary }),
    vocabularies: publishVocabularies(vocabulary),
    schemas: createRequestSchemas(vocabulary),
    catalogue: new ClinicianCatalogue(input.clinicians),
  };
}
