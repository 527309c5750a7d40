/**
 * The availability component. Urgent patients need someone soon, so it is measured from the
 * clinician's next slot; flexible patients get the clinician's general availability score.
 */
import type { Clinician, Urgency } from '@lunajoy/models';

import { clamp01 } from './clamp';

const HOUR_MS = 60 * 60 * 1000;

/** Urgent-request bands: a slot within `withinHours` of now scores `score` (first band wins). */
export const URGENT_AVAILABILITY_BANDS: readonly { withinHours: number; score: number }[] = [
  { withinHours: 24, score: 1.0 },
  { withinHours: 48, score: 0.8 },
  { withinHours: 72, score: 0.6 },
];

/** What an urgent request scores when there is no slot within the bands (or none at all). */
export const URGENT_AVAILABILITY_FLOOR = 0.2;

/**
 * How many hours until the clinician can see someone: 0 with immediate availability, the hours
 * until `nextAvailableSlot` otherwise, or null when there is no usable slot. A slot in the past
 * is stale data, not availability, so it is ignored.
 */
export function hoursUntilAvailable(clinician: Clinician, now: number): number | null {
  if (clinician.immediateAvailability) return 0;

  const slot = clinician.nextAvailableSlot;
  if (slot === null || !Number.isFinite(slot) || slot < now) return null;

  return (slot - now) / HOUR_MS;
}

/**
 * 0..1. Urgent (`immediate`): 1.0 with immediate availability or a slot within 24 h (inclusive),
 * 0.8 within 48 h, 0.6 within 72 h, else 0.2. Flexible: the clinician's availability score,
 * clamped to 0..1.
 */
export function scoreAvailability(clinician: Clinician, urgency: Urgency, now: number): number {
  if (urgency === 'flexible') return clamp01(clinician.availabilityScore);

  const hours = hoursUntilAvailable(clinician, now);
  if (hours === null) return URGENT_AVAILABILITY_FLOOR;

  const band = URGENT_AVAILABILITY_BANDS.find((entry) => hours <= entry.withinHours);
  return band ? band.score : URGENT_AVAILABILITY_FLOOR;
}
