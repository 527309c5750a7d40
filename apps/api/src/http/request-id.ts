import { randomUUID } from 'node:crypto';

import type { RequestHandler } from 'express';

/** The header a request id arrives in and is echoed back in. */
export const REQUEST_ID_HEADER = 'X-Request-Id';

// Only ids that are safe to log and to put back in a header are trusted; anything else could be
// used to forge log lines or smuggle header content.
const SAFE_REQUEST_ID = /^[A-Za-z0-9._-]{1,64}$/;

/** The caller's request id when it is safe, else a fresh UUID. */
export function resolveRequestId(incoming: string | string[] | undefined): string {
  return typeof incoming === 'string' && SAFE_REQUEST_ID.test(incoming) ? incoming : randomUUID();
}

/** Gives every request an id (`req.id`) and echoes it in the response headers. */
export function requestId(): RequestHandler {
  return (req, res, next) => {
    const id = resolveRequestId(req.headers['x-request-id']);
    req.id = id;
    res.setHeader(REQUEST_ID_HEADER, id);
    next();
  };
}
