import { createCache, createVersionChannel, type VersionChannel } from '@lunajoy/cache';
import {
  ClinicianRepository,
  createPrismaClient,
  AccessLogRepository,
  DataVersionRepository,
  findImportFiles,
  importDirectory,
  InteractionRepository,
  MatchLogRepository,
  migrateDatabase,
  ModelRepository,
  UserRepository,
  type PrismaClient,
} from '@lunajoy/db';
import { ensureLocalPostgres } from '@lunajoy/local-postgres';
import { systemClock, type Clock } from '@lunajoy/models';

import type { AppDeps } from './app-deps';
import type { Config } from './config';
import type { ReadinessProbes } from './health/dependency-probe';
import type { Logger } from './logger';
import { createLearningLoader } from './match/learning-loader';
import { trainOnFirstStart } from './match/train-on-first-start';
import { createApiMetrics, type ApiMetrics } from './metrics/api-metrics';
import { databaseClientUrl } from './runtime/database-client-url';
import { openRateLimitRedis } from './runtime/rate-limit-redis';
import type { ApiSnapshot } from './snapshot/api-snapshot';
import { createSnapshotBuilder } from './snapshot/snapshot-builder';
import { SnapshotStore } from './snapshot/snapshot-store';
import { VersionWatcher } from './snapshot/version-watcher';

/** The real dependencies of a running API, and how to release them. */
export interface Runtime {
  deps: AppDeps;
  databaseUrl: string;
  /** keeps the snapshot current; start it once the first snapshot is loaded */
  versionWatcher: VersionWatcher;
  /** where data and model changes are announced (Redis pub/sub, or this process only) */
  versionChannel: VersionChannel<unknown>;
  /** closes the cache, the database pool and (when started here) the embedded PostgreSQL */
  close(): Promise<void>;
}

export interface ComposeOptions {
  clock?: Clock;
}

const CACHE_MAX_ENTRIES = 10_000;

/**
 * Builds the real dependencies: the database (the embedded one when no `DATABASE_URL` is set),
 * migrated and seeded from the data folder when it holds no clinicians; the cache (Redis or
 * in-process); and the snapshot store (not loaded yet). If any step fails, what was opened is
 * closed again before the error propagates.
 */
export async function composeRuntime(
  config: Config,
  logger: Logger,
  options: ComposeOptions = {},
): Promise<Runtime> {
  const closers: (() => Promise<void>)[] = [];
  const close = async () => {
    for (const closer of closers.splice(0).reverse()) {
      await closer().catch((err: unknown) => logger.error({ err }, 'close failed'));
    }
  };

  try {
    const databaseUrl = await resolveDatabase(config, logger, closers);
    const migrated = await migrateDatabase(databaseUrl);
    logger.info({ durationMs: migrated.durationMs }, 'database migrated');

    const prisma = createPrismaClient(
      databaseClientUrl(databaseUrl, {
        statementTimeoutMs: config.database.statementTimeoutMs,
        applicationName: 'lunajoy-api',
      }),
      // Without a connect timeout pg waits for ever on a server that accepts and never answers.
      { max: config.database.poolMax, connectionTimeoutMillis: config.database.connectTimeoutMs },
    );
    closers.push(() => prisma.$disconnect());
    const clinicians = new ClinicianRepository(prisma);
    const versions = new DataVersionRepository(prisma);
    const users = new UserRepository(prisma);
    const interactions = new InteractionRepository(prisma);
    const models = new ModelRepository(prisma);
    const seeded = await seedWhenEmpty({ config, logger, databaseUrl, clinicians });
    await trainOnFirstStart({
      seeded,
      embedded: config.database.url === null,
      sources: { clinicians, users, interactions, models },
      clock: options.clock ?? systemClock,
      logger,
    });

    const clock = options.clock ?? systemClock;
    const metrics = createApiMetrics({ clock });
    const cache = await createCache({
      redisUrl: config.redis.url ?? undefined,
      prefix: config.cache.prefix,
      ttlSeconds: config.cache.ttlSeconds,
      maxEntries: CACHE_MAX_ENTRIES,
      logger: logger.child({ component: 'cache' }),
      onEvent: metrics.recordCacheEvent,
    });
    closers.push(() => cache.close());

    const versionChannel = createVersionChannel<unknown>({
      redisUrl: config.redis.url ?? undefined,
      prefix: config.cache.prefix,
      logger: logger.child({ component: 'version-channel' }),
    });
    closers.push(() => versionChannel.close());

    const rateLimitRedis =
      config.redis.url !== null && config.rateLimit.enabled
        ? openRateLimitRedis(config.redis.url, logger)
        : null;
    if (rateLimitRedis) closers.push(async () => rateLimitRedis.disconnect());

    const snapshotStore = new SnapshotStore<ApiSnapshot>({
      logger,
      build: createSnapshotBuilder({
        clinicians,
        versions,
        clock,
        timeoutMs: config.snapshot.buildTimeoutMs,
        loadLearning: createLearningLoader({ models, interactions, logger }),
      }),
      onLoaded: (next, previous) => recordVersions(metrics, next, previous),
    });
    const versionWatcher = new VersionWatcher({
      snapshotStore,
      channel: versionChannel,
      versions,
      logger: logger.child({ component: 'version-watcher' }),
      pollIntervalMs: config.snapshot.pollIntervalMs,
    });
    closers.push(async () => versionWatcher.stop());

    const probes: ReadinessProbes = {
      database: () => pingDatabase(prisma),
      cache: async () => ((await cache.health()).status === 'ok' ? 'ok' : 'degraded'),
    };

    return {
      deps: {
        config,
        logger,
        clock,
        snapshotStore,
        cache,
        probes,
        metrics,
        rateLimitRedis,
        patientStores: {
          users,
          interactions,
          matchLogs: new MatchLogRepository(prisma),
          accessLogs: new AccessLogRepository(prisma),
        },
      },
      databaseUrl,
      versionWatcher,
      versionChannel,
      close,
    };
  } catch (err) {
    await close();
    throw err;
  }
}

