/** A patient is only shown clinicians who serve their age group (a teen only sees teen care). */
import { AGE_GROUP_OF_RANGE, type AgeRange, type Clinician } from '@lunajoy/models';

import type { HardFilter } from './hard-filter';

/** True when the age range is unknown or the clinician serves its age group. */
export function servesAgeRange(clinician: Clinician, ageRange: AgeRange | null): boolean {
  return ageRange === null || clinician.ageGroupsServed.includes(AGE_GROUP_OF_RANGE[ageRange]);
}

/** The age-group filter of a request, or null when the patient's age range is unknown. */
export function ageGroupFilter(ageRange: AgeRange | null): HardFilter | null {
  if (ageRange === null) return null;

  const group = AGE_GROUP_OF_RANGE[ageRange];
  return { name: 'age_group', keep: (clinician) => clinician.ageGroupsServed.includes(group) };
}
