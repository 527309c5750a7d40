/**
 * The canonical form of a match request, for cache keys: two requests that mean the same thing
 * (needs in another order, a repeated slot, an omitted default) get the same key.
 */
import { TIME_SLOTS, type PatientPreferences, type PatientProfile } from '@lunajoy/models';

import type { MatchOptions, Tier } from '../types';

/** The options a request gets when it leaves them out. */
export const DEFAULT_MATCH_OPTIONS: Readonly<MatchOptions> = Object.freeze({
  limit: 10,
  explain: true,
  includeBooked: false,
});

/** Bump when the key layout changes, so old entries are never read with a new meaning. */
const KEY_LAYOUT = 1;

/** Case, spaces and hyphens folded the way vocabularies are; '' means no preference. */
function fold(value: string | null | undefined): string | null {
  if (value === null || value === undefined) return null;
  const folded = value
    .trim()
    .toLowerCase()
    .replace(/[\s-]+/g, '_');
  return folded === '' ? null : folded;
}

function foldedSet(values: readonly string[]): string[] {
  const folded = values.map(fold).filter((value): value is string => value !== null);
  return [...new Set(folded)].sort();
}

function slotOrder(slots: readonly string[]): string[] {
  const asked = new Set(slots);
  return TIME_SLOTS.filter((slot) => asked.has(slot));
}

/**
 * A stable string for a request: the tier, the subject (for personalised tiers), every
 * preference with needs sorted and de-duplicated, slots in vocabulary order, null for "no
 * preference", the profile, and the options with defaults filled in. Snapshot, model and
 * patient versions are not part of it: the cache prefixes those.
 */
export function canonicalMatchKey(
  tier: Tier,
  preferences: PatientPreferences,
  profile: PatientProfile | null | undefined,
  options: Partial<MatchOptions> = {},
  userId: string | null = null,
): string {
  const filled = { ...DEFAULT_MATCH_OPTIONS, ...options };
  const fields = [
    KEY_LAYOUT,
    tier,
    userId,
    preferences.state.trim().toUpperCase(),
    fold(preferences.appointmentType),
    fold(preferences.insuranceProvider),
    fold(preferences.language),
    fold(preferences.genderPreference),
    foldedSet(preferences.clinicalNeeds),
    slotOrder(preferences.preferredTimeSlots),
    fold(preferences.urgencyLevel),
    preferences.ageRange ?? null,
    profile
      ? [
          profile.ageRange ?? null,
          fold(profile.gender),
          fold(profile.therapyExperience),
          foldedSet(profile.therapyGoals),
        ]
      : null,
    filled.limit,
    filled.explain,
    filled.includeBooked,
  ];

  return `match:${tier}:${JSON.stringify(fields)}`;
}
