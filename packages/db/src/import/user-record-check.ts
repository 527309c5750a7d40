import { toPatient, toPatientContact, UserRecordSchema } from '@lunajoy/models';

import { contentHash } from './content-hash';
import type { RecordCheck } from './record-check';
import { issuesOf } from './rejection-collector';
import type { StagedUser } from './user-staging';

// Personal data inside `profile_data`: stored in `user_contacts`, never in `users.raw`.
const PERSONAL_FIELDS = ['email', 'phone', 'city', 'zip_code', 'location'];

/** Validates one user record and splits it into patient columns and contact details. */
export function checkUserRecord(value: unknown, position: number): RecordCheck<StagedUser> {
  const parsed = UserRecordSchema.safeParse(value);
  if (!parsed.success) return { ok: false, issues: issuesOf(parsed.error) };

  const record = parsed.data;
  const rawProfile = (value as { profile_data?: unknown }).profile_data;
  const item: StagedUser = {
    position,
    raw: withoutPersonalData(value as Record<string, unknown>),
    hash: contentHash(value),
    patient: toPatient(record),
    state: record.stated_preferences?.state ?? null,
    contact: toPatientContact(record),
    rawLocation: isObject(rawProfile) ? (rawProfile.location ?? null) : null,
  };
  return { ok: true, id: item.patient.id, item };
}

function withoutPersonalData(record: Record<string, unknown>): Record<string, unknown> {
  const profile = record.profile_data;
  if (!isObject(profile)) return record;

  const kept = Object.fromEntries(
    Object.entries(profile).filter(([key]) => !PERSONAL_FIELDS.includes(key)),
  );
  return { ...record, profile_data: kept };
}

function isObject(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}
