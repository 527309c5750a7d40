import type { GeneratedClinician } from './clinician.generator';
import type { GeneratedUser } from './user.generator';

/** What the platform's content matcher saw when it ranked a clinician for a patient. */
export interface ListScore {
  /** share of the patient's stated needs the clinician treats */
  needOverlap: number;
  /** the informational match score written to `match_context` (0..1.1 with the new-clinician boost) */
  matchScore: number;
}

/**
 * A content score like the one older matchers logged: needs, insurance, availability, room in
 * the caseload and stated preferences. It orders the simulated lists; it says nothing about the
 * hidden tastes that decide what the patient then does.
 */
export function contentScore(user: GeneratedUser, clinician: GeneratedClinician): ListScore {
  const preferences = user.record.stated_preferences;
  const profile = clinician.record.profile_features;
  const availability = clinician.record.availability_features;

  const needs = preferences.clinical_needs;
  const matched = needs.filter((n) => clinician.specialties.includes(n)).length;
  const needOverlap = needs.length === 0 ? 0.5 : matched / needs.length;
  const insurer = preferences.insurance_provider;
  const insurance = insurer === '' ? 0.5 : clinician.insurances.includes(insurer) ? 1 : 0;
  const capacity = availability.max_patient_capacity;
  const room = capacity ? Math.max(0, 1 - availability.current_patient_count / capacity) : 0;
  const gender =
    preferences.gender_preference === '' || preferences.gender_preference === profile.gender
      ? 1
      : 0;
  const language =
    preferences.language === '' || profile.languages.includes(preferences.language) ? 1 : 0;

  const weighted =
    0.3 * needOverlap +
    0.25 * insurance +
    0.2 * availability.availability_score +
    0.15 * room +
    0.1 * (0.5 * gender + 0.5 * language);
  return { needOverlap, matchScore: clinician.isNew ? weighted * 1.1 : weighted };
}
