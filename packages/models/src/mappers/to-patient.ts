import type { Patient, PatientContact, PatientPreferences, PatientProfile } from '../domain';
import type { HistoryEntry, UserRecord } from '../files/user-record.schema';
import { foldKey } from '../fold-key';
import { parseIsoTimestamp } from '../iso-timestamp';
import {
  normaliseInsurerKey,
  normaliseLanguageKey,
  normaliseNeedKey,
  toSortedUnique,
} from '../normalise';

// Partial: a missing group reads as a group with every field missing.
type StatedPreferences = Partial<NonNullable<UserRecord['stated_preferences']>>;
type ProfileData = Partial<NonNullable<UserRecord['profile_data']>>;

/**
 * The canonical patient of a validated user record. Stored preferences need at least a state and
 * an appointment type to be usable for matching; without them they are null and a request has to
 * supply them. Contact details are left out (see `toPatientContact`).
 */
export function toPatient(record: UserRecord): Patient {
  const profile = toPatientProfile(record.profile_data ?? {});

  return {
    id: record.user_id,
    registrationType: record.registration_type,
    preferences: toStoredPreferences(record.stated_preferences ?? {}, profile),
    profile,
    createdAt: record.created_at ? parseIsoTimestamp(record.created_at) : null,
  };
}

/** The patient's demographics and goals; goals become sorted unique snake_case keys. */
export function toPatientProfile(data: ProfileData): PatientProfile {
  return {
    ageRange: data.age_range ?? null,
    gender: data.gender ?? null,
    therapyExperience: data.therapy_experience ?? null,
    therapyGoals: toSortedUnique((data.therapy_goals ?? []).map(foldKey)),
  };
}

function toStoredPreferences(
  stated: StatedPreferences,
  profile: PatientProfile,
): PatientPreferences | null {
  if (!stated.state || !stated.appointment_type) return null;

  return {
    state: stated.state,
    appointmentType: stated.appointment_type,
    insuranceProvider: normaliseInsurerKey(stated.insurance_provider),
    language: normaliseLanguageKey(stated.language),
    genderPreference: stated.gender_preference ?? null,
    clinicalNeeds: toSortedUnique((stated.clinical_needs ?? []).map(normaliseNeedKey)),
    preferredTimeSlots: stated.preferred_time_slots ?? [],
    urgencyLevel: stated.urgency_level ?? 'flexible',
    ageRange: profile.ageRange,
  };
}

/** Contact details (personal data): from `profile_data`, falling back to a structured location. */
export function toPatientContact(record: UserRecord): PatientContact {
  const data: ProfileData = record.profile_data ?? {};
  const location = typeof data.location === 'object' && data.location !== null ? data.location : {};

  return {
    email: data.email ?? null,
    phone: data.phone ?? null,
    city: data.city ?? textOrNull(location.city),
    zipCode: textOrNull(data.zip_code) ?? textOrNull(location.zip_code),
  };
}

/** The clinician ids of a user record's history lists, each sorted and unique. */
export interface PatientHistoryLists {
  viewed: string[];
  contacted: string[];
  booked: string[];
  rejected: string[];
  retained: string[];
}

/** The history lists of a user record as sorted unique clinician ids. */
export function toPatientHistoryLists(record: UserRecord): PatientHistoryLists {
  const history: Partial<NonNullable<UserRecord['interaction_history']>> =
    record.interaction_history ?? {};

  return {
    viewed: historyIds(history.clinicians_viewed),
    contacted: historyIds(history.clinicians_contacted),
    booked: historyIds(history.clinicians_booked),
    rejected: historyIds(history.clinicians_rejected),
    retained: historyIds(history.clinicians_retained),
  };
}

function historyIds(entries: HistoryEntry[] | null | undefined): string[] {
  const ids = (entries ?? []).map((entry) =>
    typeof entry === 'string' ? entry : entry.clinician_id,
  );
  return toSortedUnique(ids);
}

function textOrNull(value: string | number | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const text = String(value).trim();
  return text === '' ? null : text;
}
