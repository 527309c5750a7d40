import type { RequestHandler } from 'express';

import { AppError } from '../errors/app-error';

/**
 * Rejects a request body that is not JSON. Without this a form-encoded or text body would reach
 * the handler as `undefined` and be reported as a missing body, which hides the real mistake.
 */
export function requireJsonBody(): RequestHandler {
  return (req, _res, next) => {
    const hasBody =
      req.headers['transfer-encoding'] !== undefined ||
      Number(req.headers['content-length'] ?? 0) > 0;
    if (hasBody && !req.is('application/json')) {
      next(new AppError('unsupported_media_type', 'The request body must be application/json'));
      return;
    }
    next();
  };
}
