/**
 * An interaction as the platform's `interactions.json` holds it. Unknown extra fields are
 * accepted and kept (untyped). Informational numbers (`match_score`, `ranking_position`) are
 * stored as written, not range-checked: older tools wrote scores up to 1.1.
 */
import { z } from 'zod';
import { FIXED_LOOKUPS } from '../fixed-vocabularies';
import { IsoTimestampSchema } from '../iso-timestamp';
import {
  boundedNumber,
  optionalText,
  requiredOr,
  requiredText,
  vocabularyField,
} from '../schema-fields';

const group = { error: requiredOr('must be an object') };

/** What the patient was shown when they acted. */
export const MatchContextSchema = z.looseObject(
  {
    timestamp: IsoTimestampSchema,
    match_score: boundedNumber().nullish(),
    ranking_position: boundedNumber().nullish(),
  },
  group,
);

/** What the patient did. */
export const OutcomeSchema = z.looseObject(
  {
    action: vocabularyField(FIXED_LOOKUPS.actions),
    action_timestamp: IsoTimestampSchema.nullish(),
    /** seconds from being shown the match to acting on it */
    time_to_action: boundedNumber().nullish(),
    appointment_scheduled: z.boolean({ error: 'must be true or false' }).nullish(),
  },
  group,
);

/** An interaction record of `interactions.json`. */
export const InteractionRecordSchema = z.looseObject(
  {
    interaction_id: requiredText(),
    user_id: requiredText(),
    clinician_id: requiredText(),
    session_id: optionalText(),
    match_context: MatchContextSchema,
    outcome: OutcomeSchema,
  },
  group,
);

/** A validated, normalised interaction record (extra fields kept, untyped). */
export type InteractionRecord = z.output<typeof InteractionRecordSchema>;
/** An interaction record as written in the file. */
export type InteractionRecordInput = z.input<typeof InteractionRecordSchema>;
