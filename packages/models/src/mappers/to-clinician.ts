import type { Clinician, ClinicianPerformance, TypicalAvailability } from '../domain';
import { FIXED_LOOKUPS } from '../fixed-vocabularies';
import type { ClinicianRecord } from '../files/clinician-record.schema';
import { parseIsoTimestamp } from '../iso-timestamp';
import {
  compareCodeUnits,
  normaliseInsurerKey,
  normaliseLanguageKey,
  normaliseNeedKey,
  toSortedUnique,
} from '../normalise';
import { TIME_SLOTS } from '../vocabulary';

/**
 * The canonical clinician of a validated record: data-vocabulary text folded to keys (with
 * synonyms applied), sorted unique lists, epoch-millisecond times, null for what is unknown.
 */
export function toClinician(record: ClinicianRecord): Clinician {
  const basic = record.basic_info;
  const profile = record.profile_features;
  const availability = record.availability_features;
  const admin = record.admin_data;

  return {
    id: record.clinician_id,
    fullName: basic.full_name,
    licenseStates: basic.license_states,
    licenseNumbers: sortedRecord(basic.license_numbers ?? {}),
    appointmentTypes: basic.appointment_types,
    gender: profile.gender,
    languages: toSortedUnique(profile.languages.map(normaliseLanguageKey)),
    yearsExperience: profile.years_experience,
    specialties: toSortedUnique(profile.specialties.map(normaliseNeedKey)),
    certifications: toSortedUnique(profile.certifications ?? []),
    treatmentModalities: toSortedUnique(profile.treatment_modalities ?? []),
    ageGroupsServed: profile.age_groups_served ?? [],
    specialPopulations: toSortedUnique(profile.special_populations ?? []),
    immediateAvailability: availability.immediate_availability ?? false,
    acceptingNewPatients: availability.accepting_new_patients,
    currentPatientCount: availability.current_patient_count,
    maxPatientCapacity: availability.max_patient_capacity,
    availabilityScore: availability.availability_score,
    nextAvailableSlot: timestampOrNull(availability.next_available_slot),
    typicalAvailability: toTypicalAvailability(availability.typical_availability ?? {}),
    performance: toPerformance(record.performance_metrics ?? null),
    insurancesAccepted: toSortedUnique(admin.insurances_accepted.map(normaliseInsurerKey)),
    createdAt: parseIsoTimestamp(admin.created_at) ?? 0,
    activeStatus: admin.active_status,
  };
}

/** Reads every key that names a time slot, so `weekend: true` counts as `weekends`. */
export function toTypicalAvailability(raw: Record<string, unknown>): TypicalAvailability {
  const slots: TypicalAvailability = {
    morning: false,
    afternoon: false,
    evening: false,
    weekends: false,
  };
  for (const [key, value] of Object.entries(raw)) {
    const slot = FIXED_LOOKUPS.timeSlots.find(key);
    if (slot !== undefined && value === true) slots[slot] = true;
  }

  // Rebuilt in TIME_SLOTS order so equal availabilities serialise identically.
  return Object.fromEntries(TIME_SLOTS.map((slot) => [slot, slots[slot]])) as TypicalAvailability;
}

function toPerformance(
  metrics: ClinicianRecord['performance_metrics'] | null,
): ClinicianPerformance | null {
  if (metrics === null || metrics === undefined) return null;

  const bySpecialty: Record<string, number> = {};
  for (const [need, rate] of Object.entries(metrics.success_by_specialty ?? {})) {
    const key = normaliseNeedKey(need);
    if (key !== null) bySpecialty[key] = rate;
  }

  return {
    avgPatientRating: metrics.avg_patient_rating ?? null,
    retentionRate: metrics.retention_rate ?? null,
    avgSessionCount: metrics.avg_session_count ?? null,
    totalPatientsSeen: metrics.total_patients_seen ?? null,
    successBySpecialty: sortedRecord(bySpecialty),
    successByDemographics: sortedRecord(demographicRates(metrics.success_by_demographics ?? {})),
  };
}

/** Age ranges and therapy experience keys become canonical; any other key is kept, trimmed. */
function demographicRates(raw: Record<string, number>): Record<string, number> {
  const rates: Record<string, number> = {};
  for (const [key, rate] of Object.entries(raw)) {
    const canonical =
      FIXED_LOOKUPS.ageRanges.find(key) ?? FIXED_LOOKUPS.therapyExperience.find(key) ?? key.trim();
    rates[canonical] = rate;
  }
  return rates;
}

function timestampOrNull(text: string | null | undefined): number | null {
  return text === null || text === undefined ? null : parseIsoTimestamp(text);
}

/** Same entries, keys in code-unit order, so equal records compare and serialise equal. */
export function sortedRecord<V>(record: Record<string, V>): Record<string, V> {
  const keys = Object.keys(record).sort(compareCodeUnits);
  return Object.fromEntries(keys.map((key) => [key, record[key] as V]));
}
