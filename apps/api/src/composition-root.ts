import { createCache } from '@lunajoy/cache';
import {
  ClinicianRepository,
  createPrismaClient,
  DataVersionRepository,
  findImportFiles,
  importDirectory,
  migrateDatabase,
  type PrismaClient,
} from '@lunajoy/db';
import { ensureLocalPostgres } from '@lunajoy/local-postgres';
import { systemClock, type Clock } from '@lunajoy/models';

import type { AppDeps } from './app-deps';
import type { Config } from './config';
import type { ReadinessProbes } from './health/dependency-probe';
import type { Logger } from './logger';
import { buildApiSnapshot, type ApiSnapshot } from './snapshot/api-snapshot';
import { readClinicians } from './snapshot/read-clinicians';
import { SnapshotStore } from './snapshot/snapshot-store';

/** The real dependencies of a running API, and how to release them. */
export interface Runtime {
  deps: AppDeps;
  databaseUrl: string;
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

    const prisma = createPrismaClient(databaseUrl);
    closers.push(() => prisma.$disconnect());
    const clinicians = new ClinicianRepository(prisma);
    const versions = new DataVersionRepository(prisma);
    await seedWhenEmpty({ config, logger, databaseUrl, clinicians });

    const cache = await createCache({
      redisUrl: config.redis.url ?? undefined,
      prefix: config.cache.prefix,
      ttlSeconds: config.cache.ttlSeconds,
      maxEntries: CACHE_MAX_ENTRIES,
      logger: logger.child({ component: 'cache' }),
    });
    closers.push(() => cache.close());

    const clock = options.clock ?? systemClock;
    const snapshotStore = new SnapshotStore<ApiSnapshot>({
      logger,
      build: async () => {
        const reading = await readClinicians({ clinicians, versions });
        return buildApiSnapshot({ ...reading, loadedAt: clock.now() });
      },
    });

    const probes: ReadinessProbes = {
      database: () => pingDatabase(prisma),
      cache: async () => ((await cache.health()).status === 'ok' ? 'ok' : 'degraded'),
    };

    return {
      deps: { config, logger, clock, snapshotStore, cache, probes },
      databaseUrl,
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
}): Promise<void> {
  const { config, logger } = input;
  const existing = await input.clinicians.listClinicians(
    { includeInactive: true },
    { offset: 0, limit: 1 },
  );
  if (existing.total > 0) return;

  const files = findImportFiles(config.data.dir);
  if (Object.keys(files).length === 0) {
    logger.warn({ dir: config.data.dir }, 'database is empty and the data folder has no files');
    return;
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
}

async function pingDatabase(prisma: PrismaClient): Promise<'ok'> {
  await prisma.$queryRaw`SELECT 1`;
  return 'ok';
}
