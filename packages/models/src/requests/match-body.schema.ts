/**
 * Bodies of the registered match routes. Their preferences and profile are partial: the API
 * merges them over what is stored for the patient (`mergePreferences`, `mergeProfile`).
 */
import { z } from 'zod';
import { optionalText, requiredOr } from '../schema-fields';
import type { PartialPreferencesSchema } from './preferences.schema';
import { PartialProfileSchema } from './profile.schema';

const objectError = { error: requiredOr('must be an object') };

/**
 * `POST /api/v1/match/basic`: `{ user_id?, preferences, profile? }`. Without a `user_id` nothing
 * is stored to fall back on, so `preferences.state` and `preferences.appointment_type` are then
 * required in the body.
 */
export function createBasicMatchBodySchema(preferences: PartialPreferencesSchema) {
  return z
    .strictObject(
      {
        user_id: optionalText(),
        preferences: preferences.optional(),
        profile: PartialProfileSchema.nullish(),
      },
      objectError,
    )
    .transform((body) => ({
      userId: body.user_id ?? null,
      preferences: body.preferences ?? {},
      profile: body.profile ?? {},
    }))
    .superRefine(requireAnonymousEssentials);
}

/** `POST /api/v1/match/complete`: the basic body plus `use_history` (default true). */
export function createCompleteMatchBodySchema(preferences: PartialPreferencesSchema) {
  return z
    .strictObject(
      {
        user_id: optionalText(),
        preferences: preferences.optional(),
        profile: PartialProfileSchema.nullish(),
        use_history: z.boolean({ error: 'must be true or false' }).default(true),
      },
      objectError,
    )
    .transform((body) => ({
      userId: body.user_id ?? null,
      preferences: body.preferences ?? {},
      profile: body.profile ?? {},
      useHistory: body.use_history,
    }))
    .superRefine(requireAnonymousEssentials);
}

function requireAnonymousEssentials(
  body: { userId: string | null; preferences: { state?: unknown; appointmentType?: unknown } },
  ctx: z.core.$RefinementCtx,
): void {
  if (body.userId !== null) return;
  const message = 'is required when no user_id is given';
  if (body.preferences.state === undefined) {
    ctx.addIssue({ code: 'custom', message, path: ['preferences', 'state'], input: undefined });
  }
  if (body.preferences.appointmentType === undefined) {
    const path = ['preferences', 'appointment_type'];
    ctx.addIssue({ code: 'custom', message, path, input: undefined });
  }
}

/** Parsed basic match body. */
export type BasicMatchBody = z.output<ReturnType<typeof createBasicMatchBodySchema>>;
/** Parsed complete match body. */
export type CompleteMatchBody = z.output<ReturnType<typeof createCompleteMatchBodySchema>>;
