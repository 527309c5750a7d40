import type { z } from 'zod';

import { formatZodIssues } from '@lunajoy/models';

import { validationError, type ValidationIssue } from '../errors/app-error';

/** A parsed query string: every value a string, or the list of them when the key repeats. */
export type QueryRecord = Record<string, string | string[]>;

/**
 * Express's `query parser`. Keys stay literal (`a[b]=1` is the key `a[b]`, never an object) and
 * the record has no prototype, so no query string can change a parameter's type or reach
 * `Object.prototype`. A repeated key becomes a list, which the schemas reject for scalars.
 */
export function parseQueryString(raw: string): QueryRecord {
  const query: QueryRecord = Object.create(null) as QueryRecord;
  for (const [key, value] of new URLSearchParams(raw)) {
    const existing = query[key];
    if (existing === undefined) query[key] = value;
    else if (Array.isArray(existing)) existing.push(value);
    else query[key] = [existing, value];
  }
  return query;
}

/**
 * Validates a query string: a parameter the route does not know, a repeated scalar or a bad
 * value is a 400 listing every problem at once, at paths `query.<name>`. Unknown parameters are
 * rejected rather than ignored so a misspelt `limt=5` does not silently give ten results.
 */
export function parseQuery<S extends z.ZodType>(
  query: unknown,
  schema: S,
  params: { shape: Record<string, unknown> },
): z.output<S> {
  const record = (query ?? {}) as QueryRecord;
  const allowed = Object.keys(params.shape);
  const issues: ValidationIssue[] = [];

  for (const key of Object.keys(record)) {
    if (!allowed.includes(key)) {
      const hint = allowed.length > 0 ? `; allowed: ${allowed.join(', ')}` : '';
      issues.push({ path: `query.${key}`, message: `unknown parameter${hint}` });
    }
  }
  // A plain copy: the schemas expect an ordinary object, not a prototype-less record.
  const parsed = schema.safeParse({ ...record });
  if (!parsed.success) issues.push(...formatZodIssues(parsed.error, 'query'));

  if (issues.length > 0 || !parsed.success) {
    throw validationError(issues, 'The query string is not valid');
  }
  return parsed.data;
}
