/** Clinicians a patient rejected are never shown again; booked ones only on request. */
import type { FilterRequest, HardFilter } from './hard-filter';

/** The rejected-clinicians filter, or null when the patient rejected no one. */
export function rejectedFilter(rejectedIds: ReadonlySet<string>): HardFilter | null {
  if (rejectedIds.size === 0) return null;
  return { name: 'not_rejected', keep: (clinician) => !rejectedIds.has(clinician.id) };
}

/** The booked-clinicians filter, or null when booked ones are included or there are none. */
export function bookedFilter(
  request: Pick<FilterRequest, 'bookedIds' | 'includeBooked'>,
): HardFilter | null {
  if (request.includeBooked || request.bookedIds.size === 0) return null;

  const booked = request.bookedIds;
  return { name: 'not_booked', keep: (clinician) => !booked.has(clinician.id) };
}
