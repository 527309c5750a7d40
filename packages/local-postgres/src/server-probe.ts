import { realpath } from 'node:fs/promises';
import path from 'node:path';

import type { EmbeddedServer } from './embedded-server';

/** How a probe of a port went. */
export type ProbeResult = 'ours' | 'other-cluster' | 'starting' | 'no-answer';

// SQLSTATE 57P03: "the database system is starting up" (or shutting down).
const CANNOT_CONNECT_NOW = '57P03';
const DUPLICATE_DATABASE = '42P04';

/**
 * Connects to the server on the probe's port and asks which data folder it serves, so a server
 * is only attached to when it really is the cluster of `dataDir`.
 */
export async function probeServer(server: EmbeddedServer, dataDir: string): Promise<ProbeResult> {
  const client = server.client('postgres');

  try {
    await client.connect();
    const result = await client.query<{ data_directory: string }>('SHOW data_directory');
    const served = result.rows[0]?.data_directory ?? '';

    return (await canonical(served)) === (await canonical(dataDir)) ? 'ours' : 'other-cluster';
  } catch (error) {
    return (error as { code?: string }).code === CANNOT_CONNECT_NOW ? 'starting' : 'no-answer';
  } finally {
    await client.end().catch(() => undefined);
  }
}

/** Creates the database unless it exists; safe when two processes race to create it. */
export async function ensureDatabase(server: EmbeddedServer, database: string): Promise<boolean> {
  const client = server.client('postgres');

  try {
    await client.connect();
    const found = await client.query('SELECT 1 FROM pg_database WHERE datname = $1', [database]);
    if (found.rowCount) {
      return false;
    }

    await client.query(`CREATE DATABASE ${client.escapeIdentifier(database)}`);
    return true;
  } catch (error) {
    if ((error as { code?: string }).code === DUPLICATE_DATABASE) {
      return false;
    }
    throw error;
  } finally {
    await client.end().catch(() => undefined);
  }
}

async function canonical(folder: string): Promise<string> {
  return realpath(folder).catch(() => path.resolve(folder));
}
