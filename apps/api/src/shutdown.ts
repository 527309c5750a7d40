import type http from 'node:http';

import type { Logger } from './logger';

const IDLE_SWEEP_MS = 50;

export interface ShutdownDeps {
  server: http.Server;
  logger: Logger;
  /** how long in-flight requests may take before their sockets are closed */
  timeoutMs: number;
  /** releases everything else (database, cache, embedded PostgreSQL), after the server stops */
  closeResources: () => Promise<void>;
}

/**
 * Stops taking connections, lets in-flight requests finish (closing idle keep-alive sockets at
 * once, and the rest after `timeoutMs`), then releases resources. Safe to call more than once.
 */
export function createShutdown(deps: ShutdownDeps): (reason: string) => Promise<void> {
  let shuttingDown: Promise<void> | null = null;

  return (reason) => {
    shuttingDown ??= (async () => {
      const started = performance.now();
      deps.logger.info({ reason }, 'shutdown started');

      const closed = new Promise<void>((resolve) => deps.server.close(() => resolve()));
      // A keep-alive socket whose request finishes after close() would otherwise stay open
      // until its idle timeout; sweeping idle sockets closes each one as its response ends.
      deps.server.closeIdleConnections();
      const sweep = setInterval(() => deps.server.closeIdleConnections(), IDLE_SWEEP_MS);
      sweep.unref();
      const force = setTimeout(() => {
        deps.logger.warn({ timeoutMs: deps.timeoutMs }, 'shutdown timeout, closing open requests');
        deps.server.closeAllConnections();
      }, deps.timeoutMs);
      force.unref();

      await closed;
      clearTimeout(force);
      clearInterval(sweep);
      await deps.closeResources();
      deps.logger.info(
        { durationMs: Math.round(performance.now() - started) },
        'shutdown complete',
      );
    })();
    return shuttingDown;
  };
}
