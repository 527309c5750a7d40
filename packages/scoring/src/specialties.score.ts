/**
 * The specialties component: how much of what the patient needs the clinician treats, refined
 * for registered patients by how well the clinician has done with those needs.
 */
import type { Clinician } from '@lunajoy/models';

import { clamp01 } from './clamp';
import { DEFAULT_SCORING_CONFIG, type ScoringConfig } from './scoring-config';

/** What a patient with no stated needs scores: neither a reason for nor against anyone. */
export const NO_NEEDS_SPECIALTY_SCORE = 0.5;

export interface SpecialtyScoreOptions {
  /** true for the registered tiers */
  useSuccessRates: boolean;
  /** defaults to the default configuration's blend */
  blend?: ScoringConfig['specialtySuccess'];
}

/** The patient's needs (in the order given) that the clinician lists among their specialties. */
export function treatedNeeds(clinician: Clinician, needs: readonly string[]): string[] {
  return needs.filter((need) => clinician.specialties.includes(need));
}

/**
 * coverage = treated needs ÷ needs (no needs: 0.5). Without success rates that is the score.
 * With them: coverageWeight·coverage + successWeight·(mean success rate over the treated needs),
 * 0.7·coverage + 0.3·mean by default, where a treated need with no recorded rate counts as the
 * default rate (0.5). A clinician who treats none of the needs has no rates to refine: 0.
 */
export function scoreSpecialties(
  clinician: Clinician,
  needs: readonly string[],
  options: SpecialtyScoreOptions,
): number {
  if (needs.length === 0) return NO_NEEDS_SPECIALTY_SCORE;

  // Counting loops rather than filter/reduce: this runs for every candidate of every request.
  let treated = 0;
  for (const need of needs) if (clinician.specialties.includes(need)) treated += 1;
  const coverage = treated / needs.length;
  if (!options.useSuccessRates || treated === 0) return coverage;

  const blend = options.blend ?? DEFAULT_SCORING_CONFIG.specialtySuccess;
  const rates = clinician.performance?.successBySpecialty ?? {};
  let successSum = 0;
  for (const need of needs) {
    if (!clinician.specialties.includes(need)) continue;
    const rate = rates[need];
    successSum += rate === undefined ? blend.defaultSuccessRate : clamp01(rate);
  }

  return blend.coverageWeight * coverage + blend.successWeight * (successSum / treated);
}
