import type { IncomingMessage, ServerResponse } from 'node:http';

import type { Request, RequestHandler } from 'express';
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
    },
    customLogLevel: (_req, res, err) => {
      if (err || res.statusCode >= 500) return 'error';
      return res.statusCode >= 400 ? 'warn' : 'info';
    },
    customSuccessMessage: () => 'request completed',
    customErrorMessage: () => 'request failed',
    autoLogging: { ignore: (req) => req.url === '/api/health' },
  }) as unknown as RequestHandler;
}
