import type { ClientBase } from 'pg';

import { CopyWriter, type CopyColumnType } from './copy-writer';

/** A column of a staging table and how to take its value from a staged item. */
export interface StagingColumn<T> {
  name: string;
  sql: string;
  copy: CopyColumnType;
  value: (item: T) => unknown;
}

/**
 * A temporary table that one import fills with COPY and then merges from with set-based
 * statements. It lives in the import's transaction and disappears with it.
 */
export class StagingTable<T> {
  constructor(
    readonly name: string,
    private readonly columns: readonly StagingColumn<T>[],
  ) {}

  /** Creates the table (dropped at the end of the transaction). */
  async create(client: ClientBase): Promise<void> {
    const definitions = this.columns.map((column) => `"${column.name}" ${column.sql}`);
    await client.query(`CREATE TEMP TABLE ${this.name} (${definitions.join(', ')}) ON COMMIT DROP`);
  }

  /** Opens a COPY into the table; write items, then `end()` it before any other query. */
  open(client: ClientBase): StagingWriter<T> {
    const writer = new CopyWriter(client, this.name, this.columns.map(toCopyColumn));
    return {
      write: (item: T) => writer.write(this.columns.map((column) => column.value(item))),
      end: () => writer.end(),
    };
  }

  /** Analyses the filled table so the merge joins get sensible plans. */
  async analyse(client: ClientBase): Promise<void> {
    await client.query(`ANALYZE ${this.name}`);
  }
}

/** Writes staged items into an open COPY. */
export interface StagingWriter<T> {
  write(item: T): Promise<void>;
  end(): Promise<number>;
}

function toCopyColumn<T>(column: StagingColumn<T>) {
  return { name: column.name, type: column.copy };
}

/** Epoch milliseconds as an ISO timestamp for a timestamptz column; null stays null. */
export function isoOrNull(epochMs: number | null | undefined): string | null {
  return epochMs === null || epochMs === undefined ? null : new Date(epochMs).toISOString();
}
