import type { ErrorRequestHandler, RequestHandler } from 'express';

import { AppError, ERROR_STATUS, type ErrorCode } from '../errors/app-error';
import { isDatabaseUnavailable } from '../errors/database-unavailable';

/** What a 503 tells clients to wait before retrying, when the error names no other delay. */
export const DEFAULT_RETRY_AFTER_SECONDS = 5;

/** The body of every error response. */
export interface ErrorBody {
  error: {
    code: string;
    message: string;
    request_id: string;
    issues?: { path: string; message: string }[];
  };
}

// body-parser tags its errors with a `type`; these are the client's fault, not ours.
function fromBodyParser(err: unknown): AppError | null {
  const type = (err as { type?: unknown } | null)?.type;
  switch (type) {
    case 'entity.parse.failed':
      return new AppError('malformed_json', 'The request body is not valid JSON');
    case 'entity.too.large':
      return new AppError('payload_too_large', 'The request body is too large');
    case 'encoding.unsupported':
    case 'charset.unsupported':
      return new AppError('unsupported_media_type', 'The request body encoding is not supported');
    case 'request.aborted':
    case 'request.size.invalid':
    case 'entity.verify.failed':
      return new AppError('bad_request', 'The request body could not be read');
    default:
      return null;
  }
}

// Express and its parsers tag client mistakes (a path with broken percent-encoding, say) with a
// 4xx `status`; that status is kept, under the first code the status table lists for it.
const CODE_OF_CLIENT_STATUS = new Map<number, ErrorCode>();
for (const [code, status] of Object.entries(ERROR_STATUS) as [ErrorCode, number][]) {
  if (status < 500 && !CODE_OF_CLIENT_STATUS.has(status)) CODE_OF_CLIENT_STATUS.set(status, code);
}

// Reads never need the database (matching is served from memory); writes and patient reads do,
// and while PostgreSQL is away they fail this way rather than as a 500.
function fromDatabase(err: unknown): AppError | null {
  if (!isDatabaseUnavailable(err)) return null;
  return new AppError(
    'unavailable',
    'The database is unavailable, so this request could not be completed; try again shortly',
    { retryAfterSeconds: DEFAULT_RETRY_AFTER_SECONDS },
  );
}

function fromHttpError(err: unknown): AppError | null {
  const { status, expose } = (err ?? {}) as { status?: unknown; expose?: unknown };
  if (expose === false || typeof status !== 'number' || status < 400 || status > 499) return null;
  return new AppError(
    CODE_OF_CLIENT_STATUS.get(status) ?? 'bad_request',
    'The request could not be handled',
  );
}

/** Answers a JSON 404 for any route nobody handled. */
export function notFoundHandler(): RequestHandler {
  return (req, _res, next) => {
    next(new AppError('not_found', `No route for ${req.method} ${req.path}`));
  };
}

/**
 * Turns every error into `{ error: { code, message, request_id, issues? } }`. Anything that is
 * not an `AppError` becomes a generic 500 whose only detail is the request id: the cause goes to
 * the log, never to the client. A database that is down or unreachable answers 503 `unavailable`
 * instead, and every 503 carries `Retry-After`.
 */
export function errorHandler(): ErrorRequestHandler {
  return (err, req, res, next) => {
    if (res.headersSent) {
      next(err);
      return;
    }

    const database = err instanceof AppError ? null : fromDatabase(err);
    const known =
      err instanceof AppError ? err : (database ?? fromBodyParser(err) ?? fromHttpError(err));
    const appError = known ?? new AppError('internal', 'Something went wrong on our side');
    if (!known || database) {
      // pino-http logs `res.err` with the request line, so the cause is recorded once.
      res.err = err instanceof Error ? err : new Error(String(err));
    }

    const body: ErrorBody = {
      error: { code: appError.code, message: appError.message, request_id: String(req.id) },
    };
    if (appError.details?.issues) body.error.issues = appError.details.issues;
    const retryAfter =
      appError.details?.retryAfterSeconds ??
      (appError.status === 503 ? DEFAULT_RETRY_AFTER_SECONDS : undefined);
    if (retryAfter !== undefined && !res.getHeader('Retry-After')) {
      res.setHeader('Retry-After', String(retryAfter));
    }

    res.status(appError.status).json(body);
  };
}
