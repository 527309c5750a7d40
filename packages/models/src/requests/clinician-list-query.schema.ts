import { z } from 'zod';
import { FIXED_LOOKUPS } from '../fixed-vocabularies';
import { optionalVocabularyField } from '../schema-fields';
import type { DataLookups } from './data-lookups';
import { givenOnce, queryInteger, queryOptionalBoolean } from './query-params';

/** The largest page `GET /api/v1/clinicians` serves. */
export const MAX_CLINICIAN_PAGE = 100;

/**
 * Query parameters of `GET /api/v1/clinicians` as a plain object of parameters (for OpenAPI):
 * `state`, `appointment_type`, `specialty` (a need of the data vocabulary), `accepting`
 * (true/false), `limit` (1..100, default 20), `offset` (≥ 0, default 0).
 */
export function createClinicianListQueryParamsSchema(lookups: DataLookups) {
  return z.object({
    state: givenOnce(optionalVocabularyField(FIXED_LOOKUPS.states)),
    appointment_type: givenOnce(optionalVocabularyField(FIXED_LOOKUPS.appointmentTypes)),
    specialty: givenOnce(optionalVocabularyField(lookups.needs)),
    accepting: queryOptionalBoolean(),
    limit: queryInteger({ min: 1, max: MAX_CLINICIAN_PAGE, default: 20 }),
    offset: queryInteger({ min: 0, default: 0 }),
  });
}

/** The same parameters parsed to filters (null where not given) and a page. */
export function createClinicianListQuerySchema(lookups: DataLookups) {
  return createClinicianListQueryParamsSchema(lookups).transform((query) => ({
    state: query.state ?? null,
    appointmentType: query.appointment_type ?? null,
    specialty: query.specialty ?? null,
    accepting: query.accepting,
    limit: query.limit,
    offset: query.offset,
  }));
}

/** Parsed clinician list query. */
export type ClinicianListQuery = z.output<ReturnType<typeof createClinicianListQuerySchema>>;
