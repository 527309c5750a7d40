import { Router } from 'express';

import { checkWithin, type ReadinessProbes } from '../health/dependency-probe';
import type { ApiSnapshot } from '../snapshot/api-snapshot';
import type { SnapshotStore } from '../snapshot/snapshot-store';

const PROBE_TIMEOUT_MS = 1000;

export interface HealthRoutesDeps {
  snapshotStore: SnapshotStore<ApiSnapshot>;
  probes: ReadinessProbes;
}

/**
 * Liveness and readiness. Readiness depends only on a loaded snapshot: a lost database or cache
 * is reported `degraded` but stays 200, because matching is answered from memory and pulling
 * every instance out of the load balancer would turn an outage into a full one.
 */
export function healthRoutes(deps: HealthRoutesDeps): Router {
  const router = Router();

  router.get('/health', (_req, res) => {
    res.json({ status: 'ok' });
  });

  router.get('/ready', async (_req, res) => {
    const snapshot = deps.snapshotStore.get();
    const [database, cache] = await Promise.all([
      checkWithin(deps.probes.database, PROBE_TIMEOUT_MS),
      checkWithin(deps.probes.cache, PROBE_TIMEOUT_MS),
    ]);

    res.setHeader('Cache-Control', 'no-store');
    res.json({
      status: database === 'ok' && cache === 'ok' ? 'ready' : 'degraded',
      database,
      cache,
      snapshot_version: snapshot.version,
      snapshot_loaded_at: new Date(snapshot.loadedAt).toISOString(),
      model_version: snapshot.modelVersion,
      clinicians: snapshot.catalogue.active,
    });
  });

  return router;
}
