import { createEmbeddedServer } from './embedded-server';
import type { LocalPostgresLogger } from './local-postgres-logger';
import {
  checkPostmaster,
  findPostmasterPid,
  isOrphaned,
  removePostmasterPid,
} from './postmaster-pid';
import { probeServer } from './server-probe';

const POLL_MS = 200;
const WAIT_MS = 30_000;

/** A server found running on a data folder. */
export interface RunningServer {
  pid: number;
  port: number;
  /** Its starter is gone (killed), so nobody else will stop it. */
  orphaned: boolean;
}

/**
 * The server already running on `dataDir` (left by an earlier or a killed run), or undefined
 * when none runs. A pid file whose process is gone is deleted. A server that is still
 * starting is waited for, one that is stopping is let go first.
 */
export async function findRunningServer(
  dataDir: string,
  logger: LocalPostgresLogger,
): Promise<RunningServer | undefined> {
  const deadline = Date.now() + WAIT_MS;

  for (;;) {
    const pidFile = await findPostmasterPid(dataDir);
    if (!pidFile) {
      return undefined;
    }

    const liveness = await checkPostmaster(pidFile.pid, dataDir);
    if (liveness !== 'alive') {
      await removePostmasterPid(dataDir);
      logger.warn({ dataDir, pid: pidFile.pid, liveness }, 'local postgres stale pid file removed');
      return undefined;
    }

    if (pidFile.status !== 'stopping') {
      const server = await createEmbeddedServer({ dataDir, port: pidFile.port, logger });
      if ((await probeServer(server, dataDir)) === 'ours') {
        return { pid: pidFile.pid, port: pidFile.port, orphaned: await isOrphaned(pidFile.pid) };
      }
    }

    if (Date.now() > deadline) {
      throw new Error(
        `A PostgreSQL server (pid ${pidFile.pid}) holds ${dataDir} but does not answer on port ` +
          `${pidFile.port}. Stop it ("kill ${pidFile.pid}") and try again.`,
      );
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
}
