import type { IncomingMessage, ServerResponse } from 'node:http';

import type { Request, RequestHandler } from 'express';
import { stdSerializers } from 'pino';
import { pinoHttp } from 'pino-http';

import type { Logger } from '../logger';

// The route pattern (`/api/v1/clinicians/:id`) groups requests without logging ids a patient
// typed; the path without its query string is the fallback for requests no route matched.
function routeOf(req: IncomingMessage): string {
  const express = req as Request;
  const pattern = express.route?.path;
  if (typeof pattern === 'string') return `${express.baseUrl ?? ''}${pattern}`;
  return (express.originalUrl ?? req.url ?? '').split('?')[0] ?? '';
}

/**
 * One line per request with its id, method, route, status and duration. Bodies, query strings,
 * headers and client addresses are never logged: they can hold a patient's health details.
 */
export function httpLogger(logger: Logger): RequestHandler {
  return pinoHttp({
    logger,
    customAttributeKeys: { reqId: 'requestId', responseTime: 'durationMs' },
    quietReqLogger: true,
    wrapSerializers: false,
    serializers: {
      req: (req: IncomingMessage) => ({ method: req.method, route: routeOf(req) }),
      res: (res: ServerResponse) => ({ status: res.statusCode }),
      // pino-http invents an Error ("failed with status code 503") for every 5xx that had no
      // cause; its stack points into pino-http and says nothing, so only real causes are logged.
      err: (err: Error) =>
        /^failed with status code \d+$/.test(err.message) ? undefined : stdSerializers.err(err),
    },
    customLogLevel: (_req, res, err) => {
      // A 503 is the service saying "not yet" or "degraded" on purpose (starting up, database
      // away): expected, answered, and polled by load balancers, so not an error line each time.
      if (res.statusCode === 503 && !res.err) return 'warn';
      if (err || res.statusCode >= 500) return 'error';
      return res.statusCode >= 400 ? 'warn' : 'info';
    },
    customSuccessMessage: () => 'request completed',
    customErrorMessage: () => 'request failed',
    autoLogging: { ignore: (req) => req.url === '/api/health' },
  }) as unknown as RequestHandler;
}
