/**
 * A clinician as the platform's `clinicians.json` holds it. Unknown extra fields are accepted and
 * kept (untyped) at every level. Fixed-vocabulary fields come out canonical (`"Therapy"` →
 * `therapy`); data-vocabulary fields (specialties, languages, insurers) keep their raw text, which
 * is the display label the data offers, and are folded to keys by `toClinician`.
 */
import { z } from 'zod';
import { FIXED_LOOKUPS } from '../fixed-vocabularies';
import { IsoTimestampSchema } from '../iso-timestamp';
import {
  boundedNumber,
  optionalVocabularyList,
  requiredOr,
  requiredText,
  textList,
  unknownValueMessage,
  vocabularyField,
  vocabularyList,
} from '../schema-fields';

const count = () => boundedNumber({ min: 0, integer: true });
const share = () => boundedNumber({ min: 0, max: 1 });
const group = { error: requiredOr('must be an object') };
const flag = () => z.boolean({ error: requiredOr('must be true or false') });

/** State code → licence number; keys are normalised like every state (`ca` → `CA`). */
export const LicenseNumbersSchema = z
  .record(z.string(), z.union([z.string(), z.number()], { error: 'must be a string' }), {
    error: 'must be an object of state code → licence number',
  })
  .transform((raw, ctx) => {
    const numbers: Record<string, string> = {};
    for (const [key, value] of Object.entries(raw)) {
      const state = FIXED_LOOKUPS.states.find(key);
      if (state === undefined) {
        const message = unknownValueMessage(key, FIXED_LOOKUPS.states);
        ctx.addIssue({ code: 'custom', message, path: [key], input: key });
      } else {
        numbers[state] = String(value).trim();
      }
    }
    return numbers;
  });

/** Identity, licences and the kinds of appointment offered. */
export const ClinicianBasicInfoSchema = z.looseObject(
  {
    full_name: requiredText(),
    license_states: vocabularyList(FIXED_LOOKUPS.states),
    license_numbers: LicenseNumbersSchema.optional(),
    appointment_types: vocabularyList(FIXED_LOOKUPS.appointmentTypes),
  },
  group,
);

/** Who the clinician is and whom they treat. */
export const ClinicianProfileFeaturesSchema = z.looseObject(
  {
    gender: vocabularyField(FIXED_LOOKUPS.genders),
    languages: textList(),
    years_experience: boundedNumber({ min: 0 }),
    specialties: textList(),
    certifications: textList().optional(),
    treatment_modalities: textList().optional(),
    /** absent means none listed: such a clinician is shown only when the age is unknown */
    age_groups_served: optionalVocabularyList(FIXED_LOOKUPS.ageGroups),
    special_populations: textList().optional(),
  },
  group,
);

/** Which parts of the week a clinician usually works; synonym keys (`weekend`) are read too. */
export const TypicalAvailabilitySchema = z.looseObject(
  {
    morning: z.boolean().optional(),
    afternoon: z.boolean().optional(),
    evening: z.boolean().optional(),
    weekends: z.boolean().optional(),
  },
  group,
);

/** Whether and when the clinician can take new patients. */
export const ClinicianAvailabilityFeaturesSchema = z.looseObject(
  {
    immediate_availability: z.boolean({ error: 'must be true or false' }).optional(),
    accepting_new_patients: flag(),
    current_patient_count: count(),
    /** null or 0: the clinician cannot take anyone */
    max_patient_capacity: count().nullable(),
    availability_score: share(),
    next_available_slot: IsoTimestampSchema.nullish(),
    typical_availability: TypicalAvailabilitySchema.nullish(),
  },
  group,
);

const rates = () => z.record(z.string(), share(), { error: 'must be an object of key → rate' });

/** Outcome metrics; each may be missing for a new clinician. */
export const ClinicianPerformanceMetricsSchema = z.looseObject(
  {
    avg_patient_rating: boundedNumber({ min: 0 }).nullish(),
    retention_rate: share().nullish(),
    avg_session_count: boundedNumber({ min: 0 }).nullish(),
    total_patients_seen: count().nullish(),
    /** need → success rate 0..1 */
    success_by_specialty: rates().nullish(),
    /** demographic (an age range, a therapy experience, …) → success rate 0..1 */
    success_by_demographics: rates().nullish(),
  },
  group,
);

/** `true`/`false`, or the strings `active`/`inactive` that older tools wrote. */
export const ActiveStatusSchema = z
  .union([z.boolean(), z.string()], { error: requiredOr('must be true or false') })
  .transform((raw, ctx) => {
    if (typeof raw === 'boolean') return raw;
    const text = raw.trim().toLowerCase();
    if (text === 'active' || text === 'true') return true;
    if (text === 'inactive' || text === 'false') return false;
    ctx.addIssue({
      code: 'custom',
      message: 'must be true, false, active or inactive',
      input: raw,
    });
    return z.NEVER;
  });

/** Insurers, rates, dates and whether the clinician is active. */
export const ClinicianAdminDataSchema = z.looseObject(
  {
    /** display names, `Private Pay` included when self-pay is accepted */
    insurances_accepted: textList(),
    rates: z.record(z.string(), boundedNumber({ min: 0 })).nullish(),
    created_at: IsoTimestampSchema,
    last_updated: IsoTimestampSchema.nullish(),
    active_status: ActiveStatusSchema,
  },
  group,
);

/** A clinician record of `clinicians.json`. */
export const ClinicianRecordSchema = z.looseObject(
  {
    clinician_id: requiredText(),
    basic_info: ClinicianBasicInfoSchema,
    profile_features: ClinicianProfileFeaturesSchema,
    availability_features: ClinicianAvailabilityFeaturesSchema,
    /** null for clinicians too new to have any */
    performance_metrics: ClinicianPerformanceMetricsSchema.nullish(),
    admin_data: ClinicianAdminDataSchema,
    /** kept as given, never trusted as meaningful */
    embedding_features: z.record(z.string(), z.array(boundedNumber())).nullish(),
  },
  group,
);

/** A validated, normalised clinician record (extra fields kept, untyped). */
export type ClinicianRecord = z.output<typeof ClinicianRecordSchema>;
/** A clinician record as written in the file. */
export type ClinicianRecordInput = z.input<typeof ClinicianRecordSchema>;
