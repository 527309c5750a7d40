import type { LocalPostgresLogger } from './local-postgres-logger';
import { isProcessAlive } from './postmaster-pid';

const POLL_MS = 100;
const WAIT_MS = 30_000;

/**
 * Stops a server by its pid when no process of ours holds it: one whose starter was killed and
 * that the current process adopted. SIGINT is PostgreSQL's fast shutdown.
 */
export async function stopOrphanedServer(pid: number, logger: LocalPostgresLogger): Promise<void> {
  try {
    process.kill(pid, 'SIGINT');
  } catch {
    return;
  }

  const deadline = Date.now() + WAIT_MS;
  while (await isProcessAlive(pid)) {
    if (Date.now() > deadline) {
      throw new Error(`PostgreSQL (pid ${pid}) did not stop within ${WAIT_MS / 1000} s`);
    }
    await new Promise((resolve) => setTimeout(resolve, POLL_MS));
  }
  logger.info({ pid }, 'local postgres adopted server stopped');
}
