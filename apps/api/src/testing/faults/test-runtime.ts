import { createTestDatabase, type TestDatabase } from '@lunajoy/db/testing';
import { fixedClock } from '@lunajoy/models';
import type { Express } from 'express';

import { createApp } from '../../app';
import { composeRuntime, type Runtime } from '../../composition-root';
import { loadConfig } from '../../config';
import { createLogger } from '../../logger';
import { FIXTURE_NOW, FIXTURE_SEED_DIR } from '../fixture-clinicians';
import { LogCapture } from '../log-capture';
import { uniquePrefix } from './service-gate';

export interface TestRuntimeOptions {
  /** environment on top of the defaults below; DATABASE_URL defaults to a fresh test database */
  env?: Record<string, string>;
  /** the folder imported into an empty database; the fixture seed folder by default */
  dataDir?: string;
}

/** The real runtime (PostgreSQL, cache, version channel) with an app over it, loaded. */
export interface TestRuntime {
  runtime: Runtime;
  app: Express;
  logs: LogCapture;
  /** the database created for this runtime, when DATABASE_URL was not given */
  db: TestDatabase | null;
  close(): Promise<void>;
}

/**
 * Composes the runtime exactly as `main.ts` does, against a database of its own on the
 * `DATABASE_URL` server, with the fixture clock, rate limits off and a unique cache prefix, and
 * loads the first snapshot. The version watcher is not started; tests start it when they need it.
 */
export async function startTestRuntime(options: TestRuntimeOptions = {}): Promise<TestRuntime> {
  const db = options.env?.DATABASE_URL ? null : await createTestDatabase();
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'info',
    RATE_LIMIT_ENABLED: 'false',
    CACHE_PREFIX: uniquePrefix('api'),
    DATA_DIR: options.dataDir ?? FIXTURE_SEED_DIR,
    ...(db ? { DATABASE_URL: db.url } : {}),
    ...options.env,
  });
  const logs = new LogCapture();
  const runtime = await composeRuntime(config, createLogger(config.log, logs), {
    clock: fixedClock(FIXTURE_NOW),
  });
  await runtime.deps.snapshotStore.load();

  return {
    runtime,
    app: createApp(runtime.deps),
    logs,
    db,
    async close() {
      await runtime.close();
      await db?.drop();
    },
  };
}
