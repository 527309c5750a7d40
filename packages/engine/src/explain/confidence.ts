/**
 * How sure we are of a match: a high score means little when the patient told us almost
 * nothing, because every unstated preference scored neutral for everyone.
 */
import type { PatientPreferences, PatientProfile } from '@lunajoy/models';

import type { Explanation } from '../types';

/**
 * How many things the patient told us beyond state and appointment type: insurance, needs,
 * language, gender preference, time slots, age range, and (registered) therapy experience.
 */
export function toldCount(preferences: PatientPreferences, profile: PatientProfile | null): number {
  const told = [
    preferences.insuranceProvider !== null,
    preferences.clinicalNeeds.length > 0,
    preferences.language !== null,
    preferences.genderPreference !== null,
    preferences.preferredTimeSlots.length > 0,
    (preferences.ageRange ?? profile?.ageRange ?? null) !== null,
    (profile?.therapyExperience ?? null) !== null,
  ];
  return told.filter(Boolean).length;
}

/**
 * high: score ≥ 0.75 and at least 3 things told; medium: score ≥ 0.5 and at least 1 thing
 * told; low otherwise.
 */
export function confidenceLevel(score: number, told: number): Explanation['confidenceLevel'] {
  if (score >= 0.75 && told >= 3) return 'high';
  if (score >= 0.5 && told >= 1) return 'medium';
  return 'low';
}
