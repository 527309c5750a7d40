import { Router } from 'express';

import { buildOpenApiDocument, type OpenApiDocument } from '../openapi/openapi-document';
import type { ApiSnapshot } from '../snapshot/api-snapshot';
import type { SnapshotStore } from '../snapshot/snapshot-store';

export interface OpenApiRoutesDeps {
  snapshotStore: SnapshotStore<ApiSnapshot>;
}

/**
 * `GET /openapi.json`: the OpenAPI 3.1 document, generated once per snapshot (its request
 * schemas carry the data's vocabularies) and kept for as long as that snapshot serves.
 */
export function openApiRoutes(deps: OpenApiRoutesDeps): Router {
  const router = Router();
  const documents = new WeakMap<ApiSnapshot, string>();

  router.get('/openapi.json', (_req, res) => {
    const snapshot = deps.snapshotStore.get();
    let body = documents.get(snapshot);
    if (body === undefined) {
      const document: OpenApiDocument = buildOpenApiDocument(snapshot);
      body = JSON.stringify(document);
      documents.set(snapshot, body);
    }

    res.type('application/json').setHeader('Cache-Control', 'no-cache');
    res.send(body);
  });

  return router;
}
