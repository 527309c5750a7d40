/**
 * Multipliers applied after the weighted sum: new clinicians get a start, clinicians close to
 * a full caseload are held back so they are not overbooked.
 */
import type { Clinician } from '@lunajoy/models';

import { clinicianLoad } from './load-balance.score';
import { DEFAULT_SCORING_CONFIG, type ScoringConfig } from './scoring-config';

const DAY_MS = 24 * 60 * 60 * 1000;

/** Boost names as reported in a match's `boostsApplied`. */
export const BOOST_NEW_CLINICIAN = 'new_clinician';
export const BOOST_HIGH_LOAD = 'high_load';

/** True when the clinician joined within the configured days before `now` (30 by default). */
export function isNewClinician(
  clinician: Clinician,
  now: number,
  config: ScoringConfig = DEFAULT_SCORING_CONFIG,
): boolean {
  return now - clinician.createdAt <= config.boosts.newClinician.withinDays * DAY_MS;
}

/**
 * The boosts that apply, by name: `new_clinician` (×1.1) when joined within 30 days of now
 * (a `createdAt` after `now` counts as new), `high_load` (×0.7) when load is above 85%. Only
 * applied boosts are present, so an empty object means ×1.
 */
export function computeBoosts(
  clinician: Clinician,
  now: number,
  config: ScoringConfig = DEFAULT_SCORING_CONFIG,
): Record<string, number> {
  const boosts: Record<string, number> = {};

  if (isNewClinician(clinician, now, config)) {
    boosts[BOOST_NEW_CLINICIAN] = config.boosts.newClinician.multiplier;
  }
  if (clinicianLoad(clinician) > config.boosts.highLoad.loadAbove) {
    boosts[BOOST_HIGH_LOAD] = config.boosts.highLoad.multiplier;
  }

  return boosts;
}
