import { z } from 'zod';
import type { PatientContact } from '../domain';
import { FIXED_VOCABULARY_ENTRIES } from '../fixed-vocabularies';
import { optionalText, requiredOr, vocabularyField } from '../schema-fields';
import { createVocabularyLookup } from '../vocabulary-lookup';
import type { PartialPreferencesSchema } from './preferences.schema';
import { PartialProfileSchema, mergeProfile } from './profile.schema';

/** Patients register as `basic` or `complete`; anonymous visitors are never stored. */
const REGISTRABLE_TYPES = createVocabularyLookup(
  FIXED_VOCABULARY_ENTRIES.registration_types.filter(
    (entry): entry is typeof entry & { value: 'basic' | 'complete' } => entry.value !== 'anonymous',
  ),
);

/**
 * A new patient's id becomes the subject of their tokens, so it keeps to characters every token
 * issuer and header can carry.
 */
const PATIENT_ID_PATTERN = /^[A-Za-z0-9][A-Za-z0-9._:@-]{0,127}$/;

const patientId = optionalText().refine((id) => id == null || PATIENT_ID_PATTERN.test(id), {
  error:
    'must be 1 to 128 characters: letters, digits and . _ : @ - (starting with a letter or digit)',
});

const email = z
  .email({ error: 'must be an email address' })
  .nullish()
  .transform((value) => value ?? null);

/**
 * `POST /api/v1/users`: `{ user_id?, registration_type (basic|complete, default basic),
 * preferences, profile, email?, phone?, city?, zip_code? }`. Preferences are partial (a patient may
 * register before saying where they live); contact details are personal data, kept apart.
 */
export function createRegisterUserBodySchema(preferences: PartialPreferencesSchema) {
  return z
    .strictObject(
      {
        user_id: patientId,
        registration_type: vocabularyField(REGISTRABLE_TYPES).default('basic'),
        preferences: preferences.nullish(),
        profile: PartialProfileSchema.nullish(),
        email,
        phone: optionalText(),
        city: optionalText(),
        zip_code: optionalText(),
      },
      { error: requiredOr('must be an object') },
    )
    .transform((body) => {
      const contact: PatientContact = {
        email: body.email,
        phone: body.phone ?? null,
        city: body.city ?? null,
        zipCode: body.zip_code ?? null,
      };

      return {
        userId: body.user_id ?? null,
        registrationType: body.registration_type,
        preferences: body.preferences ?? {},
        profile: mergeProfile(null, body.profile ?? {}),
        contact,
      };
    });
}

/** Parsed registration body. */
export type RegisterUserBody = z.output<ReturnType<typeof createRegisterUserBodySchema>>;
