import { z } from 'zod';
import { queryBoolean, queryInteger } from './query-params';

/** The largest `limit` a match route accepts. */
export const MAX_MATCH_LIMIT = 50;

/** The match query parameters as a plain object of parameters (for OpenAPI `request.query`). */
export const MatchQueryParamsSchema = z.object({
  limit: queryInteger({ min: 1, max: MAX_MATCH_LIMIT, default: 10 }),
  explain: queryBoolean(true),
  include_booked: queryBoolean(false),
});

/**
 * Query parameters of every match route: `limit` (integer 1..50, default 10), `explain`
 * (default true) and `include_booked` (default false). Anything else in `limit` is an error, not
 * a clamp, and a repeated parameter is an error.
 */
export const MatchQuerySchema = MatchQueryParamsSchema.transform((query) => ({
  limit: query.limit,
  explain: query.explain,
  includeBooked: query.include_booked,
}));

/** Parsed match query: the engine's `MatchOptions`. */
export type MatchQuery = z.output<typeof MatchQuerySchema>;
