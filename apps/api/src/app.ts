import cors from 'cors';
import express, { type Express } from 'express';
import helmet from 'helmet';

import type { AppDeps } from './app-deps';
import { errorHandler, notFoundHandler } from './http/error-handler';
import { httpLogger } from './http/http-logger';
import { parseQueryString } from './http/query-string';
import { requestId } from './http/request-id';
import { clinicianRoutes } from './routes/clinician.routes';
import { healthRoutes } from './routes/health.routes';
import { matchRoutes } from './routes/match.routes';
import { vocabularyRoutes } from './routes/vocabulary.routes';

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

  // Order matters: the request id comes first so every later log line and error body carries it.
  app.use(requestId());
  app.use(httpLogger(deps.logger));
  app.use(helmet());
  app.use(
    cors({
      origin: server.corsOrigins.length > 0 ? server.corsOrigins : false,
      exposedHeaders: ['X-Request-Id', 'X-Cache'],
      maxAge: 600,
    }),
  );
  app.use(express.json({ limit: server.bodyLimitBytes, strict: true }));

  app.use('/api', healthRoutes(deps));
  app.use('/api/v1', vocabularyRoutes(deps));
  app.use('/api/v1', matchRoutes(deps));
  app.use('/api/v1', clinicianRoutes(deps));

  app.use(notFoundHandler());
  app.use(errorHandler());

  return app;
}
