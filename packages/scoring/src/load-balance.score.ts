/**
 * The load-balance component: spreads new patients over clinicians with room in their caseload.
 */
import type { Clinician } from '@lunajoy/models';

import { clamp01 } from './clamp';

/**
 * current patients ÷ capacity, 0..1. A capacity of 0 or null means no room at all: load 1.
 */
export function clinicianLoad(clinician: Clinician): number {
  const capacity = clinician.maxPatientCapacity;
  if (capacity === null || !(capacity > 0)) return 1;

  return clamp01(clinician.currentPatientCount / capacity);
}

/**
 * 1 − load: an empty caseload scores 1, a full one 0. Clinicians above 85% load are penalised
 * by the `high_load` multiplier on the whole score (see `computeBoosts`), not a second time
 * here, so the penalty is counted once.
 */
export function scoreLoadBalance(clinician: Clinician): number {
  return 1 - clinicianLoad(clinician);
}
