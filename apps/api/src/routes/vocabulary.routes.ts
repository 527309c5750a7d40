import { Router } from 'express';

import type { ApiSnapshot } from '../snapshot/api-snapshot';
import type { SnapshotStore } from '../snapshot/snapshot-store';

export interface VocabularyRoutesDeps {
  snapshotStore: SnapshotStore<ApiSnapshot>;
}

/** Every allowed value with its display label and synonyms, so clients can build forms. */
export function vocabularyRoutes(deps: VocabularyRoutesDeps): Router {
  const router = Router();

  router.get('/vocabularies', (_req, res) => {
    const snapshot = deps.snapshotStore.get();
    // The data vocabularies change only with a new snapshot; a short max-age spares clients
    // and proxies a refetch on every form render.
    res.setHeader('Cache-Control', 'public, max-age=60');
    res.json(snapshot.vocabularies);
  });

  return router;
}
