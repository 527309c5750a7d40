/**
 * Patient preferences as clients send them (snake_case), validated against the fixed
 * vocabularies and the data vocabulary, and normalised to the domain's `PatientPreferences`.
 */
import { z } from 'zod';
import type { PatientPreferences } from '../domain';
import { FIXED_LOOKUPS } from '../fixed-vocabularies';
import {
  optionalVocabularyField,
  optionalVocabularyList,
  requiredOr,
  vocabularyField,
} from '../schema-fields';
import { TIME_SLOTS, type AppointmentType, type StateCode } from '../vocabulary';
import type { DataLookups } from './data-lookups';
import { givenOnce } from './query-params';

/** Preferences where every field may be absent: values given in a request, to merge over stored. */
export type PartialPatientPreferences = Partial<PatientPreferences>;

/**
 * Defaults of the optional preferences, when neither the request nor storage gives them. A new
 * object each call, so no two results share a list.
 */
export function defaultPreferences(): Omit<PatientPreferences, 'state' | 'appointmentType'> {
  return {
    insuranceProvider: null,
    language: null,
    genderPreference: null,
    clinicalNeeds: [],
    preferredTimeSlots: [],
    urgencyLevel: 'flexible',
    ageRange: null,
  };
}

const objectError = { error: requiredOr('must be an object') };

function optionalFields(lookups: DataLookups) {
  return {
    insurance_provider: optionalVocabularyField(lookups.insurers),
    language: optionalVocabularyField(lookups.languages),
    gender_preference: optionalVocabularyField(FIXED_LOOKUPS.genders),
    clinical_needs: optionalVocabularyList(lookups.needs, { commaSeparated: true }),
    preferred_time_slots: optionalVocabularyList(FIXED_LOOKUPS.timeSlots, {
      order: TIME_SLOTS,
      commaSeparated: true,
    }),
    urgency_level: optionalVocabularyField(FIXED_LOOKUPS.urgencyLevels),
    age_range: optionalVocabularyField(FIXED_LOOKUPS.ageRanges),
  };
}

type OptionalFields = z.output<z.ZodObject<ReturnType<typeof optionalFields>>>;

/** The optional fields that were given, in domain form; null urgency means the default. */
function givenOptionals(fields: OptionalFields): PartialPatientPreferences {
  const given: PartialPatientPreferences = {};
  if (fields.insurance_provider !== undefined) given.insuranceProvider = fields.insurance_provider;
  if (fields.language !== undefined) given.language = fields.language;
  if (fields.gender_preference !== undefined) given.genderPreference = fields.gender_preference;
  if (fields.clinical_needs !== undefined) given.clinicalNeeds = fields.clinical_needs;
  if (fields.preferred_time_slots !== undefined) {
    given.preferredTimeSlots = fields.preferred_time_slots;
  }
  if (fields.urgency_level !== undefined) {
    given.urgencyLevel = fields.urgency_level ?? 'flexible';
  }
  if (fields.age_range !== undefined) given.ageRange = fields.age_range;
  return given;
}

function toPreferences(
  body: OptionalFields & { state: StateCode; appointment_type: AppointmentType },
): PatientPreferences {
  return {
    state: body.state,
    appointmentType: body.appointment_type,
    ...defaultPreferences(),
    ...givenOptionals(body),
  };
}

/**
 * The preferences body of `POST /api/v1/match` (`state` and `appointment_type` required;
 * `urgency_level` defaults to `flexible`; blank values mean no preference), parsed to
 * `PatientPreferences`.
 */
export function createMatchPreferencesSchema(lookups: DataLookups) {
  return z
    .strictObject(
      {
        state: vocabularyField(FIXED_LOOKUPS.states),
        appointment_type: vocabularyField(FIXED_LOOKUPS.appointmentTypes),
        ...optionalFields(lookups),
      },
      objectError,
    )
    .transform(toPreferences);
}

/**
 * The same preferences as query-string parameters (`GET /api/v1/match/explain`): a repeated
 * scalar is "must be given once"; lists may be repeated or comma-separated.
 */
export function createPreferencesQueryParamsSchema(lookups: DataLookups) {
  const fields = optionalFields(lookups);

  return z.object({
    state: givenOnce(vocabularyField(FIXED_LOOKUPS.states)),
    appointment_type: givenOnce(vocabularyField(FIXED_LOOKUPS.appointmentTypes)),
    insurance_provider: givenOnce(fields.insurance_provider),
    language: givenOnce(fields.language),
    gender_preference: givenOnce(fields.gender_preference),
    clinical_needs: fields.clinical_needs,
    preferred_time_slots: fields.preferred_time_slots,
    urgency_level: givenOnce(fields.urgency_level),
    age_range: givenOnce(fields.age_range),
  });
}

/** Query-string preferences parsed to `PatientPreferences`. */
export function createPreferencesQuerySchema(lookups: DataLookups) {
  return createPreferencesQueryParamsSchema(lookups).transform(toPreferences);
}

/**
 * The same fields, every one optional, parsed to only the preferences given: what a registered
 * patient's request overrides of their stored preferences (see `mergePreferences`).
 */
export function createPartialPreferencesSchema(lookups: DataLookups) {
  return z
    .strictObject(
      {
        state: vocabularyField(FIXED_LOOKUPS.states).optional(),
        appointment_type: vocabularyField(FIXED_LOOKUPS.appointmentTypes).optional(),
        ...optionalFields(lookups),
      },
      objectError,
    )
    .transform((body): PartialPatientPreferences => {
      const given = givenOptionals(body);
      if (body.state !== undefined) given.state = body.state;
      if (body.appointment_type !== undefined) given.appointmentType = body.appointment_type;
      return given;
    });
}

/** The schema type of `createMatchPreferencesSchema`. */
export type MatchPreferencesSchema = ReturnType<typeof createMatchPreferencesSchema>;
/** The schema type of `createPartialPreferencesSchema`. */
export type PartialPreferencesSchema = ReturnType<typeof createPartialPreferencesSchema>;
