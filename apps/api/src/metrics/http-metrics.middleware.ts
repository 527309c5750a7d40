import type { Request, RequestHandler } from 'express';
import type { Histogram } from 'prom-client';

/** The route label of requests no route matched (404s, and requests refused before routing). */
export const UNMATCHED_ROUTE = 'unmatched';

const KNOWN_METHODS = new Set(['GET', 'HEAD', 'POST', 'PUT', 'PATCH', 'DELETE', 'OPTIONS']);

type RoutePath = string | RegExp | (string | RegExp)[];

function patternOf(path: RoutePath): string {
  return Array.isArray(path) ? path.map(String).join('|') : String(path);
}

/**
 * Records every request in the `http_request_duration_seconds` histogram, labelled with the
 * route pattern that matched (`/api/v1/clinicians/:id`), never the URL, so the number of series
 * stays bounded whatever clients send. Mount it before the routers.
 *
 * The pattern is captured when Express assigns `req.route`, because by the time the response
 * ends a router has already restored `req.baseUrl` for the error handler. Routers must be
 * mounted on fixed paths: a parameter in a mount path would put its value in the label.
 */
export function httpMetrics(histogram: Histogram<'method' | 'route' | 'status'>): RequestHandler {
  return (req, res, next) => {
    const started = process.hrtime.bigint();
    const route = captureRoute(req);

    let recorded = false;
    const record = (status: string) => {
      if (recorded) return;
      recorded = true;
      const seconds = Number(process.hrtime.bigint() - started) / 1e9;
      const method = KNOWN_METHODS.has(req.method) ? req.method : 'OTHER';
      histogram.observe({ method, route: route.pattern ?? UNMATCHED_ROUTE, status }, seconds);
    };

    res.once('finish', () => record(String(res.statusCode)));
    // A client that hung up before the response finished was never told any status.
    res.once('close', () => record('aborted'));
    next();
  };
}

function captureRoute(req: Request): { pattern: string | undefined } {
  const captured: { pattern: string | undefined } = { pattern: undefined };
  let current: Request['route'];

  Object.defineProperty(req, 'route', {
    configurable: true,
    enumerable: true,
    get: () => current,
    set: (value: Request['route']) => {
      current = value;
      if (value?.path !== undefined) captured.pattern = req.baseUrl + patternOf(value.path);
    },
  });
  return captured;
}
