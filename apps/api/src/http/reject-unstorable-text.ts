import type { RequestHandler } from 'express';

import { validationError, type ValidationIssue } from '../errors/app-error';

/** Deeper JSON than any request of the API needs; stored contexts are hashed recursively. */
export const MAX_BODY_DEPTH = 32;

// PostgreSQL refuses U+0000 in text and jsonb, and an unpaired surrogate is no UTF-8 at all.
const NUL = '\u0000';
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;
const ENCODED_NUL = /%00/i;

function textProblem(text: string): string | null {
  if (text.includes(NUL)) return 'must not contain the NUL character (U+0000)';
  if (LONE_SURROGATE.test(text)) return 'must be valid Unicode (it has an unpaired surrogate)';
  return null;
}

const join = (path: string, key: string | number) => (path === '' ? String(key) : `${path}.${key}`);

/**
 * Every problem of a parsed JSON body: text PostgreSQL cannot store (in values and keys) and
 * nesting deeper than `MAX_BODY_DEPTH`. Walked with an explicit stack so a hostile body cannot
 * exhaust the call stack here either.
 */
export function unstorableTextIssues(body: unknown): ValidationIssue[] {
  const issues: ValidationIssue[] = [];
  const stack: { value: unknown; path: string; depth: number }[] = [
    { value: body, path: '', depth: 0 },
  ];
  while (stack.length > 0 && issues.length < 20) {
    const { value, path, depth } = stack.pop()!;
    if (typeof value === 'string') {
      const problem = textProblem(value);
      if (problem) issues.push({ path, message: problem });
      continue;
    }
    if (value === null || typeof value !== 'object') continue;
    if (depth >= MAX_BODY_DEPTH) {
      issues.push({ path, message: `is nested too deep (at most ${MAX_BODY_DEPTH} levels)` });
      continue;
    }
    const entries = Array.isArray(value) ? value.entries() : Object.entries(value);
    for (const [key, child] of entries) {
      const childPath = join(path, key);
      const keyProblem = typeof key === 'string' ? textProblem(key) : null;
      if (keyProblem) issues.push({ path: childPath, message: `has a key that ${keyProblem}` });
      stack.push({ value: child, path: childPath, depth: depth + 1 });
    }
  }
  return issues.reverse();
}

/**
 * Refuses, as a 400 naming the field, input that would otherwise fail deep in the database as a
 * 500: an encoded NUL in the path or query, and unstorable text or extreme nesting in the body.
 */
export function rejectUnstorableText(): RequestHandler {
  return (req, _res, next) => {
    const [pathPart = '', query] = req.originalUrl.split('?', 2);
    const urlIssues: ValidationIssue[] = [];
    if (ENCODED_NUL.test(pathPart)) {
      urlIssues.push({ path: 'path', message: 'must not contain %00 (the NUL character)' });
    }
    if (query !== undefined && ENCODED_NUL.test(query)) {
      urlIssues.push({ path: 'query', message: 'must not contain %00 (the NUL character)' });
    }
    const issues = [...urlIssues, ...unstorableTextIssues(req.body)];
    next(issues.length > 0 ? validationError(issues) : undefined);
  };
}
