import { buildSnapshot, type Snapshot } from '@lunajoy/engine';
import {
  buildDataVocabulary,
  createRequestSchemas,
  publishVocabularies,
  type Clinician,
  type PublishedVocabularies,
  type RequestSchemas,
} from '@lunajoy/models';

import { ClinicianCatalogue } from './clinician-catalogue';

/**
 * Everything the API serves from memory, built together from one read of the data so the
 * vocabularies, the request schemas, the matching index and the browse catalogue always agree.
 */
export interface ApiSnapshot {
  /** the data version it was built from */
  version: string;
  /** the trained model in use; null until the registered tiers load one */
  modelVersion: string | null;
  /** epoch milliseconds */
  loadedAt: number;
  engine: Snapshot;
  vocabularies: PublishedVocabularies;
  schemas: RequestSchemas;
  catalogue: ClinicianCatalogue;
}

export interface ApiSnapshotInput {
  version: string;
  /** every clinician, inactive ones included */
  clinicians: readonly Clinician[];
  loadedAt: number;
}

/**
 * Builds a snapshot from clinicians. The data vocabulary comes from the active clinicians only:
 * a need that only inactive clinicians treat could never match, so it is rejected up front.
 */
export function buildApiSnapshot(input: ApiSnapshotInput): ApiSnapshot {
  const vocabulary = buildDataVocabulary(input.clinicians.filter((c) => c.activeStatus));

  return {
    version: input.version,
    modelVersion: null,
    loadedAt: input.loadedAt,
    engine: buildSnapshot({ version: input.version, clinicians: input.clinicians, vocabulary }),
    vocabularies: publishVocabularies(vocabulary),
    schemas: createRequestSchemas(vocabulary),
    catalogue: new ClinicianCatalogue(input.clinicians),
  };
}
