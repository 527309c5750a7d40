import type { LocalPostgresLogger } from './local-postgres-logger';

/** Where the project's own cluster lives and how to report on it. */
export interface EnsureLocalPostgresOptions {
  /** The cluster's data folder; its parent folders are created when missing. */
  dataDir: string;
  /** A fixed port. Without it the recorded port is tried first, then any free port but 5432. */
  port?: number;
  /** The application database to create when missing (default `lunajoy`). */
  database?: string;
  logger?: LocalPostgresLogger;
}

/** A running project cluster, started by this call or found already running. */
export interface LocalPostgres {
  /** Connection URL of the application database. */
  url: string;
  port: number;
  /** True when this call started the server; false when it attached to a running one. */
  startedHere: boolean;
  /**
   * Stops the server if this call started it, or adopted it from a killed run; a server another
   * live process started is left to that process.
   */
  stop(): Promise<void>;
}

/** A throwaway cluster in a temporary folder, deleted on stop. */
export interface TemporaryPostgres {
  /** Server-level URL (database `postgres`): callers create their own databases. */
  url: string;
  port: number;
  /** The cluster's data folder, inside a temporary folder that stop() deletes. */
  dataDir: string;
  /** Stops the server and removes its folder. Safe to call twice. */
  stop(): Promise<void>;
}

/** Options for a temporary cluster. */
export interface TemporaryPostgresOptions {
  logger?: LocalPostgresLogger;
}
