/** The filter part of a request, built one way for scoring and for suggestions alike. */
import type { PatientPreferences, PatientProfile } from '@lunajoy/models';

import type { FilterRequest } from './hard-filter';

const NO_IDS: ReadonlySet<string> = new Set();

/** Who to leave out of a request. */
export interface Exclusions {
  rejectedIds?: ReadonlySet<string>;
  bookedIds?: ReadonlySet<string>;
  includeBooked?: boolean;
}

/**
 * The hard-filter request of a patient. The age range comes from the preferences, else from
 * the profile: registered requests have stored values merged into the preferences already.
 */
export function toFilterRequest(
  preferences: PatientPreferences,
  profile: PatientProfile | null,
  exclusions: Exclusions,
): FilterRequest {
  return {
    state: preferences.state,
    appointmentType: preferences.appointmentType,
    ageRange: preferences.ageRange ?? profile?.ageRange ?? null,
    rejectedIds: exclusions.rejectedIds ?? NO_IDS,
    bookedIds: exclusions.bookedIds ?? NO_IDS,
    includeBooked: exclusions.includeBooked ?? false,
  };
}
