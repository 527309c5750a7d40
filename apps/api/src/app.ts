import cors from 'cors';
import express, { type Express } from 'express';

import type { AppDeps } from './app-deps';
import { createAuthenticator } from './auth/authenticator';
import { jwtOptionsFromConfig } from './auth/jwt-options';
import { docsRoutes } from './docs/docs.routes';
import { errorHandler, notFoundHandler } from './http/error-handler';
import { httpLogger } from './http/http-logger';
import { parseQueryString } from './http/query-string';
import { rejectUnstorableText } from './http/reject-unstorable-text';
import { requestId } from './http/request-id';
import { httpMetrics } from './metrics/http-metrics.middleware';
import { metricsHandler } from './metrics/metrics.handler';
import { adminRoutes } from './routes/admin.routes';
import { clinicianRoutes } from './routes/clinician.routes';
import { explainRoutes } from './routes/explain.routes';
import { healthRoutes } from './routes/health.routes';
import { interactionRoutes } from './routes/interaction.routes';
import { matchRoutes } from './routes/match.routes';
import { openApiRoutes } from './routes/openapi.routes';
import { registeredMatchRoutes } from './routes/registered-match.routes';
import { userRoutes } from './routes/user.routes';
import { vocabularyRoutes } from './routes/vocabulary.routes';
import { createRateLimiter } from './security/rate-limit';
import { securityHeaders } from './security/security-headers';

export type { AppDeps };

/**
 * Builds the HTTP app from its dependencies. It holds no state of its own and opens no
 * connections, so tests build as many as they like and drive them with supertest.
 */
export function createApp(deps: AppDeps): Express {
  const app = express();
  const { server } = deps.config;

  app.disable('x-powered-by');
  app.set('trust proxy', server.trustProxy);
  app.set('query parser', parseQueryString);

  // Order matters: the request id comes first so every later log line and error body carries it;
  // metrics and headers wrap everything after them, refusals (rate limit, CORS) included; the
  // rate limiter runs before any body is read, and credentials are checked before any route.
  app.use(requestId());
  app.use(httpLogger(deps.logger));
  app.use(httpMetrics(deps.metrics.httpRequestDuration));
  app.use(securityHeaders());
  app.use(
    cors({
      origin: server.corsOrigins.length > 0 ? server.corsOrigins : false,
      exposedHeaders: ['X-Request-Id', 'X-Cache', 'Retry-After', 'RateLimit', 'RateLimit-Policy'],
      maxAge: 600,
    }),
  );
  app.get('/metrics', metricsHandler(deps.metrics.registry));
  app.use(
    '/api/v1',
    createRateLimiter({
      enabled: deps.config.rateLimit.enabled,
      windowMs: deps.config.rateLimit.windowMs,
      limit: deps.config.rateLimit.max,
      redis: deps.rateLimitRedis ?? null,
      prefix: `${deps.config.cache.prefix}rate-limit:`,
      logger: deps.logger,
    }),
  );
  app.use(express.json({ limit: server.bodyLimitBytes, strict: true }));
  app.use(rejectUnstorableText());
  app.use(
    createAuthenticator({
      jwt: jwtOptionsFromConfig(deps.config.auth, deps.clock),
      adminApiKeys: deps.config.auth.adminApiKeys,
      logger: deps.logger,
    }),
  );

  app.use('/api', healthRoutes(deps));
  app.use('/api/v1', vocabularyRoutes(deps));
  app.use('/api/v1', matchRoutes(deps));
  app.use('/api/v1', registeredMatchRoutes(deps));
  app.use('/api/v1', explainRoutes(deps));
  app.use('/api/v1', userRoutes(deps));
  app.use('/api/v1', interactionRoutes(deps));
  app.use('/api/v1', clinicianRoutes(deps));
  app.use('/api/v1', adminRoutes(deps));

  app.use(openApiRoutes(deps));
  app.use(docsRoutes());

  app.use(notFoundHandler());
  app.use(errorHandler());

  return app;
}
