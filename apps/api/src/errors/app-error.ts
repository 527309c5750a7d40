/** One problem with a request: where it is (`clinical_needs.0`, `query.limit`) and what is wrong. */
export interface ValidationIssue {
  path: string;
  message: string;
}

/**
 * The one table from error code to HTTP status. Every error the API answers carries one of these
 * codes, so clients can branch on the code and never on the message.
 */
export const ERROR_STATUS = {
  bad_request: 400,
  validation_failed: 400,
  malformed_json: 400,
  unauthorized: 401,
  forbidden: 403,
  not_found: 404,
  method_not_allowed: 405,
  conflict: 409,
  payload_too_large: 413,
  unsupported_media_type: 415,
  rate_limited: 429,
  internal: 500,
  not_ready: 503,
  unavailable: 503,
} as const satisfies Record<string, number>;

export type ErrorCode = keyof typeof ERROR_STATUS;

/** An error the API answers on purpose: its code picks the status, its message is client-safe. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly details?: {
      issues?: ValidationIssue[];
      /** sent as `Retry-After` on a 503 or 429; a default applies to 503s without it */
      retryAfterSeconds?: number;
    },
  ) {
    super(message);
    this.name = 'AppError';
  }

  get status(): number {
    return ERROR_STATUS[this.code];
  }
}

/** A 400 listing every issue, so a client can fix them all in one round trip. */
export function validationError(issues: ValidationIssue[], message?: string): AppError {
  const summary =
    message ??
    (issues.length === 1
      ? 'The request has 1 problem'
      : `The request has ${issues.length} problems`);
  return new AppError('validation_failed', summary, { issues });
}
