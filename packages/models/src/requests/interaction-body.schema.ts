import { z } from 'zod';
import { FIXED_LOOKUPS } from '../fixed-vocabularies';
import {
  boundedNumber,
  optionalText,
  requiredOr,
  requiredText,
  vocabularyField,
} from '../schema-fields';

/**
 * What the patient was shown when they acted, as the client reports it. Informational: the
 * numbers are stored as sent, not range-checked; other fields are kept too.
 */
export const InteractionContextSchema = z.looseObject(
  {
    match_score: boundedNumber().nullish(),
    ranking_position: boundedNumber().nullish(),
  },
  { error: 'must be an object' },
);

/**
 * `POST /api/v1/interactions`: `{ user_id, clinician_id, action, session_id?, interaction_id?,
 * context? }`. The action accepts present-tense spellings (`view` → `viewed`, `book` → `booked`).
 * Without an `interaction_id` the server assigns one.
 */
export const InteractionBodySchema = z
  .strictObject(
    {
      user_id: requiredText(),
      clinician_id: requiredText(),
      action: vocabularyField(FIXED_LOOKUPS.actions),
      session_id: optionalText(),
      interaction_id: optionalText(),
      context: InteractionContextSchema.nullish(),
    },
    { error: requiredOr('must be an object') },
  )
  .transform((body) => ({
    userId: body.user_id,
    clinicianId: body.clinician_id,
    action: body.action,
    sessionId: body.session_id ?? null,
    interactionId: body.interaction_id ?? null,
    context: body.context ?? {},
  }));

/** Parsed interaction body. */
export type InteractionBody = z.output<typeof InteractionBodySchema>;
