import type { ClinicianRepository, DataVersionRepository } from '@lunajoy/db';
import type { Clinician } from '@lunajoy/models';

/** The repository calls a snapshot is read with. */
export interface SnapshotSources {
  clinicians: Pick<ClinicianRepository, 'listClinicians'>;
  versions: Pick<DataVersionRepository, 'getVersions'>;
}

/** Every clinician at one data version, and the model version current at the time. */
export interface ClinicianReading {
  version: string;
  /** the `model` counter of `data_versions`; null before any model was trained */
  modelVersion: string | null;
  /** epoch milliseconds the data version was imported; null when it never was */
  dataUpdatedAt: number | null;
  /** epoch milliseconds the model version was trained; null when none was */
  modelUpdatedAt: number | null;
  clinicians: Clinician[];
}

const PAGE_SIZE = 5000;
const ATTEMPTS = 3;

/**
 * Reads every clinician, inactive ones included, in pages. An import commits in one transaction
 * and bumps the data version, so equal versions before and after the read mean no import landed
 * in between and the pages form one consistent set; otherwise the read is repeated.
 */
export async function readClinicians(sources: SnapshotSources): Promise<ClinicianReading> {
  for (let attempt = 1; attempt <= ATTEMPTS; attempt += 1) {
    const before = await sources.versions.getVersions();
    const clinicians: Clinician[] = [];
    for (let offset = 0; ; offset += PAGE_SIZE) {
      const page = await sources.clinicians.listClinicians(
        { includeInactive: true },
        { offset, limit: PAGE_SIZE },
      );
      clinicians.push(...page.items);
      if (page.items.length < PAGE_SIZE) break;
    }
    const after = await sources.versions.getVersions();

    if (before.data === after.data) {
      const modelVersion = after.model > 0n ? String(after.model) : null;
      return {
        version: String(after.data),
        modelVersion,
        dataUpdatedAt: after.updatedAt.data?.getTime() ?? null,
        modelUpdatedAt: modelVersion === null ? null : (after.updatedAt.model?.getTime() ?? null),
        clinicians,
      };
    }
  }
  throw new Error(`the data changed during each of ${ATTEMPTS} snapshot reads`);
}
