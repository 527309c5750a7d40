import type { z } from 'zod';

/** One validation issue as the API reports it: a dotted path and a message. */
export interface FormattedIssue {
  /** `preferences.clinical_needs.0`; empty for the whole value */
  path: string;
  message: string;
}

/**
 * Flattens a zod error to `{ path, message }` issues, every issue kept with its own path.
 * `prefix` roots the paths (`query`, or `body` when several sources are validated together).
 */
export function formatZodIssues(error: z.ZodError, prefix?: string): FormattedIssue[] {
  return error.issues.map((issue) => {
    const parts = [...(prefix ? [prefix] : []), ...issue.path.map((part) => String(part))];
    return { path: parts.join('.'), message: issue.message };
  });
}
