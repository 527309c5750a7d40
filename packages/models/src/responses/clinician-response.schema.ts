/**
 * Clinicians as `GET /api/v1/clinicians` and `GET /api/v1/clinicians/:id` show them. Caseload
 * counts stay internal; what a patient can use to choose is shown.
 */
import { z } from 'zod';
import type { Clinician } from '../domain';
import { AGE_GROUPS, APPOINTMENT_TYPES, GENDERS, TIME_SLOTS, US_STATES } from '../vocabulary';

/** A clinician as a list item. */
export const ClinicianSummarySchema = z.object({
  clinician_id: z.string(),
  full_name: z.string(),
  gender: z.enum(GENDERS),
  license_states: z.array(z.enum(US_STATES)),
  appointment_types: z.array(z.enum(APPOINTMENT_TYPES)),
  specialties: z.array(z.string()),
  languages: z.array(z.string()),
  insurances_accepted: z.array(z.string()),
  years_experience: z.number().min(0),
  accepting_new_patients: z.boolean(),
  immediate_availability: z.boolean(),
  next_available_slot: z.string().nullable().describe('ISO 8601, UTC'),
});

/** A clinician with everything a patient may read. */
export const ClinicianDetailSchema = ClinicianSummarySchema.extend({
  license_numbers: z.record(z.string(), z.string()),
  certifications: z.array(z.string()),
  treatment_modalities: z.array(z.string()),
  age_groups_served: z.array(z.enum(AGE_GROUPS)),
  special_populations: z.array(z.string()),
  availability_score: z.number().min(0).max(1),
  typical_availability: z.object(
    Object.fromEntries(TIME_SLOTS.map((slot) => [slot, z.boolean()])) as Record<
      (typeof TIME_SLOTS)[number],
      z.ZodBoolean
    >,
  ),
  avg_patient_rating: z.number().nullable(),
  total_patients_seen: z.number().int().nullable(),
  active_status: z.boolean(),
  created_at: z.string().describe('ISO 8601, UTC'),
});

/** A page of clinicians. */
export const ClinicianListResponseSchema = z.object({
  clinicians: z.array(ClinicianSummarySchema),
  total: z.number().int().min(0),
  limit: z.number().int().min(1),
  offset: z.number().int().min(0),
});

/** A clinician list item. */
export type ClinicianSummary = z.infer<typeof ClinicianSummarySchema>;
/** A clinician detail body. */
export type ClinicianDetail = z.infer<typeof ClinicianDetailSchema>;
/** A clinician list body. */
export type ClinicianListResponse = z.infer<typeof ClinicianListResponseSchema>;

function isoOrNull(epochMs: number | null): string | null {
  return epochMs === null ? null : new Date(epochMs).toISOString();
}

/** A clinician as a list item. */
export function toClinicianSummary(clinician: Clinician): ClinicianSummary {
  return {
    clinician_id: clinician.id,
    full_name: clinician.fullName,
    gender: clinician.gender,
    license_states: [...clinician.licenseStates],
    appointment_types: [...clinician.appointmentTypes],
    specialties: [...clinician.specialties],
    languages: [...clinician.languages],
    insurances_accepted: [...clinician.insurancesAccepted],
    years_experience: clinician.yearsExperience,
    accepting_new_patients: clinician.acceptingNewPatients,
    immediate_availability: clinician.immediateAvailability,
    next_available_slot: isoOrNull(clinician.nextAvailableSlot),
  };
}

/** A clinician with everything a patient may read. */
export function toClinicianDetail(clinician: Clinician): ClinicianDetail {
  return {
    ...toClinicianSummary(clinician),
    license_numbers: { ...clinician.licenseNumbers },
    certifications: [...clinician.certifications],
    treatment_modalities: [...clinician.treatmentModalities],
    age_groups_served: [...clinician.ageGroupsServed],
    special_populations: [...clinician.specialPopulations],
    availability_score: clinician.availabilityScore,
    typical_availability: { ...clinician.typicalAvailability },
    avg_patient_rating: clinician.performance?.avgPatientRating ?? null,
    total_patients_seen: clinician.performance?.totalPatientsSeen ?? null,
    active_status: clinician.activeStatus,
    created_at: new Date(clinician.createdAt).toISOString(),
  };
}
