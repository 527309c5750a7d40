import { z } from 'zod';

/** One validation issue: a dotted path (`preferences.clinical_needs.0`) and a message. */
export const ErrorIssueSchema = z.object({
  path: z.string(),
  message: z.string(),
});

/**
 * Every error body. `code` is a stable string (`validation_failed`, `not_found`, …); `issues` is
 * present on validation failures, one per problem, each with its own path.
 */
export const ErrorResponseSchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    request_id: z.string(),
    issues: z.array(ErrorIssueSchema).optional(),
  }),
});

/** An error body. */
export type ErrorResponse = z.infer<typeof ErrorResponseSchema>;
