import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';

import { createTestDatabase, type TestDatabase } from '@lunajoy/db/testing';
import type { Clock } from '@lunajoy/models';
import type { Express } from 'express';

import { createApp } from '../../app';
import { mintPatientToken } from '../../auth/mint-patient-token';
import { composeRuntime, type Runtime } from '../../composition-root';
import { loadConfig, REPO_ROOT } from '../../config';
import { createLogger } from '../../logger';
import { LogCapture } from '../../testing/log-capture';

/** The seed data set's reference time: the generated availability is written against it. */
export const SEED_NOW = Date.parse('2026-11-01T00:00:00.000Z');

const JWT_SECRET = 'seeded-api-test-secret-long-enough-for-hs256';
/** The admin key the seeded API accepts. */
export const ADMIN_KEY = 'seeded-api-admin-key-0123456789abcdef';

/** A running API over its own database, imported from `data/` and trained on first start. */
export interface SeededApi {
  app: Express;
  db: TestDatabase;
  runtime: Runtime;
  logs: LogCapture;
  /** a bearer token for one patient */
  token(userId: string): Promise<string>;
  close(): Promise<void>;
}

/** Patients of the seed data the tests import (of 2,500): enough for clusters and neighbours. */
export const SEED_SUBSET_PATIENTS = 500;

/**
 * Writes the seed data's clinicians, its first `patients` users and their interactions into a
 * new folder, in the same layout, so a test imports real generated data in seconds.
 */
export function writeSeedSubset(patients: number): string {
  const seed = path.join(REPO_ROOT, 'data');
  const read = (file: string) =>
    JSON.parse(fs.readFileSync(path.join(seed, file), 'utf8')) as Record<string, unknown>[];
  const users = read('users.json').slice(0, patients);
  const kept = new Set(users.map((u) => u.user_id));
  const interactions = read('interactions.json').filter((i) => kept.has(i.user_id));

  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'lj-api-seed-'));
  fs.copyFileSync(path.join(seed, 'clinicians.json'), path.join(dir, 'clinicians.json'));
  fs.writeFileSync(path.join(dir, 'users.json'), JSON.stringify(users));
  fs.writeFileSync(path.join(dir, 'interactions.json'), JSON.stringify(interactions));
  return dir;
}

/**
 * A clock from the seed's reference time that moves 10 ms at every reading, so match logs and
 * interactions recorded one after another are ordered in time as they are in production.
 */
export function steppingClock(start = SEED_NOW): Clock {
  let readings = 0;
  return { now: () => start + 10 * readings++ };
}

/**
 * Starts the real runtime on a fresh database the way the quick start does on an empty one:
 * migrate, import a seed folder (a subset of `data/`), train the first model, load the
 * snapshot. The cache is the
 * in-process one (no `REDIS_URL`), under a prefix of its own.
 */
export async function startSeededApi(clock: Clock = steppingClock()): Promise<SeededApi> {
  const db = await createTestDatabase();
  const dataDir = writeSeedSubset(SEED_SUBSET_PATIENTS);
  const config = loadConfig({
    NODE_ENV: 'test',
    LOG_LEVEL: 'info',
    DATABASE_URL: db.url,
    DATA_DIR: dataDir,
    CACHE_PREFIX: `lj-test-${db.name}:`,
    JWT_SECRET,
    ADMIN_API_KEYS: ADMIN_KEY,
    RATE_LIMIT_ENABLED: 'false',
    SNAPSHOT_POLL_INTERVAL_MS: '0',
  });
  const logs = new LogCapture();
  let runtime: Runtime;
  try {
    runtime = await composeRuntime(config, createLogger(config.log, logs), { clock });
    await runtime.deps.snapshotStore.load();
  } catch (err) {
    await db.drop();
    throw err;
  } finally {
    fs.rmSync(dataDir, { recursive: true, force: true });
  }

  return {
    app: createApp(runtime.deps),
    db,
    runtime,
    logs,
    token: (userId) =>
      mintPatientToken({ secret: JWT_SECRET, userId, ttl: '1h', now: clock.now() }),
    async close() {
      await runtime.close();
      await db.drop();
    },
  };
}
