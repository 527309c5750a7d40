/** Only clinicians who can actually take a new patient are matched. */
import type { Clinician } from '@lunajoy/models';

import type { HardFilter } from './hard-filter';

/**
 * True when the clinician accepts new patients and has room: `currentPatientCount <
 * maxPatientCapacity`. A capacity of 0 or null means no room.
 */
export function hasOpenings(clinician: Clinician): boolean {
  const capacity = clinician.maxPatientCapacity;
  if (!clinician.acceptingNewPatients || capacity === null || !(capacity > 0)) return false;

  return clinician.currentPatientCount < capacity;
}

/** Keeps clinicians who accept new patients and are under capacity. */
export const capacityFilter: HardFilter = {
  name: 'accepting_new_patients',
  keep: hasOpenings,
};
