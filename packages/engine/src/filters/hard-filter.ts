/**
 * A hard filter decides whether a patient may be shown a clinician at all; unlike a score
 * component it is not traded off against anything.
 */
import type { AgeRange, AppointmentType, Clinician, StateCode } from '@lunajoy/models';

/** One hard filter: a name for reports and a predicate over clinicians. */
export interface HardFilter {
  /** the `filtersApplied` and stage name, for example `active_status` */
  name: string;
  keep(clinician: Clinician): boolean;
}

/** The parts of a request the hard filters read. */
export interface FilterRequest {
  state: StateCode;
  appointmentType: AppointmentType;
  /** null when unknown: no age-group filter */
  ageRange: AgeRange | null;
  rejectedIds: ReadonlySet<string>;
  bookedIds: ReadonlySet<string>;
  includeBooked: boolean;
}
