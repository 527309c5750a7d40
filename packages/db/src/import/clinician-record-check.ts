import { ClinicianRecordSchema, parseIsoTimestamp, toClinician } from '@lunajoy/models';

import type { StagedClinician } from './clinician-staging';
import { contentHash } from './content-hash';
import type { RecordCheck } from './record-check';
import { issuesOf } from './rejection-collector';

/** Validates one clinician record and maps it to its stored columns. */
export function checkClinicianRecord(
  value: unknown,
  position: number,
): RecordCheck<StagedClinician> {
  const parsed = ClinicianRecordSchema.safeParse(value);
  if (!parsed.success) return { ok: false, issues: issuesOf(parsed.error) };

  const record = parsed.data;
  const lastUpdated = record.admin_data.last_updated;
  const item: StagedClinician = {
    position,
    raw: value,
    hash: contentHash(value),
    clinician: toClinician(record),
    lastUpdated: lastUpdated ? parseIsoTimestamp(lastUpdated) : null,
  };
  return { ok: true, id: item.clinician.id, item };
}
