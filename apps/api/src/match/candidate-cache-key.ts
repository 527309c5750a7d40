import { createHash } from 'node:crypto';

import { canonicalMatchKey, type MatchOptions, type Tier } from '@lunajoy/engine';
import type { PatientPreferences, PatientProfile } from '@lunajoy/models';

/** The patient a personalised answer is for, and their `users.version` when it was computed. */
export interface CachedPatient {
  id: string;
  version: number;
}

/** Everything a cached match answer depends on. */
export interface CandidateCacheKeyInput {
  /** the snapshot the answer is computed from: its data and model versions */
  snapshot: { version: string; modelVersion: string | null };
  tier: Tier;
  /** normalised preferences (the request schema's output) */
  preferences: PatientPreferences;
  profile?: PatientProfile | null;
  options: Partial<MatchOptions>;
  /** required for the registered tiers, absent for the anonymous one */
  patient?: CachedPatient | null;
  /** anything else that changes the answer, such as the complete tier's `use_history` */
  variant?: Record<string, string | number | boolean | null>;
}

const PATIENT_SEGMENT = 'match:p:';
const ANONYMOUS_SEGMENT = 'match:a:';

function digest(text: string, length: number): string {
  return createHash('sha256').update(text).digest('base64url').slice(0, length);
}

/**
 * The cache key of one match answer. It starts with the patient (for personalised tiers) and
 * the patient's version, then the snapshot and model versions, then a digest of the canonical
 * request (needs and slots sorted, defaults filled, spelling folded), so:
 * - requests that mean the same thing share one entry;
 * - a reload (new data or model version) and a new interaction (new patient version) make every
 *   older entry unreachable, so nothing stale is ever served;
 * - every entry of one patient sits under {@link patientCachePrefix}, for erasure.
 */
export function candidateCacheKey(input: CandidateCacheKeyInput): string {
  const patient = input.patient ?? null;
  if (input.tier !== 'anonymous' && patient === null) {
    throw new Error(`a ${input.tier} cache key needs the patient and their version`);
  }
  if (input.tier === 'anonymous' && patient !== null) {
    throw new Error('an anonymous cache key must not name a patient');
  }

  const canonical = canonicalMatchKey(
    input.tier,
    input.preferences,
    input.profile ?? null,
    input.options,
    patient?.id ?? null,
  );
  const variant = input.variant ? JSON.stringify(Object.entries(input.variant).sort()) : '';
  const request = digest(`${canonical}|${variant}`, 32);
  const versions = `s${input.snapshot.version}:m${input.snapshot.modelVersion ?? '0'}`;

  return patient === null
    ? `${ANONYMOUS_SEGMENT}${versions}:${request}`
    : `${patientCachePrefix(patient.id)}v${patient.version}:${versions}:${request}`;
}

/**
 * The prefix every cached answer of one patient starts with, whatever their version: pass it to
 * `cache.deleteByPrefix` when a patient is erased. The id is digested so keys never carry it.
 */
export function patientCachePrefix(userId: string): string {
  return `${PATIENT_SEGMENT}${digest(`patient|${userId}`, 22)}:`;
}
