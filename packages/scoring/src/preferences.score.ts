/**
 * The preferences component: gender, language and time slots, counting only what the patient
 * asked for.
 */
import type { Clinician, PatientPreferences } from '@lunajoy/models';

/** The preferences this component reads. */
export type PreferenceRequest = Pick<
  PatientPreferences,
  'genderPreference' | 'language' | 'preferredTimeSlots'
>;

/** What a patient who asked for none of these scores: neutral, so it favours no one. */
export const NO_PREFERENCES_SCORE = 0.5;

/**
 * The average of the parts the patient asked for: gender (1 when it matches, else 0), language
 * (1 when the clinician speaks it, else 0) and time slots (the share of the preferred slots the
 * clinician's typical availability covers). Nothing asked: 0.5.
 */
export function scorePreferences(clinician: Clinician, prefs: PreferenceRequest): number {
  let sum = 0;
  let asked = 0;

  if (prefs.genderPreference !== null) {
    sum += clinician.gender === prefs.genderPreference ? 1 : 0;
    asked += 1;
  }
  if (prefs.language !== null) {
    sum += clinician.languages.includes(prefs.language) ? 1 : 0;
    asked += 1;
  }
  if (prefs.preferredTimeSlots.length > 0) {
    let covered = 0;
    for (const slot of prefs.preferredTimeSlots)
      if (clinician.typicalAvailability[slot]) covered += 1;
    sum += covered / prefs.preferredTimeSlots.length;
    asked += 1;
  }

  return asked === 0 ? NO_PREFERENCES_SCORE : sum / asked;
}