async function resolveDatabase(
  config: Config,
  logger: Logger,
  closers: (() => Promise<void>)[],
): Promise<string> {
  if (config.database.url !== null) return config.database.url;

  const local = await ensureLocalPostgres({
    dataDir: config.database.localDir,
    logger: logger.child({ component: 'local-postgres' }),
  });
  closers.push(() => local.stop());
  logger.info({ port: local.port, startedHere: local.startedHere }, 'embedded database ready');
  return local.url;
}

async function seedWhenEmpty(input: {
  config: Config;
  logger: Logger;
  databaseUrl: string;
  clinicians: ClinicianRepository;
}): Promise<boolean> {
  const { config, logger } = input;
  const existing = await input.clinicians.listClinicians(
    { includeInactive: true },
    { offset: 0, limit: 1 },
  );
  if (existing.total > 0) return false;

  const files = findImportFiles(config.data.dir);
  if (Object.keys(files).length === 0) {
    logger.warn({ dir: config.data.dir }, 'database is empty and the data folder has no files');
    return false;
  }

  logger.info({ dir: config.data.dir }, 'database is empty, importing the data folder');
  const report = await importDirectory({ databaseUrl: input.databaseUrl, dir: config.data.dir });
  if (!report.committed) {
    throw new Error(
      `seed import rejected ${report.rejectionCount} records; run the admin import to see them`,
    );
  }
  logger.info(
    { durationMs: report.durationMs, dataVersion: String(report.dataVersion), ...report.summary },
    'seed data imported',
  );
  return true;
}

function recordVersions(metrics: ApiMetrics, next: ApiSnapshot, previous: ApiSnapshot | null) {
  // Ages count from the import and the training that made the versions, so every instance
  // reports the same age for the same data; the load time stands in only when no stamp exists.
  metrics.recordSnapshot({ version: next.version, builtAt: next.dataUpdatedAt ?? next.loadedAt });
  if (next.modelVersion !== null && next.modelVersion !== previous?.modelVersion) {
    metrics.recordModel({
      version: next.modelVersion,
      builtAt: next.modelUpdatedAt ?? next.loadedAt,
    });
  }
}

async function pingDatabase(prisma: PrismaClient): Promise<'ok'> {
  await prisma.$queryRaw`SELECT 1`;
  return 'ok';
}
