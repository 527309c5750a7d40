/**
 * The insurance component and the `accepts_insurance` flag, from one decision so the two can
 * never disagree.
 */
import type { Clinician } from '@lunajoy/models';

/** The insurance decision for one clinician. */
export interface InsuranceScore {
  /** 1 accepted, 0 not accepted, 0.5 when the patient gave no insurance */
  score: number;
  /** null when the patient gave no insurance */
  accepts: boolean | null;
}

const NO_INSURANCE_GIVEN: InsuranceScore = Object.freeze({ score: 0.5, accepts: null });
const ACCEPTED: InsuranceScore = Object.freeze({ score: 1, accepts: true });
const NOT_ACCEPTED: InsuranceScore = Object.freeze({ score: 0, accepts: false });

/**
 * Accepted when the clinician lists the patient's insurer. Self-pay is the insurer key
 * `private_pay`, which clinicians list when they take self-paying patients, so a self-pay
 * patient scores 1 exactly when the clinician takes Private Pay. No insurance given is neutral.
 */
export function scoreInsurance(
  clinician: Clinician,
  insuranceProvider: string | null,
): InsuranceScore {
  if (insuranceProvider === null || insuranceProvider === '') return NO_INSURANCE_GIVEN;

  return clinician.insurancesAccepted.includes(insuranceProvider) ? ACCEPTED : NOT_ACCEPTED;
}
