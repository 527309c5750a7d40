import type { PatientPreferences } from '../domain';
import type { FormattedIssue } from '../format-zod-issues';
import { defaultPreferences, type PartialPatientPreferences } from './preferences.schema';
import { definedOnly } from './profile.schema';

/** Merged preferences, or the issues that stop them being usable. */
export type MergedPreferences =
  { ok: true; preferences: PatientPreferences } | { ok: false; issues: FormattedIssue[] };

/**
 * A registered patient's preferences for one request: the request's values over the stored ones,
 * over the defaults. `state` and `appointment_type` must come from one or the other; their issues
 * use the request's paths (`preferences.state`), so they read like any validation error.
 */
export function mergePreferences(
  stored: PatientPreferences | null,
  given: PartialPatientPreferences,
): MergedPreferences {
  const merged: Partial<PatientPreferences> = {
    ...defaultPreferences(),
    ...(stored ?? {}),
    ...definedOnly(given),
  };

  const { state, appointmentType } = merged;
  if (state === undefined || appointmentType === undefined) {
    const issues: FormattedIssue[] = [];
    const missing = 'is required: it is neither in the request nor stored for this patient';
    if (state === undefined) issues.push({ path: 'preferences.state', message: missing });
    if (appointmentType === undefined) {
      issues.push({ path: 'preferences.appointment_type', message: missing });
    }
    return { ok: false, issues };
  }

  return { ok: true, preferences: { ...defaultPreferences(), ...merged, state, appointmentType } };
}
