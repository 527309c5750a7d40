import { Router } from 'express';

import { requireAdmin } from '../auth/guards';
import { AppError } from '../errors/app-error';
import { isDatabaseUnavailable } from '../errors/database-unavailable';
import type { Logger } from '../logger';
import type { ApiSnapshot } from '../snapshot/api-snapshot';
import type { SnapshotStore } from '../snapshot/snapshot-store';

export interface AdminRoutesDeps {
  snapshotStore: SnapshotStore<ApiSnapshot>;
  logger: Logger;
}

/**
 * Operator routes, behind the admin API key. `POST /admin/reload` rebuilds this instance's
 * snapshot from PostgreSQL now (instead of waiting for the version channel or the poll) and
 * answers once the new one serves; the old snapshot keeps serving while it builds.
 */
export function adminRoutes(deps: AdminRoutesDeps): Router {
  const router = Router();

  router.post('/admin/reload', requireAdmin(), async (req, res) => {
    const started = performance.now();
    const previous = deps.snapshotStore.find();

    let next: ApiSnapshot;
    try {
      next = await deps.snapshotStore.load();
    } catch (err) {
      if (isDatabaseUnavailable(err)) throw err;
      // The store logged the cause; the old snapshot (if any) still serves.
      throw new AppError(
        'unavailable',
        'The snapshot could not be rebuilt; the previous one serves',
      );
    }

    deps.logger.info(
      { requestId: req.id, version: next.version, modelVersion: next.modelVersion },
      'snapshot reloaded on request',
    );
    res.setHeader('Cache-Control', 'no-store');
    res.json({
      status: 'reloaded',
      snapshot_version: next.version,
      model_version: next.modelVersion,
      previous_snapshot_version: previous?.version ?? null,
      previous_model_version: previous?.modelVersion ?? null,
      clinicians: next.catalogue.active,
      duration_ms: Math.round(performance.now() - started),
    });
  });

  return router;
}
