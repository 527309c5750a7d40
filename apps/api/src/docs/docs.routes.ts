import express, { Router } from 'express';
import { getAbsoluteFSPath } from 'swagger-ui-dist';

import { DOCS_INITIALIZER, DOCS_PAGE } from './docs-page';

// The assets change only with the swagger-ui-dist version; the page itself is tiny.
const ASSET_MAX_AGE = '1h';

/**
 * `GET /docs`: the browsable API reference, swagger-ui served from the installed
 * swagger-ui-dist package (nothing is loaded from another origin), reading `/openapi.json`.
 */
export function docsRoutes(): Router {
  const router = Router();

  router.get(['/docs', '/docs/', '/docs/index.html'], (_req, res) => {
    res.type('html').setHeader('Cache-Control', 'no-cache');
    res.send(DOCS_PAGE);
  });
  router.get('/docs/swagger-initializer.js', (_req, res) => {
    res.type('application/javascript').setHeader('Cache-Control', 'no-cache');
    res.send(DOCS_INITIALIZER);
  });
  router.use(
    '/docs',
    express.static(getAbsoluteFSPath(), { index: false, maxAge: ASSET_MAX_AGE, fallthrough: true }),
  );

  return router;
}
