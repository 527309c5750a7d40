/**
 * The `is_available` flag: can this clinician actually see the patient soon?
 */
import type { Clinician } from '@lunajoy/models';

import { hasOpenings } from '../filters/capacity.filter';

/** How far ahead a slot still counts as available. */
export const AVAILABLE_WITHIN_MS = 7 * 24 * 60 * 60 * 1000;

/**
 * True when the clinician accepts new patients, is under capacity, and either has immediate
 * availability or a next slot from now to 7 days ahead (a past slot is stale and does not
 * count). Every match passed the capacity filter, so for matches this is the "soon" part.
 */
export function isAvailable(clinician: Clinician, now: number): boolean {
  if (!hasOpenings(clinician)) return false;
  if (clinician.immediateAvailability) return true;

  const slot = clinician.nextAvailableSlot;
  return slot !== null && slot >= now && slot - now <= AVAILABLE_WITHIN_MS;
}
