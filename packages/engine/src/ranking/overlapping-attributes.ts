/** What the patient asked for that the clinician has, in canonical keys. */
import type { Clinician, PatientPreferences } from '@lunajoy/models';

import type { OverlappingAttributes } from '../types';

/**
 * Needs treated, the asked language when spoken, preferred slots offered, the insurer when
 * accepted, and the gender when it is the one preferred. Nothing asked, nothing listed.
 */
export function overlappingAttributes(
  clinician: Clinician,
  preferences: PatientPreferences,
  acceptsInsurance: boolean | null,
): OverlappingAttributes {
  const { language, genderPreference } = preferences;

  return {
    specialties: preferences.clinicalNeeds.filter((need) => clinician.specialties.includes(need)),
    languages: language !== null && clinician.languages.includes(language) ? [language] : [],
    timeSlots: preferences.preferredTimeSlots.filter((slot) => clinician.typicalAvailability[slot]),
    insurance: acceptsInsurance === true ? preferences.insuranceProvider : null,
    gender:
      genderPreference !== null && clinician.gender === genderPreference ? genderPreference : null,
  };
}
