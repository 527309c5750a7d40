/**
 * The five content components of one clinician for one request, plus the insurance decision
 * that must travel with the insurance component.
 */
import type { Clinician, PatientPreferences } from '@lunajoy/models';
import {
  scoreAvailability,
  scoreInsurance,
  scoreLoadBalance,
  scorePreferences,
  scoreSpecialties,
  type ScoringConfig,
} from '@lunajoy/scoring';

import type { ScoreComponents } from '../types';

/** The content components and the insurance decision. */
export interface ContentScore {
  components: ScoreComponents;
  acceptsInsurance: boolean | null;
}

/** Scores availability, insurance, specialties, preferences and load balance. */
export function scoreContent(
  clinician: Clinician,
  preferences: PatientPreferences,
  now: number,
  useSuccessRates: boolean,
  config: ScoringConfig,
): ContentScore {
  const insurance = scoreInsurance(clinician, preferences.insuranceProvider);

  return {
    components: {
      availability: scoreAvailability(clinician, preferences.urgencyLevel, now),
      insurance: insurance.score,
      specialties: scoreSpecialties(clinician, preferences.clinicalNeeds, {
        useSuccessRates,
        blend: config.specialtySuccess,
      }),
      preferences: scorePreferences(clinician, preferences),
      loadBalance: scoreLoadBalance(clinician),
    },
    acceptsInsurance: insurance.accepts,
  };
}
