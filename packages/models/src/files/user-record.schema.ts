/**
 * A patient as the platform's `users.json` holds it. Unknown extra fields are accepted and kept
 * (untyped) at every level. Contact details and location in `profile_data` are personal data.
 */
import { z } from 'zod';
import { FIXED_LOOKUPS } from '../fixed-vocabularies';
import { IsoTimestampSchema } from '../iso-timestamp';
import {
  boundedNumber,
  optionalText,
  optionalVocabularyField,
  optionalVocabularyList,
  requiredOr,
  requiredText,
  textList,
  vocabularyField,
} from '../schema-fields';
import { TIME_SLOTS } from '../vocabulary';

const group = { error: requiredOr('must be an object') };

/** What the patient said they want; every field may be missing or blank (no preference). */
export const StatedPreferencesSchema = z.looseObject(
  {
    state: optionalVocabularyField(FIXED_LOOKUPS.states),
    insurance_provider: optionalText(),
    appointment_type: optionalVocabularyField(FIXED_LOOKUPS.appointmentTypes),
    language: optionalText(),
    gender_preference: optionalVocabularyField(FIXED_LOOKUPS.genders),
    clinical_needs: textList({ commaSeparated: true }).nullish(),
    preferred_time_slots: optionalVocabularyList(FIXED_LOOKUPS.timeSlots, {
      order: TIME_SLOTS,
      commaSeparated: true,
    }),
    urgency_level: optionalVocabularyField(FIXED_LOOKUPS.urgencyLevels),
  },
  group,
);

/** Where the patient is; a free-text place or a structured one. */
export const UserLocationSchema = z.union(
  [
    z.string(),
    z.looseObject({
      city: z.string().nullish(),
      state: z.string().nullish(),
      zip_code: z.union([z.string(), z.number()]).nullish(),
      latitude: boundedNumber({ min: -90, max: 90 }).nullish(),
      longitude: boundedNumber({ min: -180, max: 180 }).nullish(),
    }),
  ],
  { error: 'must be a string or an object' },
);

/** Demographics, goals, contact details and location. */
export const ProfileDataSchema = z.looseObject(
  {
    age_range: optionalVocabularyField(FIXED_LOOKUPS.ageRanges),
    gender: optionalVocabularyField(FIXED_LOOKUPS.genders),
    therapy_experience: optionalVocabularyField(FIXED_LOOKUPS.therapyExperience),
    therapy_goals: textList({ commaSeparated: true }).nullish(),
    email: optionalText(),
    phone: optionalText(),
    city: optionalText(),
    zip_code: z.union([z.string(), z.number()], { error: 'must be a string' }).nullish(),
    location: UserLocationSchema.nullish(),
  },
  group,
);

/** A clinician in a history list: just the id, or the id with when and for how long. */
export const HistoryEntrySchema = z.union(
  [
    requiredText(),
    z.looseObject({
      clinician_id: requiredText(),
      timestamp: IsoTimestampSchema.nullish(),
      /** seconds */
      duration: boundedNumber({ min: 0 }).nullish(),
    }),
  ],
  { error: 'must be a clinician id or an object with clinician_id' },
);

const historyList = () => z.array(HistoryEntrySchema, { error: 'must be a list' }).nullish();

/** The lists kept on the user record; `interactions.json` is the source of truth for learning. */
export const InteractionHistorySchema = z.looseObject(
  {
    clinicians_viewed: historyList(),
    clinicians_contacted: historyList(),
    clinicians_booked: historyList(),
    clinicians_rejected: historyList(),
    clinicians_retained: historyList(),
  },
  group,
);

/** A user record of `users.json`. */
export const UserRecordSchema = z.looseObject(
  {
    user_id: requiredText(),
    registration_type: vocabularyField(FIXED_LOOKUPS.registrationTypes),
    created_at: IsoTimestampSchema.nullish(),
    stated_preferences: StatedPreferencesSchema.nullish(),
    profile_data: ProfileDataSchema.nullish(),
    interaction_history: InteractionHistorySchema.nullish(),
  },
  group,
);

/** A validated, normalised user record (extra fields kept, untyped). */
export type UserRecord = z.output<typeof UserRecordSchema>;
/** A user record as written in the file. */
export type UserRecordInput = z.input<typeof UserRecordSchema>;
/** One entry of a history list. */
export type HistoryEntry = z.output<typeof HistoryEntrySchema>;
