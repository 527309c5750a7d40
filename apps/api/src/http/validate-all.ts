import { AppError, validationError, type ValidationIssue } from '../errors/app-error';

/**
 * Runs several validations (query, body, …) and reports the issues of all of them in one 400,
 * so a client with a bad `limit` and a bad body learns about both at once.
 */
export function validateAll<T extends readonly unknown[]>(
  ...parsers: { [K in keyof T]: () => T[K] }
): T {
  const values: unknown[] = [];
  const issues: ValidationIssue[] = [];

  for (const parse of parsers) {
    try {
      values.push(parse());
    } catch (err) {
      if (!(err instanceof AppError) || err.code !== 'validation_failed') throw err;
      issues.push(...(err.details?.issues ?? []));
    }
  }

  if (issues.length > 0) throw validationError(issues);
  return values as unknown as T;
}
