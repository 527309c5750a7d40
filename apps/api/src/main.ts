import pino from 'pino';

import { createApp } from './app';
import { composeRuntime, type Runtime } from './composition-root';
import { ConfigError, loadConfig } from './config';
import { createLogger, type Logger } from './logger';
import { listen } from './server';
import { createShutdown } from './shutdown';

/**
 * Starts the API: configuration, database (embedded when no `DATABASE_URL`), migrations, seed
 * import, cache, listening, then the first snapshot, after which it follows data and model
 * changes (version channel, and a periodic version check). SIGTERM and SIGINT drain in-flight
 * requests and close everything before exiting 0.
 */
async function main(): Promise<void> {
  let config;
  try {
    config = loadConfig();
  } catch (err) {
    // No configured logger yet: report the problem in the same JSON form, then stop.
    const problems = err instanceof ConfigError ? err.problems : undefined;
    pino().fatal({ problems, err: problems ? undefined : err }, 'invalid configuration');
    process.exitCode = 1;
    return;
  }

  const logger = createLogger(config.log);
  let runtime: Runtime | null = null;
  let stop: ((reason: string) => Promise<void>) | null = null;
  let stopping = false;

  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) {
      // A second signal while starting or draining: the operator wants out now.
      if (!stop) process.exit(1);
      return;
    }
    stopping = true;
    // While starting, the start sequence sees the flag and closes what it opened.
    if (!stop) return;
    stop(signal).then(
      () => process.exit(0),
      (err: unknown) => {
        logger.error({ err }, 'shutdown failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGTERM', onSignal);
  process.on('SIGINT', onSignal);
  process.on('unhandledRejection', (err) => {
    logger.fatal({ err }, 'unhandled rejection');
    process.exit(1);
  });

  try {
    runtime = await composeRuntime(config, logger);
    if (stopping) {
      await runtime.close();
      process.exit(0);
    }

    // Listening before the first snapshot lets liveness answer at once; readiness says 503
    // until the snapshot is in.
    const { server, address } = await listen(createApp(runtime.deps), config.server, config.http);
    const current = runtime;
    stop = createShutdown({
      server,
      logger,
      timeoutMs: config.server.shutdownTimeoutMs,
      closeResources: () => current.close(),
    });
    logger.info({ host: address.address, port: address.port }, 'listening');
    if (stopping) {
      // The signal came while the port was being bound.
      await stop('signal during start');
      process.exit(0);
    }

    const snapshot = await runtime.deps.snapshotStore.load();
    logger.info(
      {
        version: snapshot.version,
        clinicians: snapshot.catalogue.size,
        active: snapshot.catalogue.active,
      },
      'ready',
    );

    // Only now: a change announced before the first load is already in that snapshot.
    await runtime.versionWatcher.start();
  } catch (err) {
    await failStart(logger, err, runtime);
  }
}

async function failStart(logger: Logger, err: unknown, runtime: Runtime | null): Promise<void> {
  logger.fatal({ err }, 'start failed');
  await runtime?.close();
  process.exit(1);
}

void main();
