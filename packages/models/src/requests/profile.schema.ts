import { z } from 'zod';
import type { PatientProfile } from '../domain';
import { FIXED_LOOKUPS } from '../fixed-vocabularies';
import { foldKey, toSortedUnique } from '../normalise';
import { optionalVocabularyField, requiredOr, textList } from '../schema-fields';

/** Profile values given in a request; absent ones keep what is stored. */
export type PartialPatientProfile = Partial<PatientProfile>;

/** An empty profile, what is known of an unknown patient; a new object each call. */
export function emptyProfile(): PatientProfile {
  return { ageRange: null, gender: null, therapyExperience: null, therapyGoals: [] };
}

/**
 * A patient's profile in a request (`age_range`, `gender`, `therapy_experience` with
 * `some_experience` read as `returning`, `therapy_goals` as a list or comma-separated string),
 * parsed to only the fields given.
 */
export const PartialProfileSchema = z
  .strictObject(
    {
      age_range: optionalVocabularyField(FIXED_LOOKUPS.ageRanges),
      gender: optionalVocabularyField(FIXED_LOOKUPS.genders),
      therapy_experience: optionalVocabularyField(FIXED_LOOKUPS.therapyExperience),
      therapy_goals: textList({ commaSeparated: true }).nullish(),
    },
    { error: requiredOr('must be an object') },
  )
  .transform((body): PartialPatientProfile => {
    const given: PartialPatientProfile = {};
    if (body.age_range !== undefined) given.ageRange = body.age_range;
    if (body.gender !== undefined) given.gender = body.gender;
    if (body.therapy_experience !== undefined) given.therapyExperience = body.therapy_experience;
    if (body.therapy_goals !== undefined) {
      given.therapyGoals = toSortedUnique((body.therapy_goals ?? []).map(foldKey));
    }
    return given;
  });

/** Request profile values over stored ones; what neither gives is unknown (null, empty). */
export function mergeProfile(
  stored: PatientProfile | null,
  given: PartialPatientProfile,
): PatientProfile {
  return { ...emptyProfile(), ...(stored ?? {}), ...definedOnly(given) };
}

/** The entries whose value is not undefined, so spreading never erases with undefined. */
export function definedOnly<T extends object>(partial: T): Partial<T> {
  return Object.fromEntries(
    Object.entries(partial).filter(([, value]) => value !== undefined),
  ) as Partial<T>;
}
