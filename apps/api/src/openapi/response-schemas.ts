/**
 * Response bodies of the API's own routes, as zod schemas: the OpenAPI document is generated
 * from them, and tests parse real responses with them, so the document cannot drift from what
 * the routes send. Bodies shared with other packages (match, clinician, vocabularies, errors)
 * come from `@lunajoy/models`.
 */
import {
  INTERACTION_ACTIONS,
  MatchItemSchema,
  MatchResponseSchema,
  CrisisResourcesSchema,
  UserResponseSchema,
} from '@lunajoy/models';
import { z } from 'zod';

const isoTime = () => z.string().describe('ISO 8601, UTC');
const actionCounts = z.object(
  Object.fromEntries(INTERACTION_ACTIONS.map((a) => [a, z.number().int().min(0)])) as Record<
    (typeof INTERACTION_ACTIONS)[number],
    z.ZodNumber
  >,
);

/** Why the complete tier ranked with the basic strategy. */
export const FallbackSchema = z
  .object({
    code: z.enum([
      'no_user_id',
      'unknown_patient',
      'history_not_used',
      'no_model',
      'insufficient_history',
    ]),
    reason: z.string().describe('the sentence the patient reads; also the last warning'),
  })
  .describe('null when collaborative filtering ran');

/** `POST /match/basic` and `/match/complete`: the match body plus the served list's id. */
export const RegisteredMatchResponseSchema = MatchResponseSchema.extend({
  match_id: z
    .string()
    .nullable()
    .describe('the served list in the match history; send it as context.match_id on interactions'),
  fallback: FallbackSchema.nullable()
    .optional()
    .describe('complete tier only: why it fell back to the basic tier, null when it did not'),
});

/** A patient's interactions so far, summarised. */
export const HistorySummarySchema = z.object({
  total_interactions: z.number().int().min(0),
  by_action: actionCounts,
  clinicians_viewed: z.array(z.string()).describe('viewed or clicked'),
  clinicians_contacted: z.array(z.string()),
  clinicians_booked: z.array(z.string()),
  clinicians_rejected: z.array(z.string()),
  first_interaction_at: isoTime().nullable(),
  last_interaction_at: isoTime().nullable(),
});

/** `GET /users/:id`: the patient without contact details, with their history summary. */
export const UserDetailResponseSchema = UserResponseSchema.extend({
  history: HistorySummarySchema,
});

/** What the patient did with one clinician of a served list. */
export const HistoryResultSchema = z.object({
  clinician_id: z.string(),
  rank: z.number().int().min(1),
  score: z.number(),
  actions: z.array(
    z.object({ action: z.enum(INTERACTION_ACTIONS), at: isoTime(), interaction_id: z.string() }),
  ),
});

/** `GET /users/:id/match-history`: served lists, newest first, joined with what followed. */
export const MatchHistoryResponseSchema = z.object({
  user_id: z.string(),
  total: z.number().int().min(0),
  limit: z.number().int().min(1),
  offset: z.number().int().min(0),
  matches: z.array(
    z.object({
      match_id: z.string(),
      served_at: isoTime(),
      tier: z.enum(['basic', 'complete']),
      strategy: z.string(),
      data_version: z.string(),
      model_version: z.string().nullable(),
      request: z.record(z.string(), z.unknown()).describe('the request as matched'),
      results: z.array(HistoryResultSchema),
    }),
  ),
});

/** `POST /interactions`: the stored interaction. */
export const InteractionResponseSchema = z.object({
  interaction_id: z.string(),
  user_id: z.string(),
  clinician_id: z.string(),
  action: z.enum(INTERACTION_ACTIONS),
  session_id: z.string().nullable(),
  timestamp: isoTime(),
  replayed: z.boolean().describe('true (status 200) when this repeats a report already stored'),
});

/** `GET /match/explain`: the best match and its explanation in sentences. */
export const ExplainResponseSchema = z.object({
  best_match: MatchItemSchema.nullable().describe('null when no clinician matches'),
  sentences: z.array(z.string()),
  total_matches: z.number().int().min(0),
  matching_strategy: z.string(),
  message: z.string(),
  warnings: z.array(z.string()),
  crisis_resources: CrisisResourcesSchema.nullable(),
  processing_time_ms: z.number().min(0),
});

const dependency = z.enum(['ok', 'degraded']);

/** `GET /api/health`. */
export const HealthResponseSchema = z.object({ status: z.literal('ok') });

/** `GET /api/ready`. */
export const ReadyResponseSchema = z.object({
  status: z.enum(['ready', 'degraded']),
  database: dependency,
  cache: dependency,
  snapshot_version: z.string(),
  snapshot_loaded_at: isoTime(),
  model_version: z.string().nullable().describe('null before any model was trained'),
  clinicians: z.number().int().min(0).describe('active clinicians in the snapshot'),
});

/** `POST /api/v1/admin/reload`. */
export const ReloadResponseSchema = z.object({
  status: z.literal('reloaded'),
  snapshot_version: z.string(),
  model_version: z.string().nullable(),
  previous_snapshot_version: z.string().nullable(),
  previous_model_version: z.string().nullable(),
  clinicians: z.number().int().min(0),
  duration_ms: z.number().int().min(0),
});
