import type { DataVocabulary } from '../vocabulary-entry';
import {
  createClinicianListQueryParamsSchema,
  createClinicianListQuerySchema,
} from './clinician-list-query.schema';
import { createDataLookups } from './data-lookups';
import { InteractionBodySchema } from './interaction-body.schema';
import { createBasicMatchBodySchema, createCompleteMatchBodySchema } from './match-body.schema';
import { MatchQueryParamsSchema, MatchQuerySchema } from './match-query.schema';
import {
  createMatchPreferencesSchema,
  createPartialPreferencesSchema,
  createPreferencesQueryParamsSchema,
  createPreferencesQuerySchema,
} from './preferences.schema';
import { PartialProfileSchema } from './profile.schema';
import { createRegisterUserBodySchema } from './register-user.schema';

/**
 * Every request schema, built against one data vocabulary: needs, insurers and languages are
 * valid only when some clinician in the data has them, so the schemas are rebuilt with each new
 * snapshot. Schemas that do not depend on the data are included so one object serves a router.
 */
export function createRequestSchemas(vocabulary: DataVocabulary) {
  const lookups = createDataLookups(vocabulary);
  const PartialPreferencesSchema = createPartialPreferencesSchema(lookups);

  return {
    MatchPreferencesSchema: createMatchPreferencesSchema(lookups),
    PartialPreferencesSchema,
    PreferencesQueryParamsSchema: createPreferencesQueryParamsSchema(lookups),
    PreferencesQuerySchema: createPreferencesQuerySchema(lookups),
    PartialProfileSchema,
    BasicMatchBodySchema: createBasicMatchBodySchema(PartialPreferencesSchema),
    CompleteMatchBodySchema: createCompleteMatchBodySchema(PartialPreferencesSchema),
    RegisterUserBodySchema: createRegisterUserBodySchema(PartialPreferencesSchema),
    ClinicianListQueryParamsSchema: createClinicianListQueryParamsSchema(lookups),
    ClinicianListQuerySchema: createClinicianListQuerySchema(lookups),
    MatchQueryParamsSchema,
    MatchQuerySchema,
    InteractionBodySchema,
  };
}

/** The request schemas of one data vocabulary. */
export type RequestSchemas = ReturnType<typeof createRequestSchemas>;
