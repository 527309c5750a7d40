/**
 * The demographic component of the registered tiers: how well the clinician has done with
 * patients like this one, and whether they serve the patient's age group.
 */
import { AGE_GROUP_OF_RANGE, type Clinician, type PatientProfile } from '@lunajoy/models';

import { clamp01 } from './clamp';

/** The score when the profile tells us nothing to compare, and the rate assumed when unknown. */
export const NEUTRAL_DEMOGRAPHIC_SCORE = 0.5;

/**
 * The average of the parts the profile makes known:
 * - age range known: the clinician's success rate with that age range
 *   (`successByDemographics[ageRange]`), and 1 or 0 for serving its age group;
 * - therapy experience known: the success rate with that experience
 *   (`successByDemographics[therapyExperience]`).
 * A success rate the clinician has no record of counts as 0.5, so a clinician too new for
 * metrics is neither favoured nor punished. Nothing known: 0.5.
 */
export function scoreDemographic(clinician: Clinician, profile: PatientProfile | null): number {
  if (profile === null) return NEUTRAL_DEMOGRAPHIC_SCORE;

  const rates = clinician.performance?.successByDemographics ?? {};
  const rateFor = (key: string): number => {
    const rate = rates[key];
    return rate === undefined ? NEUTRAL_DEMOGRAPHIC_SCORE : clamp01(rate);
  };
  const parts: number[] = [];

  if (profile.ageRange !== null) {
    parts.push(rateFor(profile.ageRange));
    parts.push(clinician.ageGroupsServed.includes(AGE_GROUP_OF_RANGE[profile.ageRange]) ? 1 : 0);
  }
  if (profile.therapyExperience !== null) {
    parts.push(rateFor(profile.therapyExperience));
  }

  if (parts.length === 0) return NEUTRAL_DEMOGRAPHIC_SCORE;
  return parts.reduce((sum, part) => sum + part, 0) / parts.length;
}
