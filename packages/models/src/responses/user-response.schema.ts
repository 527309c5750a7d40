/**
 * A patient as `GET /api/v1/users/:id` shows them: preferences and profile, never contact details.
 */
import { z } from 'zod';
import type { Patient, PatientPreferences, PatientProfile } from '../domain';
import {
  AGE_RANGES,
  APPOINTMENT_TYPES,
  GENDERS,
  REGISTRATION_TYPES,
  THERAPY_EXPERIENCE,
  TIME_SLOTS,
  URGENCY_LEVELS,
  US_STATES,
} from '../vocabulary';

/** Preferences in wire form, the same field names a match request uses. */
export const PreferencesResponseSchema = z.object({
  state: z.enum(US_STATES),
  appointment_type: z.enum(APPOINTMENT_TYPES),
  insurance_provider: z.string().nullable(),
  language: z.string().nullable(),
  gender_preference: z.enum(GENDERS).nullable(),
  clinical_needs: z.array(z.string()),
  preferred_time_slots: z.array(z.enum(TIME_SLOTS)),
  urgency_level: z.enum(URGENCY_LEVELS),
  age_range: z.enum(AGE_RANGES).nullable(),
});

/** A profile in wire form. */
export const ProfileResponseSchema = z.object({
  age_range: z.enum(AGE_RANGES).nullable(),
  gender: z.enum(GENDERS).nullable(),
  therapy_experience: z.enum(THERAPY_EXPERIENCE).nullable(),
  therapy_goals: z.array(z.string()),
});

/** `GET /api/v1/users/:id`: a patient without contact details. */
export const UserResponseSchema = z.object({
  user_id: z.string(),
  registration_type: z.enum(REGISTRATION_TYPES),
  preferences: PreferencesResponseSchema.nullable(),
  profile: ProfileResponseSchema,
  created_at: z.string().nullable().describe('ISO 8601, UTC'),
});

/** Preferences in wire form. */
export type PreferencesResponse = z.infer<typeof PreferencesResponseSchema>;
/** A profile in wire form. */
export type ProfileResponse = z.infer<typeof ProfileResponseSchema>;
/** A user response body. */
export type UserResponse = z.infer<typeof UserResponseSchema>;

/** Preferences in wire form. */
export function toPreferencesResponse(preferences: PatientPreferences): PreferencesResponse {
  return {
    state: preferences.state,
    appointment_type: preferences.appointmentType,
    insurance_provider: preferences.insuranceProvider,
    language: preferences.language,
    gender_preference: preferences.genderPreference,
    clinical_needs: [...preferences.clinicalNeeds],
    preferred_time_slots: [...preferences.preferredTimeSlots],
    urgency_level: preferences.urgencyLevel,
    age_range: preferences.ageRange,
  };
}

/** A profile in wire form. */
export function toProfileResponse(profile: PatientProfile): ProfileResponse {
  return {
    age_range: profile.ageRange,
    gender: profile.gender,
    therapy_experience: profile.therapyExperience,
    therapy_goals: [...profile.therapyGoals],
  };
}

/** A patient in wire form, without contact details. */
export function toUserResponse(patient: Patient): UserResponse {
  return {
    user_id: patient.id,
    registration_type: patient.registrationType,
    preferences: patient.preferences ? toPreferencesResponse(patient.preferences) : null,
    profile: toProfileResponse(patient.profile),
    created_at: patient.createdAt === null ? null : new Date(patient.createdAt).toISOString(),
  };
}
