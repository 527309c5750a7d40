import { InProcessCache } from '@lunajoy/cache';
import { fixedClock, type Clinician } from '@lunajoy/models';
import type { Express } from 'express';

import { createApp } from '../app';
import type { AppDeps } from '../app-deps';
import { loadConfig } from '../config';
import type { ReadinessProbes } from '../health/dependency-probe';
import { createLogger } from '../logger';
import { createApiMetrics } from '../metrics/api-metrics';
import { buildApiSnapshot, type ApiSnapshot } from '../snapshot/api-snapshot';
import { SnapshotStore } from '../snapshot/snapshot-store';
import { FIXTURE_NOW, loadFixtureClinicians } from './fixture-clinicians';
import { LogCapture } from './log-capture';

export interface TestAppOptions {
  /** environment variables on top of the test defaults */
  env?: Record<string, string>;
  clinicians?: Clinician[];
  /** load the snapshot before returning (default true) */
  load?: boolean;
  probes?: Partial<ReadinessProbes>;
}

export interface TestApp {
  app: Express;
  deps: AppDeps;
  logs: LogCapture;
  /** the loaded snapshot (throws when `load: false`) */
  snapshot(): ApiSnapshot;
}

/**
 * The real app over the fixture clinicians, an in-process cache and a fixed clock. The database
 * probe answers `ok` without a database: routes here are served from memory, and the int tests
 * check the real probe against PostgreSQL.
 */
export async function buildTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const config = loadConfig({ LOG_LEVEL: 'info', NODE_ENV: 'test', ...options.env });
  const logs = new LogCapture();
  const logger = createLogger(config.log, logs);
  const clock = fixedClock(FIXTURE_NOW);
  const clinicians = options.clinicians ?? loadFixtureClinicians();
  const metrics = createApiMetrics({ clock, defaultMetrics: false });
  const cache = new InProcessCache({
    defaultTtlSeconds: config.cache.ttlSeconds,
    maxEntries: 100,
    onEvent: metrics.recordCacheEvent,
  });

  const snapshotStore = new SnapshotStore<ApiSnapshot>({
    logger,
    build: async () => buildApiSnapshot({ version: '1', clinicians, loadedAt: clock.now() }),
  });
  if (options.load !== false) await snapshotStore.load();

  const probes: ReadinessProbes = {
    database: async () => 'ok',
    cache: async () => ((await cache.health()).status === 'ok' ? 'ok' : 'degraded'),
    ...options.probes,
  };
  const deps: AppDeps = { config, logger, clock, snapshotStore, cache, probes, metrics };

  return { app: createApp(deps), deps, logs, snapshot: () => snapshotStore.get() };
}
