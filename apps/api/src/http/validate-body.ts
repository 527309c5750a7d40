import type { z } from 'zod';

import { formatZodIssues } from '@lunajoy/models';

import { validationError } from '../errors/app-error';

/** Parses a request body with a schema, or throws a 400 listing every issue with its path. */
export function parseBody<S extends z.ZodType>(schema: S, body: unknown): z.output<S> {
  if (body === undefined) {
    throw validationError([{ path: '', message: 'a JSON object body is required' }]);
  }
  const parsed = schema.safeParse(body);
  if (!parsed.success) throw validationError(formatZodIssues(parsed.error));
  return parsed.data;
}
